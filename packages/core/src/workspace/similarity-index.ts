import { contentWords } from '../letter/mentions.js'
import { SIGNATURE_SIZE, similarity } from './fingerprint.js'

/** What the similarity search knows of one letter. */
export interface LetterPrint {
  path: string
  /** Company the letter is for, normalised; letters are compared within a company, or when one is unknown. */
  company?: string
  signature: Uint32Array
}

/** The form of a company name letters are grouped by: "Northwind Logistics, Inc." → "northwind logistics". */
export function companyKey(company: string | undefined): string | undefined {
  return contentWords(company ?? '').join(' ') || undefined
}

/** A letter found to be nearly the same as another, and how alike the two are (0–1). */
export interface SimilarLetter {
  path: string
  similarity: number
}

/** Bands of the locality-sensitive hash: 32 bands of 4 rows find pairs above about 0.4 similarity. */
const ROWS = 4
const BANDS = SIGNATURE_SIZE / ROWS

function bandKey(signature: Uint32Array, band: number): string {
  return band + ':' + signature.subarray(band * ROWS, band * ROWS + ROWS).join(',')
}

function sameBand(a: Uint32Array, b: Uint32Array, band: number): boolean {
  for (let row = band * ROWS; row < band * ROWS + ROWS; row++) if (a[row] !== b[row]) return false
  return true
}

/**
 * Letters indexed by bands of their MinHash signatures (locality-sensitive hashing): a query
 * compares a letter only with letters that share a band, never with all of them, and letters can
 * be added, replaced and removed as files change.
 */
export class SimilarityIndex {
  private readonly letters = new Map<string, LetterPrint>()
  private readonly buckets = new Map<string, Set<string>>()

  get size(): number {
    return this.letters.size
  }

  /**
   * Adds a letter, replacing what was indexed under its path. Only the bands that changed move: an
   * open letter is indexed again at every keystroke, which changes a few of its rows at most.
   */
  set(print: LetterPrint): void {
    const old = this.letters.get(print.path)
    this.letters.set(print.path, print)
    for (let band = 0; band < BANDS; band++) {
      if (old && sameBand(old.signature, print.signature, band)) continue
      if (old) this.leave(bandKey(old.signature, band), print.path)
      const key = bandKey(print.signature, band)
      let bucket = this.buckets.get(key)
      if (!bucket) this.buckets.set(key, (bucket = new Set()))
      bucket.add(print.path)
    }
  }

  delete(path: string): void {
    const old = this.letters.get(path)
    if (!old) return
    this.letters.delete(path)
    for (let band = 0; band < BANDS; band++) this.leave(bandKey(old.signature, band), path)
  }

  private leave(key: string, path: string): void {
    const bucket = this.buckets.get(key)
    bucket?.delete(path)
    if (bucket?.size === 0) this.buckets.delete(key)
  }

  /** Indexed letters (other than `print` itself) at or above `threshold` similarity to `print`. */
  similarTo(print: LetterPrint, threshold: number): SimilarLetter[] {
    const candidates = new Set<string>()
    for (let band = 0; band < BANDS; band++) {
      for (const path of this.buckets.get(bandKey(print.signature, band)) ?? []) if (path !== print.path) candidates.add(path)
    }
    const found: SimilarLetter[] = []
    for (const path of candidates) {
      const other = this.letters.get(path)!
      if (print.company && other.company && print.company !== other.company) continue
      const score = similarity(print.signature, other.signature)
      if (score >= threshold) found.push({ path, similarity: score })
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.path < b.path ? -1 : 1))
  }
}
