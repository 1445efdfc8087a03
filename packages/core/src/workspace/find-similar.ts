import { SIGNATURE_SIZE, similarity } from './fingerprint.js'

/** What the similarity search needs to know of one letter. */
export interface LetterPrint {
  path: string
  /** Company the letter is for, normalised; letters are compared within a company, or when one is unknown. */
  company?: string
  signature: Uint32Array
}

/** Bands of the locality-sensitive hash: 32 bands of 4 rows find pairs above about 0.4 similarity. */
const ROWS = 4
const BANDS = SIGNATURE_SIZE / ROWS

/**
 * Pairs of letters at or above `threshold` similarity, without comparing all pairs: letters are
 * bucketed by bands of their signatures and only letters sharing a bucket are compared.
 */
export function findSimilar(prints: readonly LetterPrint[], threshold: number): Map<string, Array<{ path: string; similarity: number }>> {
  const found = new Map<string, Array<{ path: string; similarity: number }>>()
  const compared = new Set<string>()
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>()
    for (let i = 0; i < prints.length; i++) {
      const rows = prints[i]!.signature.subarray(band * ROWS, band * ROWS + ROWS)
      const key = rows.join(',')
      const bucket = buckets.get(key)
      if (bucket) bucket.push(i)
      else buckets.set(key, [i])
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const a = prints[bucket[x]!]!
          const b = prints[bucket[y]!]!
          const pair = bucket[x]! + ':' + bucket[y]!
          if (compared.has(pair)) continue
          compared.add(pair)
          if (a.company && b.company && a.company !== b.company) continue
          const score = similarity(a.signature, b.signature)
          if (score < threshold) continue
          add(found, a.path, { path: b.path, similarity: score })
          add(found, b.path, { path: a.path, similarity: score })
        }
      }
    }
  }
  return found
}

function add(map: Map<string, Array<{ path: string; similarity: number }>>, key: string, value: { path: string; similarity: number }): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
