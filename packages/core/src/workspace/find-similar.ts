import { SimilarityIndex, type LetterPrint, type SimilarLetter } from './similarity-index.js'

/** Pairs of letters at or above `threshold` similarity, by path, found through a `SimilarityIndex`. */
export function findSimilar(prints: readonly LetterPrint[], threshold: number): Map<string, SimilarLetter[]> {
  const index = new SimilarityIndex()
  for (const print of prints) index.set(print)
  const found = new Map<string, SimilarLetter[]>()
  for (const print of prints) {
    const similar = index.similarTo(print, threshold)
    if (similar.length > 0) found.set(print.path, similar)
  }
  return found
}
