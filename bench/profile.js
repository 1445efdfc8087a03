/**
 * A workload to profile: lints the bench corpus a few times with every rule on. Run it under the
 * V8 profiler and summarise the profile:
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/profile bench/profile.js [--letters N] [--passes P]
 *   node bench/profile-summary.js bench/out/profile/<file>.cpuprofile
 *
 * The first pass includes loading the dictionary and building the spelling suggester; with the
 * default 3 passes over 2,000 letters, that start-up is a small share of the profile.
 */
import { parseArgs } from 'node:util'
import { lint, presetConfig } from '@letterlint/core'
import { generateCorpus } from './corpus.js'

const { values } = parseArgs({ options: { letters: { type: 'string', default: '2000' }, passes: { type: 'string', default: '3' }, words: { type: 'string', default: '300' } } })
const corpus = generateCorpus({ count: Number(values.letters), words: Number(values.words), seed: '1' })
const config = presetConfig('recommended')
const now = Date.UTC(2026, 6, 1, 12)

let findings = 0
for (let pass = 1; pass <= Number(values.passes); pass++) {
  const started = performance.now()
  for (const letter of corpus) findings += (await lint(letter.text, { config, now })).findings.length
  process.stderr.write(`profile: pass ${pass}: ${(performance.now() - started).toFixed(0)} ms for ${corpus.length} letters\n`)
}
process.stderr.write(`profile: ${findings} findings\n`)
