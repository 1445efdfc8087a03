import type { Letter } from '../letter/letter.js'
import { bare } from '../letter/mentions.js'

/** Number of MinHash functions: the similarity estimate is within about ±0.05. */
export const SIGNATURE_SIZE = 128
const SHINGLE = 3

/** FNV-1a over a string: a fast 32-bit hash for shingles. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A second, independent mix per MinHash function (murmur3's finaliser over hash ^ seed). */
function mix(hash: number, seed: number): number {
  let h = (hash ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fnv1a(`letterlint-${i}`))

/**
 * A MinHash signature of the letter body's three-word shingles: two letters' signatures agree in
 * about the share of positions that their shingle sets overlap (Jaccard similarity).
 */
export function fingerprint(letter: Letter): Uint32Array | undefined {
  const words = letter.sentences.flatMap((sentence) => sentence.words.map(bare))
  if (words.length < SHINGLE) return undefined
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const hash = fnv1a(words.slice(i, i + SHINGLE).join(' '))
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = mix(hash, SEEDS[k]!)
      if (value < signature[k]!) signature[k] = value
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
