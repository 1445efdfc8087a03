/** letterlint's cold start: fresh `node` processes that import @letterlint/core and lint one letter. */
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median } from './stats.js'

const CHILD = fileURLToPath(new URL('./cold-child.js', import.meta.url))

/** One spawn: milliseconds from spawning to the result line, and what the child measured itself. */
function spawnOnce(file, now) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let resultAt
    let stdout = ''
    let stderr = ''
    const child = spawn(process.execPath, [CHILD, file, String(now)], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk
      if (resultAt === undefined && stdout.includes('\n')) resultAt = performance.now()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 || resultAt === undefined) return reject(new Error(`cold-start child exited with ${code}: ${stderr.trim()}`))
      resolve({ toResultMs: resultAt - started, ...JSON.parse(stdout) })
    })
  })
}

/** `spawns` cold starts one after another on the letter at `file`, with their median figures. */
export async function measureColdStart(file, { spawns, now }) {
  const samples = []
  for (let i = 0; i < spawns; i++) samples.push(await spawnOnce(file, now))
  const mid = (key) => median(samples.map((sample) => sample[key]))
  return {
    toResultMs: mid('toResultMs'),
    importMs: mid('importMs'),
    lintMs: mid('lintMs'),
    childMaxRSSKiB: mid('maxRSSKiB'),
    findings: samples[0].findings,
    spelling: samples[0].spelling,
    samples,
  }
}
