/**
 * SymSpell's index, flat: which words have a given string among their deletions. Building it as a
 * Map of ~450,000 strings took a second at run time, before the first suggestion; the build writes
 * it instead (data/suggestion-index.bin) as typed arrays a process reads in a few milliseconds.
 *
 * Layout, integers in the platform's byte order (little-endian wherever Node runs): a header, then,
 * in 32 bits, an open-addressing table of key numbers by the key's first hash, each key's second
 * hash (to tell keys that share a slot apart) and where each key's word ids start; then the word ids
 * themselves (in word-list order, as they were added), in 16 bits when every id fits (the English
 * lists have ~51,000 words: 2.6 MB less than 32-bit ids), else 32. The file is padded to 4 bytes.
 */

import { fnv1a } from '../text/fnv1a.js'
import { alignedBytes } from './aligned-bytes.js'

/** Only a word's first letters are indexed (SymSpell's prefix trick): typos near the end still match, and the index stays small. */
export const PREFIX = 7

const MAGIC = 0x4953_4c4c // "LLSI"
const VERSION = 2
const HEADER = 8
const TABLE_BITS = 20

/** The string and every string up to two deletions away. */
export function deletes(word: string): Set<string> {
  const out = new Set([word])
  for (let i = 0; i < word.length; i++) {
    const once = word.slice(0, i) + word.slice(i + 1)
    out.add(once)
    for (let j = i; j < once.length; j++) out.add(once.slice(0, j) + once.slice(j + 1))
  }
  return out
}

const slotHash = (key: string) => fnv1a(key)
const checkHash = (key: string) => fnv1a(key, 0x2545_f491)

/** A hash of the word list an index was built from, so a stale index file is noticed. */
export function listHash(words: readonly string[]): number {
  return fnv1a(words.join('\n'))
}

/** Builds the index of `words` (at build time) and returns its bytes. */
export function buildDeletionIndex(words: readonly string[]): Uint8Array {
  const keys = new Map<string, number[]>()
  words.forEach((word, id) => {
    for (const key of deletes(word.slice(0, PREFIX))) {
      const ids = keys.get(key)
      if (ids) ids.push(id)
      else keys.set(key, [id])
    }
  })
  const size = 1 << TABLE_BITS
  if (keys.size > size * 0.6) throw new Error(`${keys.size} keys are too many for a table of ${size} slots`)
  const idCount = [...keys.values()].reduce((sum, ids) => sum + ids.length, 0)
  const idBytes = words.length <= 0x1_0000 ? 2 : 4
  const buffer = new ArrayBuffer(byteLength(size, keys.size, idCount, idBytes))
  new Uint32Array(buffer, 0, HEADER).set([MAGIC, VERSION, words.length, listHash(words), TABLE_BITS, keys.size, idCount, idBytes])
  const { slots, checks, starts, ids } = views(buffer, 0, size, keys.size, idCount, idBytes)
  slots.fill(-1)
  let k = 0
  let at = 0
  for (const [key, found] of keys) {
    let slot = slotHash(key) & (size - 1)
    while (slots[slot] !== -1) {
      // Two keys the lookup could not tell apart would merge their words: pick other seeds then.
      if (checks[slots[slot]!] === checkHash(key)) throw new Error(`keys collide on both hashes: "${key}"`)
      slot = (slot + 1) & (size - 1)
    }
    slots[slot] = k
    checks[k] = checkHash(key)
    starts[k] = at
    ids.set(found, at)
    at += found.length
    k++
  }
  starts[k] = at
  return new Uint8Array(buffer)
}

/** The file's length in bytes, padded to a multiple of 4. */
function byteLength(size: number, keyCount: number, idCount: number, idBytes: number): number {
  return (HEADER + size + keyCount * 2 + 1) * 4 + Math.ceil((idCount * idBytes) / 4) * 4
}

function views(buffer: ArrayBufferLike, base: number, size: number, keyCount: number, idCount: number, idBytes: number) {
  let offset = base + HEADER * 4
  const take = <T>(make: (offset: number) => T, bytes: number): T => {
    const view = make(offset)
    offset += bytes
    return view
  }
  return {
    slots: take((at) => new Int32Array(buffer, at, size), size * 4),
    checks: take((at) => new Uint32Array(buffer, at, keyCount), keyCount * 4),
    starts: take((at) => new Uint32Array(buffer, at, keyCount + 1), (keyCount + 1) * 4),
    ids: take((at) => (idBytes === 2 ? new Uint16Array(buffer, at, idCount) : new Uint32Array(buffer, at, idCount)), idCount * idBytes),
  }
}

/** The index as read from its bytes: `wordsOf(key)` lists the ids of the words with that deletion. */
export class DeletionIndex {
  private readonly mask: number
  private readonly slots: Int32Array
  private readonly checks: Uint32Array
  private readonly starts: Uint32Array
  private readonly ids: Uint16Array | Uint32Array

  /** Reads an index; throws when the bytes are not one, or were built from another word list. */
  constructor(file: Uint8Array, words: readonly string[]) {
    const bytes = alignedBytes(file)
    if (bytes.byteLength < HEADER * 4) throw new Error('not a suggestion index')
    const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER)
    const [magic, version, wordCount, hash, bits, keyCount, idCount, idBytes] = header as unknown as number[]
    if (magic !== MAGIC || version !== VERSION || (idBytes !== 2 && idBytes !== 4)) throw new Error('not a suggestion index of this version')
    if (wordCount !== words.length || hash !== listHash(words)) throw new Error('the suggestion index was built from another word list: rebuild @letterlint/core')
    const size = 1 << bits!
    if (bytes.byteLength !== byteLength(size, keyCount!, idCount!, idBytes)) throw new Error('the suggestion index is truncated')
    this.mask = size - 1
    ;({ slots: this.slots, checks: this.checks, starts: this.starts, ids: this.ids } = views(bytes.buffer, bytes.byteOffset, size, keyCount!, idCount!, idBytes))
  }

  /** Ids of the words that have `key` among their deletions, in word-list order. */
  wordsOf(key: string): Uint16Array | Uint32Array | undefined {
    const check = checkHash(key)
    for (let slot = slotHash(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]!
      if (k === -1) return undefined
      if (this.checks[k] === check) return this.ids.subarray(this.starts[k]!, this.starts[k + 1]!)
    }
  }
}
