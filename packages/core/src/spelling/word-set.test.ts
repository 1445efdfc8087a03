import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataFile } from '../data-files.js'
import { WordList } from './word-list.js'
import { buildWordSet, WordSet } from './word-set.js'

describe('the word set', () => {
  const words = ['thank', 'you', 'café', 'naïve', 'Kowalczyk', 'O’Connell', "don't", '👍🏽', 'a', '']
  const set = new WordSet(buildWordSet(words, (word) => word === 'Kowalczyk'))

  it('finds every word it was built from, by its number, and nothing else', () => {
    expect(set.size).toBe(words.length)
    words.forEach((word, index) => expect(set.find(word), word).toBe(index))
    for (const miss of ['Thank', 'thanks', 'than', 'cafe', 'kowalczyk', 'dont', '👍', 'b', ' ']) expect(set.find(miss), miss).toBe(-1)
  })

  it('keeps one flag a word', () => {
    expect(words.filter((word) => set.flagged(set.find(word)))).toEqual(['Kowalczyk'])
  })

  it('reads the same from a copy at any byte offset, and refuses bytes that are not a whole word set', () => {
    const bytes = buildWordSet(words, () => false)
    const shifted = new Uint8Array(bytes.byteLength + 1)
    shifted.set(bytes, 1)
    expect(new WordSet(shifted.subarray(1)).find('café')).toBe(2)
    expect(() => new WordSet(new Uint8Array(8))).toThrow('not a word set')
    expect(() => new WordSet(new Uint8Array(64))).toThrow('not a word set of this version')
    expect(() => new WordSet(bytes.subarray(0, bytes.byteLength - 4))).toThrow('the word set is truncated')
  })

  it('is what the build wrote for each dialect: over 120,000 forms', () => {
    for (const dialect of ['en-US', 'en-GB']) {
      const dictionary = new WordSet(readFileSync(dataFile(`dictionary-${dialect}.bin`)))
      expect(dictionary.size).toBeGreaterThan(120_000)
      expect(dictionary.find('interview')).not.toBe(-1)
    }
  })
})

describe('the word list', () => {
  // "iPhone" and "NASA" keep their case, as hunspell KEEPCASE marks them; "Paris" is a name.
  const list = new WordList(new WordSet(buildWordSet(['thank', 'Paris', 'iPhone', 'NASA', 'nasa'], (word) => word === 'iPhone' || word === 'nasa')))

  it('answers as nspell does: as written, a word in capitals in sentence case, else in lower case unless that form keeps its case', () => {
    expect(['thank', 'Thank', 'THANK', 'Paris', 'PARIS', 'iPhone', 'NASA'].filter((word) => !list.correct(word))).toEqual([])
    expect(['paris', 'iphone', 'IPHONE', 'Iphone', 'Nasa', 'thnak'].filter((word) => list.correct(word))).toEqual([])
  })
})
