import { describe, expect, it } from 'vitest'
import { selectedWord, wordAt } from './words.js'

describe('wordAt', () => {
  const line = 'Thank you, Ms. Kowalczyk’s team, for the Café demo.'
  it.each([
    [0, 'Thank'],
    [5, 'Thank'], // touching the end of a word
    [17, 'Kowalczyk'], // possessive dropped
    [44, 'Café'],
  ])('at %i finds %s', (character, word) => {
    expect(wordAt(line, character)).toBe(word)
  })

  it('keeps inner apostrophes and finds nothing between words', () => {
    expect(wordAt("I met O'Neill today", 8)).toBe("O'Neill")
    expect(wordAt('a  -  b', 3)).toBeUndefined()
  })
})

describe('selectedWord', () => {
  it('accepts one word, trimmed, and refuses a phrase or punctuation', () => {
    expect(selectedWord(' Kowalczyk ')).toBe('Kowalczyk')
    expect(selectedWord("Kowalczyk's")).toBe('Kowalczyk')
    expect(selectedWord('Dana Whitfield')).toBeUndefined()
    expect(selectedWord('—')).toBeUndefined()
    expect(selectedWord('')).toBeUndefined()
  })
})
