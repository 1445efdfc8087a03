import { Worker } from 'node:worker_threads'
import type { LetterFailure, LetterJob, LetterLinter, LetterSetOptions, LintResult } from '@letterlint/core'
import { toBatch, type BatchDone } from './batch.js'

/** Batches per worker over a run: enough that workers finishing early pick up more, few enough that messages stay cheap. */
const BATCHES_PER_WORKER = 8
const MAX_BATCH = 64

interface Pending {
  jobs: readonly LetterJob[]
  options: LetterSetOptions
  settle: (results: Array<LintResult | LetterFailure>) => void
}

/**
 * Worker threads that lint letters in parallel, one batch at a time each. Workers start when the
 * pool is made, so they load letterlint while the main thread reads the files. A worker that dies
 * (a letterlint bug, out of memory) fails the letters it held, with the reason, and is replaced.
 */
export class LintPool {
  private readonly idle: Worker[] = []
  /** One batch per worker at a time, so a worker's answer is for the batch it holds. */
  private readonly busy = new Map<Worker, Pending>()
  private readonly queue: Pending[] = []
  private closed = false
  /** Workers started to replace dead ones; past a few, the cause is not one letter, and the pool gives up. */
  private replaced = 0
  /** Why the pool gave up, once no worker is left and none may be started. */
  private gaveUp: string | undefined

  /** `script` is the worker's module (tests give one that fails on purpose). */
  constructor(
    private readonly size: number,
    private readonly script: URL = new URL('./lint-worker.js', import.meta.url),
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn())
  }

  /** A `LetterLinter` for `lintLetters`: the letters in batches across the workers, results in order. */
  readonly linter: LetterLinter = async (jobs, options, onDone) => {
    const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(jobs.length / (this.size * BATCHES_PER_WORKER))))
    const parts: Array<Promise<Array<LintResult | LetterFailure>>> = []
    for (let start = 0; start < jobs.length; start += size) {
      const slice = jobs.slice(start, start + size)
      parts.push(
        new Promise((settle) => {
          this.queue.push({ jobs: slice, options, settle })
        }).then((results) => {
          for (let k = 0; k < slice.length; k++) onDone?.()
          return results as Array<LintResult | LetterFailure>
        }),
      )
    }
    this.dispatch()
    return (await Promise.all(parts)).flat()
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true
    const workers = [...this.idle, ...this.busy.keys()]
    this.idle.length = 0
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  private spawn(): Worker {
    const worker = new Worker(this.script)
    worker.on('message', (results: BatchDone) => {
      const pending = this.busy.get(worker)
      this.busy.delete(worker)
      this.idle.push(worker)
      pending?.settle(results)
      this.dispatch()
    })
    let gone = false
    const lost = (reason: string) => {
      // 'error' is followed by 'exit': one loss.
      if (this.closed || gone) return
      gone = true
      const held = this.busy.get(worker)
      this.busy.delete(worker)
      const index = this.idle.indexOf(worker)
      if (index !== -1) this.idle.splice(index, 1)
      if (held) this.fail(held, reason)
      if (this.replaced++ < this.size * 2) this.idle.push(this.spawn())
      else if (this.idle.length + this.busy.size === 0) this.gaveUp = reason
      this.dispatch()
    }
    worker.on('error', (error) => lost(error.message))
    worker.on('exit', (code) => lost(`exit code ${code}`))
    return worker
  }

  private fail(pending: Pending, reason: string): void {
    pending.settle(pending.jobs.map(() => ({ error: `could not be linted: the worker thread linting it stopped (${reason}) (a letterlint bug: please report it with this letter)` })))
  }

  private dispatch(): void {
    // Letters queued after the last worker died (even before any were): nobody will take them.
    if (this.gaveUp !== undefined) for (const pending of this.queue.splice(0)) this.fail(pending, this.gaveUp)
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!
      const pending = this.queue.shift()!
      this.busy.set(worker, pending)
      worker.postMessage(toBatch(pending.jobs, pending.options))
    }
  }
}
