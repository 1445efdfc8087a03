import { readFileSync } from 'node:fs'
import { dataFile } from '../data-files.js'
import { BoundedCache } from '../text/bounded-cache.js'
import { DeletionIndex, deletes, PREFIX } from './deletion-index.js'
import { WORKPLACE_WORDS } from '../vocab/workplace-words.js'

/** A suggested spelling and how many edits away it is. */
export interface Suggestion {
  word: string
  distance: number
}

const MAX_DISTANCE = 2
const MAX_SUGGESTIONS = 5
/** Unknown words whose suggestions are remembered: a run over thousands of letters meets the same typos and names again. */
const SUGGESTIONS_REMEMBERED = 20_000

/**
 * Spelling suggestions by symmetric deletion (SymSpell): every word of the list is indexed by the
 * strings one or two deletions away, so a typo finds its candidates with a few map lookups instead
 * of nspell's edit enumeration (1–300 ms a word). Candidates are ranked by edit distance, then by
 * how often people use the word.
 */
export class Suggester {
  private readonly cache = new BoundedCache<string, Suggestion[]>(SUGGESTIONS_REMEMBERED)

  /** `index` is the deletion index of `words` (see deletion-index.ts); `counts` say how often each word is used. */
  constructor(
    private readonly words: readonly string[],
    private readonly counts: readonly number[],
    private readonly index: DeletionIndex,
  ) {}

  /** Up to five words close to `word`, best first; remembered per word. */
  suggest(word: string): Suggestion[] {
    return this.cache.get(word.toLowerCase().replace(/’/g, "'"), (lower) => this.lookup(lower))
  }

  private lookup(word: string): Suggestion[] {
    const seen = new Set<number>()
    const ranked: Array<{ id: number; distance: number }> = []
    for (const key of deletes(word.slice(0, PREFIX))) {
      for (const id of this.index.wordsOf(key) ?? []) {
        if (seen.has(id)) continue
        seen.add(id)
        const distance = editDistance(word, this.words[id]!, MAX_DISTANCE)
        if (distance > 0 && distance <= MAX_DISTANCE) ranked.push({ id, distance })
      }
    }
    ranked.sort((a, b) => a.distance - b.distance || this.counts[b.id]! - this.counts[a.id]!)
    return ranked.slice(0, MAX_SUGGESTIONS).map(({ id, distance }) => ({ word: this.words[id]!, distance }))
  }
}

/** Three rows of the distance table, reused: a short typo is compared with thousands of candidates. */
let rowsScratch = new Int32Array(3 * 64)

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps): exact up to `max`, some number above it beyond. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const cols = b.length + 1
  if (rowsScratch.length < 3 * cols) rowsScratch = new Int32Array(3 * cols)
  // Rows i-2, i-1 and i of the table, rotating through the scratch buffer.
  let before = 0
  let previous = cols
  let current = 2 * cols
  const table = rowsScratch
  for (let j = 0; j < cols; j++) table[previous + j] = j
  for (let i = 1; i <= a.length; i++) {
    table[current] = i
    let best = i
    const charA = a.charCodeAt(i - 1)
    for (let j = 1; j < cols; j++) {
      const charB = b.charCodeAt(j - 1)
      let value = Math.min(table[previous + j]! + 1, table[current + j - 1]! + 1, table[previous + j - 1]! + (charA === charB ? 0 : 1))
      if (i > 1 && j > 1 && charA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === charB) value = Math.min(value, table[before + j - 2]! + 1)
      table[current + j] = value
      if (value < best) best = value
    }
    if (best > max) return max + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return table[previous + cols - 1]!
}

let list: { words: string[]; counts: number[] } | undefined
let shared: Suggester | undefined
let known: Set<string> | undefined

/**
 * The words suggestions are drawn from, as the build wrote them, with the workplace words: the
 * list the build indexed (scripts/build-suggestion-index.js).
 */
export function suggestionWords(): { words: string[]; counts: number[] } {
  if (!list) {
    const read = JSON.parse(readFileSync(dataFile('spelling-words.json'), 'utf8')) as Array<[string, number]>
    // Workplace words are accepted, so "onbaording" should be offered "onboarding".
    const all = [...read, ...[...WORKPLACE_WORDS].map((word) => [word, 1] as const)]
    list = { words: all.map(([word]) => word), counts: all.map(([, count]) => count) }
  }
  return list
}

/** The process-wide suggester, read on first use from the word list and index the build wrote. */
export function suggester(): Suggester {
  if (!shared) {
    const { words, counts } = suggestionWords()
    shared = new Suggester(words, counts, new DeletionIndex(readFileSync(dataFile('suggestion-index.bin')), words))
  }
  return shared
}

/** Whether the word list holds `word` (any case): every word in it is one dictionary-en accepts. */
export function isListedWord(word: string): boolean {
  known ??= new Set(suggestionWords().words)
  return known.has(word.toLowerCase())
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz'"

/**
 * Whether a common word is one edit (deletion, insertion, substitution, swap) away: "Teh" → "the".
 * Checks the few hundred edits of the word against a set, so it needs no suggestion index.
 */
export function oneEditFromWord(word: string): boolean {
  const w = word.toLowerCase()
  for (let i = 0; i <= w.length; i++) {
    const head = w.slice(0, i)
    const tail = w.slice(i)
    if (tail && isListedWord(head + tail.slice(1))) return true
    if (tail.length > 1 && isListedWord(head + tail[1] + tail[0] + tail.slice(2))) return true
    for (const c of LETTERS) {
      if (isListedWord(head + c + tail)) return true
      if (tail && c !== tail[0] && isListedWord(head + c + tail.slice(1))) return true
    }
  }
  return false
}
