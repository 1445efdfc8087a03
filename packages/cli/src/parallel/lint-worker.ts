// A worker thread of the CLI's lint pool: lints the batches of letters it is sent, one after another.
import { parentPort } from 'node:worker_threads'
import { lintLetter, type LetterJob } from '@letterlint/core'
import type { Batch, BatchDone } from './batch.js'

parentPort!.on('message', async (batch: Batch) => {
  const results = []
  for (const job of batch.jobs) {
    const letterJob: LetterJob = { letter: { ...job.letter, config: batch.configs[job.config]! }, workspace: job.workspace }
    results.push(await lintLetter(letterJob, batch.options))
  }
  parentPort!.postMessage(results satisfies BatchDone)
})
