import fc from 'fast-check'
import type { Root } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import { describe, expect, it } from 'vitest'
import { letterText } from '../test-support/arbitrary-letter.js'
import { corpus } from '../test-support/corpus.js'
import { breakImplicitSentences, installSentenceBreaks } from './sentence-breaks.js'

// Nothing in this file has built the letter pipeline yet: these are parse-latin's own plugins.
const original = [...ParseLatin.prototype.tokenizeParagraphPlugins]
installSentenceBreaks()
const installed = [...ParseLatin.prototype.tokenizeParagraphPlugins]

function parse(text: string, plugins: typeof original): Root {
  const parser = new ParseLatin()
  parser.tokenizeParagraphPlugins = plugins
  return parser.parse(text)
}

describe('breakImplicitSentences in one pass', () => {
  it('takes the place of parse-latin\'s own, and of nothing else', () => {
    const changed = installed.flatMap((plugin, i) => (plugin === original[i] ? [] : [i]))
    expect(changed).toHaveLength(1)
    expect(installed[changed[0]!]).toBe(breakImplicitSentences)
  })

  it('builds the same tree as parse-latin, positions included, on every corpus letter and generated text', () => {
    for (const letter of corpus()) expect(parse(letter.text, installed), letter.name).toEqual(parse(letter.text, original))
    const blankLines = fc.array(fc.constantFrom('a', 'b.', 'C', ' ', '\n', '\n\n', '\r\n\r\n', ' \n \n ', '(', '"', '🎉', '...', '1.'), { maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(letterText, blankLines), (text) => {
        expect(parse(text, installed)).toEqual(parse(text, original))
      }),
      { numRuns: 1_000 },
    )
  })

  it('splits a text of many unpunctuated lines between blank lines in linear time', () => {
    const text = '- item\n\n'.repeat(32_000)
    const started = performance.now()
    const tree = parse(text, installed)
    // parse-latin's own copies the rest of the sentence at each break: about 10 s here.
    expect(performance.now() - started).toBeLessThan(3_000)
    expect(tree.children.length).toBeGreaterThan(30_000)
  })
})
