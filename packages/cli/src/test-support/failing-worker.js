// A stand-in for lint-worker.js that fails on purpose: it exits when a batch holds a letter saying
// EXIT, dies at start when LETTERLINT_TEST_DIE_AT_START is set, and otherwise answers each letter
// with a result naming it.
import { parentPort } from 'node:worker_threads'

if (process.env.LETTERLINT_TEST_DIE_AT_START) throw new Error('cannot load')
parentPort.on('message', (batch) => {
  if (batch.jobs.some((job) => job.letter.text.includes('EXIT'))) process.exit(3)
  parentPort.postMessage(batch.jobs.map((job) => ({ findings: [], facts: { words: job.letter.text.length, path: job.letter.path, config: batch.configs[job.config].words } })))
})
