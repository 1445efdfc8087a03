import type { Letter } from '../letter/letter.js'
import { bareWords } from '../letter/mentions.js'
import { fnv1a } from '../text/fnv1a.js'

/** Number of MinHash bins: the similarity estimate is within about ±0.05. */
export const SIGNATURE_SIZE = 128
const SHINGLE = 3

/** murmur3's finaliser over hash ^ seed: spreads every input bit over the output. */
function mix(hash: number, seed: number): number {
  let h = (hash ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Bins are chosen by the top 7 bits of a shingle's hash; the other 25 bits are its value in the bin. */
const VALUE_BITS = 25
const VALUE_MASK = (1 << VALUE_BITS) - 1
const EMPTY = 0xffffffff

/**
 * A MinHash signature of the letter body's three-word shingles, by one-permutation hashing: each
 * shingle is hashed once, lands in one of 128 bins by its hash, and each bin keeps its smallest value;
 * empty bins borrow from the next filled one (rotation densification). Two letters' signatures agree
 * in about the share of positions that their shingle sets overlap (Jaccard similarity), at the cost
 * of one hash per shingle instead of one per shingle and bin.
 */
export function fingerprint(letter: Letter): Uint32Array | undefined {
  // A plain loop: flatMap took two thirds of the time here.
  const words: number[] = []
  for (const sentence of letter.sentences) for (const word of bareWords(sentence)) words.push(fnv1a(word))
  if (words.length < SHINGLE) return undefined
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const hash = mix(mix(mix(words[i]!, 0x9e3779b9) ^ words[i + 1]!, 0x85ebca6b) ^ words[i + 2]!, 0xc2b2ae35)
    const bin = hash >>> VALUE_BITS
    const value = hash & VALUE_MASK
    if (value < signature[bin]!) signature[bin] = value
  }
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    if (signature[k] !== EMPTY) continue
    // The next filled bin, circularly, its distance folded into the value so borrowed bins differ.
    for (let step = 1; step < SIGNATURE_SIZE; step++) {
      const from = signature[(k + step) % SIGNATURE_SIZE]!
      if (from !== EMPTY && from <= VALUE_MASK) {
        signature[k] = (from | (step << VALUE_BITS)) >>> 0
        break
      }
    }
  }
  return signature
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++
  return same / SIGNATURE_SIZE
}
