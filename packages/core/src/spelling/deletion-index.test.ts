import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dataFile } from '../data-files.js'
import { buildDeletionIndex, DeletionIndex, deletes, PREFIX } from './deletion-index.js'
import { editDistance, suggester, suggestionWords } from './suggester.js'

/** The index as a plain Map, built the obvious way: what the flat one must answer. */
function referenceIndex(words: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>()
  words.forEach((word, id) => {
    for (const key of deletes(word.slice(0, PREFIX))) map.set(key, [...(map.get(key) ?? []), id])
  })
  return map
}

describe('the deletion index', () => {
  const { words } = suggestionWords()

  it('answers every key of 5,000 words with the same word ids, in the same order, as a Map would', () => {
    const sample = words.slice(0, 5_000)
    const index = new DeletionIndex(buildDeletionIndex(sample), sample)
    const reference = referenceIndex(sample)
    for (const [key, ids] of reference) expect([...(index.wordsOf(key) ?? [])], key).toEqual(ids)
    // Strings no word of the sample reduces to.
    for (const miss of ['zzzzq', 'qxj', 'kowalczyk', 'oluwaseun', "'''"]) expect(reference.has(miss) ? 'in sample' : index.wordsOf(miss), miss).toBeUndefined()
  })

  it('is the index the build wrote for the shipped word list, and agrees with a Map on the whole of it', () => {
    const index = new DeletionIndex(new Uint8Array(readFileSync(dataFile('suggestion-index.bin'))), words)
    const reference = referenceIndex(words)
    let keys = 0
    for (const [key, ids] of reference) {
      const found = index.wordsOf(key)
      if (found?.length !== ids.length || found.some((id, i) => id !== ids[i])) expect([...(found ?? [])], key).toEqual(ids)
      keys++
    }
    expect(keys).toBeGreaterThan(400_000)
  })

  it('stores word ids in 16 bits while they fit, and in 32 past 65,536 words', () => {
    const sample = words.slice(0, 5_000)
    const index = buildDeletionIndex(sample)
    // Header, table, keys' checks and starts, then 2 bytes an id (padded to 4).
    const header = new Uint32Array(index.buffer, index.byteOffset, 8)
    expect(header[7]).toBe(2)
    expect(index.byteLength).toBe((8 + (1 << header[4]!) + header[5]! * 2 + 1) * 4 + Math.ceil((header[6]! * 2) / 4) * 4)
    // Made-up words, so that their deletions are few: "ab" and three letters.
    const many = Array.from({ length: 70_000 }, (_, i) => `ab${i.toString(36).padStart(4, '0')}`)
    const wide = new DeletionIndex(buildDeletionIndex(many), many)
    const reference = referenceIndex(many)
    const last = many.at(-1)!
    for (const key of [last, last.slice(1), last.slice(0, -2), 'ab0000', 'ab00']) expect([...(wide.wordsOf(key) ?? [])], key).toEqual(reference.get(key))
    // The last word's id, 69,999, comes back whole.
    expect(Math.max(...(wide.wordsOf(last.slice(0, -2)) ?? []))).toBe(69_999)
    expect(new Uint32Array(buildDeletionIndex(many).buffer, 0, 8)[7]).toBe(4)
  })

  it('refuses bytes that are not an index, a truncated one, and one built from another word list', () => {
    const sample = ['thank', 'you', 'for', 'the', 'tour']
    const bytes = buildDeletionIndex(sample)
    expect(() => new DeletionIndex(new Uint8Array(64), sample)).toThrow('not a suggestion index of this version')
    expect(() => new DeletionIndex(bytes.subarray(0, bytes.byteLength - 8), sample)).toThrow('the suggestion index is truncated')
    expect(() => new DeletionIndex(bytes, [...sample, 'again'])).toThrow('the suggestion index was built from another word list: rebuild @letterlint/core')
    expect(() => new DeletionIndex(bytes, ['thank', 'you', 'for', 'the', 'tours'])).toThrow('another word list')
  })
})

describe('spelling suggestions', () => {
  it('puts the intended word first for common slips, and offers nothing for a name', () => {
    const top = (word: string) => suggester().suggest(word)[0]?.word
    expect(top('recieve')).toBe('receive')
    expect(top('greatful')).toBe('grateful')
    expect(top('proffesional')).toBe('professional')
    expect(top('definately')).toBe('definitely')
    expect(top('onbaording')).toBe('onboarding')
    expect(top('teh')).toBe('the')
    expect(suggester().suggest('Kowalczyk')).toEqual([])
    expect(suggester().suggest('Oluwaseun')).toEqual([])
  })
})

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps, and caps above the bound', () => {
    expect(editDistance('recieve', 'receive', 2)).toBe(1)
    expect(editDistance('teh', 'the', 2)).toBe(1)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
    expect(editDistance('same', 'same', 2)).toBe(0)
    expect(editDistance('', 'ab', 2)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
    expect(editDistance('abcdefgh', 'hgfedcba', 2)).toBe(3)
    // A long word after short ones: the reused rows grow.
    expect(editDistance('x'.repeat(100), `${'x'.repeat(99)}y`, 2)).toBe(1)
  })
})
