/** Timing one approach over a corpus, letter by letter, in this process. */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { percentile, sorted } from './stats.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc')

/** Collects garbage, so one approach's leftovers are not charged to the next. */
export function collectGarbage() {
  gc()
}

/**
 * Runs `processLetter` on every letter in order and times each call (awaiting it when it returns a
 * promise). Returns the per-letter times in milliseconds, the pass's wall time, and the sum of the
 * results (kept so no work can be optimised away).
 */
export async function timePass(processLetter, letters) {
  const times = new Float64Array(letters.length)
  let sink = 0
  const started = performance.now()
  for (let i = 0; i < letters.length; i++) {
    const before = process.hrtime.bigint()
    let result = processLetter(letters[i])
    if (result instanceof Promise) result = await result
    times[i] = Number(process.hrtime.bigint() - before) / 1e6
    sink += result
  }
  return { times, wallMs: performance.now() - started, sink }
}

/** Throughput and per-letter percentiles of one pass. */
export function summarize({ times, wallMs }) {
  const ascending = sorted(times)
  let total = 0
  for (const time of times) total += time
  return {
    lettersPerSecond: times.length / (wallMs / 1000),
    meanMs: total / times.length,
    p50Ms: percentile(ascending, 50),
    p95Ms: percentile(ascending, 95),
    p99Ms: percentile(ascending, 99),
    maxMs: ascending[ascending.length - 1],
    wallMs,
  }
}
