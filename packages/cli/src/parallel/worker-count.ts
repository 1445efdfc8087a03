import { availableParallelism } from 'node:os'
import type { Options } from '../args.js'

/**
 * Runs shorter than this lint in the main thread under `auto`: a worker takes ~0.3 s to load
 * letterlint and its dictionaries, about as long as the main thread takes for this many letters.
 */
export const PARALLEL_FROM = 200

/** How many worker threads lint a run of `letters` letters; 0 means the main thread does. */
export function workerCount(concurrency: Options['concurrency'], letters: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || letters < 2) return 0
  if (concurrency === 'auto') return cores > 1 && letters >= PARALLEL_FROM ? cores : 0
  return Math.min(concurrency, letters)
}
