/**
 * The CLI as CI runs it: whole processes of `letterlint`, from spawn to exit. One letter cold (with
 * and without a misspelling, which needs the suggestion index), and the corpus folder linted in
 * the main thread (`--concurrency off`) and in one worker thread per core (`--concurrency N`).
 */
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { median } from './stats.js'

/** One worker thread per core, at most 64. */
const WORKERS = Math.min(availableParallelism(), 64)
const BIN = fileURLToPath(new URL('../packages/cli/bundle/bin.js', import.meta.url))

/** Milliseconds from spawning `letterlint args…` in `cwd` to its exit; exit code 2 is a failure of the bench. */
function timeRun(args, cwd) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let stderr = ''
    const child = spawn(process.execPath, [BIN, ...args, '--format', 'json'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`letterlint ${args.join(' ')} exited with ${code}: ${stderr.trim()}`))
      resolve(performance.now() - started)
    })
  })
}

async function medianOf(spawns, args, cwd) {
  const times = []
  for (let i = 0; i < spawns; i++) times.push(await timeRun(args, cwd))
  return median(times)
}

/** Every CLI figure, for one run. `corpus` is the folder holding `letters/` with `count` letters. */
export async function measureCli({ typoFile, cleanFile, corpus, count, spawns }) {
  const figures = {
    oneLetterTypoMs: await medianOf(spawns, [typoFile]),
    oneLetterCleanMs: await medianOf(spawns, [cleanFile]),
  }
  for (const [key, concurrency] of [['inThread', 'off'], ['inWorkers', String(WORKERS)]]) {
    const ms = await timeRun(['letters', '--concurrency', concurrency], corpus)
    figures[key] = { ms, lettersPerSecond: count / (ms / 1000) }
  }
  figures.workers = WORKERS
  return figures
}

/** Lines for the report. */
export function formatCli(figures, count) {
  return [
    `CLI: one letter, cold process to exit: ${figures.oneLetterTypoMs.toFixed(0)} ms with a misspelling, ${figures.oneLetterCleanMs.toFixed(0)} ms without (median of spawns)`,
    `CLI: ${count} letters, whole process: ${(figures.inThread.ms / 1000).toFixed(2)} s in the main thread (${figures.inThread.lettersPerSecond.toFixed(0)} letters/s), ` +
      `${(figures.inWorkers.ms / 1000).toFixed(2)} s in ${figures.workers} worker threads (${figures.inWorkers.lettersPerSecond.toFixed(0)} letters/s, ${(figures.inThread.ms / figures.inWorkers.ms).toFixed(2)}× as fast)`,
  ]
}
