import { availableParallelism } from 'node:os'
import type { Options } from '../args.js'

/**
 * Runs shorter than this lint in the main thread under `auto`. Each worker loads letterlint and
 * warms up on its own, and on a 2-core machine two threads linting at once each run ~1.4x slower
 * (two separate processes slow each other as much: the work is memory-bound): there 1,000 letters
 * took 0.9-1.1x as long in workers and 4,000 were 1.4x faster.
 */
export const PARALLEL_FROM = 2000

/** How many worker threads lint a run of `letters` letters; 0 means the main thread does. */
export function workerCount(concurrency: Options['concurrency'], letters: number, cores = availableParallelism()): number {
  if (concurrency === 'off' || letters < 2) return 0
  if (concurrency === 'auto') return cores > 1 && letters >= PARALLEL_FROM ? cores : 0
  return Math.min(concurrency, letters)
}
