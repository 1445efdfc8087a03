import { fnv1a } from '../text/fnv1a.js'
import { alignedBytes } from './aligned-bytes.js'

/**
 * A set of words in typed arrays, written at build time (data/dictionary-<dialect>.bin) and read in
 * a few milliseconds: a Set of the ~124,000 forms of a dictionary took ~55 ms to build at start-up,
 * on the way to an editor's first diagnostics. Each word carries one flag (a form that keeps its case).
 *
 * Layout, 32-bit integers in the platform's byte order (little-endian wherever Node runs): a header; an open-addressing table of word numbers by hash;
 * where each word's UTF-16 code units start; the code units; one flag byte per word.
 */

const MAGIC = 0x5357_4c4c // "LLWS"
const VERSION = 1
const HEADER = 4

/** Table bits for `count` words: at most half full, so a miss ends after a probe or two. */
function tableBits(count: number): number {
  let bits = 4
  while (1 << bits < count * 2) bits++
  return bits
}

/** Bytes of a word set holding `words`, each flagged when `flagged(word)` (at build time). */
export function buildWordSet(words: readonly string[], flagged: (word: string) => boolean): Uint8Array {
  const bits = tableBits(words.length)
  const size = 1 << bits
  const units = words.reduce((sum, word) => sum + word.length, 0)
  const unitWords = Math.ceil(units / 2)
  const flagWords = Math.ceil(words.length / 4)
  const buffer = new Uint32Array(HEADER + size + words.length + 1 + unitWords + flagWords)
  buffer.set([MAGIC, VERSION, words.length, bits])
  const { table, starts, chars, flags } = views(buffer, size, words.length, units)
  table.fill(-1)
  let at = 0
  words.forEach((word, index) => {
    starts[index] = at
    for (let i = 0; i < word.length; i++) chars[at + i] = word.charCodeAt(i)
    at += word.length
    flags[index] = flagged(word) ? 1 : 0
    let slot = fnv1a(word) & (size - 1)
    while (table[slot] !== -1) slot = (slot + 1) & (size - 1)
    table[slot] = index
  })
  starts[words.length] = at
  return new Uint8Array(buffer.buffer)
}

function views(buffer: Uint32Array, size: number, count: number, units: number) {
  const base = buffer.byteOffset + HEADER * 4
  const charsAt = base + (size + count + 1) * 4
  return {
    table: new Int32Array(buffer.buffer, base, size),
    starts: new Uint32Array(buffer.buffer, base + size * 4, count + 1),
    chars: new Uint16Array(buffer.buffer, charsAt, units),
    flags: new Uint8Array(buffer.buffer, charsAt + Math.ceil(units / 2) * 4, count),
  }
}

/** A word set read from its bytes. */
export class WordSet {
  readonly size: number
  private readonly mask: number
  private readonly table: Int32Array
  private readonly starts: Uint32Array
  private readonly chars: Uint16Array
  private readonly flags: Uint8Array

  /** Reads a word set; throws when the bytes are not one (or not all of one). */
  constructor(bytes: Uint8Array) {
    const aligned = alignedBytes(bytes)
    if (aligned.byteLength < HEADER * 4) throw new Error('not a word set')
    const [magic, version, count, bits] = new Uint32Array(aligned.buffer, aligned.byteOffset, HEADER) as unknown as number[]
    if (magic !== MAGIC || version !== VERSION) throw new Error('not a word set of this version')
    const size = 1 << bits!
    const buffer = new Uint32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4))
    const units = buffer.length > HEADER + size + count! ? buffer[HEADER + size + count!]! : Number.NaN
    if (buffer.length !== HEADER + size + count! + 1 + Math.ceil(units / 2) + Math.ceil(count! / 4)) throw new Error('the word set is truncated')
    this.size = count!
    this.mask = size - 1
    ;({ table: this.table, starts: this.starts, chars: this.chars, flags: this.flags } = views(buffer, size, count!, units))
  }

  /** The word's number in the set, or -1. */
  find(word: string): number {
    for (let slot = fnv1a(word) & this.mask; ; slot = (slot + 1) & this.mask) {
      const index = this.table[slot]!
      if (index === -1) return -1
      if (this.equals(index, word)) return index
    }
  }

  /** Whether the word numbered `index` carries the flag. */
  flagged(index: number): boolean {
    return this.flags[index] === 1
  }

  private equals(index: number, word: string): boolean {
    const start = this.starts[index]!
    if (this.starts[index + 1]! - start !== word.length) return false
    for (let i = 0; i < word.length; i++) if (this.chars[start + i] !== word.charCodeAt(i)) return false
    return true
  }
}
