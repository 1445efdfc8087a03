import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sameWord, WordMatcher } from './mentions.js'

describe('WordMatcher', () => {
  // Few letters, so that words share stems and long prefixes often.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'e', 's', "'"), maxLength: 12 })

  it('finds exactly the tokens sameWord accepts', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 20 }), (tokens, words) => {
        const matcher = new WordMatcher(tokens)
        for (const w of words) {
          const expected = tokens.flatMap((token, id) => (sameWord(w, token) ? [id] : []))
          expect([...matcher.all(w)].sort((a, b) => a - b), w).toEqual(expected)
          expect(matcher.some(w), w).toBe(expected.length > 0)
        }
      }),
      { numRuns: 2_000 },
    )
  })

  it('matches plurals, shared stems and long shared prefixes, as sameWord does', () => {
    const matcher = new WordMatcher(['migration', 'dashboards', 'kafka', 'class'])
    expect(['migrating', 'dashboard', 'kafka', 'classes', 'migrate', 'kafkas', 'dash'].map((w) => [...matcher.all(w)])).toEqual([[0], [1], [2], [3], [0], [2], []])
  })

  it('answers for thousands of tokens in one walk of the word', () => {
    const tokens = Array.from({ length: 5_000 }, (_, i) => `topical${i}x`)
    const matcher = new WordMatcher(tokens)
    const started = performance.now()
    for (let i = 0; i < 100_000; i++) matcher.some(`topicalish${i}`)
    // Comparing each word with each token took minutes.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
