/**
 * `npm run bench`: how fast letterlint lints letters, next to the unified pieces it is built from,
 * all measured in this one process so the ratios are fair. Prints a table to stdout and writes
 * bench/out/results.json. `--smoke` is a quick run (20 letters, 1 run) that fails on anything odd.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, arch, platform, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { lint, presetConfig, rules } from '@letterlint/core'
import { APPROACHES, BASELINE } from './approaches.js'
import { formatCli, measureCli } from './cli.js'
import { measureColdStart } from './cold-start.js'
import { generateCorpus } from './corpus.js'
import { collectGarbage, summarize, timePass } from './measure.js'
import { formatChart, formatReport, writeResults } from './report.js'
import { formatServer, measureServerApart } from './server.js'
import { formatSuggestions, measureSuggestions, suggestionCases } from './suggestions.js'
import { countWords } from './slips.js'
import { median } from './stats.js'

const OUT = fileURLToPath(new URL('./out/', import.meta.url))
/** "Now" for the timeliness rule, fixed so every run lints the same way. */
const NOW = Date.UTC(2026, 6, 1, 12)

const HELP = `Usage: node bench/run.js [options]

  --letters N   letters in the corpus (default 2000)
  --words N     words per letter, about (default 300; 600 for the long variant)
  --runs K      repeat the whole measurement K times, report medians (default 3)
  --seed S      corpus seed (default 1)
  --spawns N    cold-start processes per run (default 5)
  --smoke       quick check that the bench works: 20 letters, 1 run, 1 spawn; exits 1 on a problem
  --help        this text
`

/** A mistake on the command line: reported in one line, without a stack. */
class UsageError extends Error {}

function positiveInteger(name, value) {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`--${name} needs a positive integer, not "${value}"`)
  return number
}

function readOptions(argv) {
  const spec = {
    letters: { type: 'string' },
    words: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    spawns: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  }
  let values
  try {
    values = parseArgs({ args: argv, options: spec }).values
  } catch (error) {
    throw new UsageError(`${error.message}\n\n${HELP}`)
  }
  const smoke = values.smoke
  return {
    help: values.help,
    smoke,
    letters: positiveInteger('letters', values.letters ?? (smoke ? 20 : 2000)),
    words: positiveInteger('words', values.words ?? 300),
    runs: positiveInteger('runs', values.runs ?? (smoke ? 1 : 3)),
    seed: values.seed ?? '1',
    spawns: positiveInteger('spawns', values.spawns ?? (smoke ? 1 : 5)),
  }
}

function progress(message) {
  process.stderr.write(`bench: ${message} (peak RSS so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)\n`)
}

/** Writes the letters where the floor reads them from, fresh each time (a smoke run has its own folder). */
function writeCorpus(corpus, smoke) {
  const folder = join(OUT, smoke ? 'smoke-corpus' : 'corpus')
  rmSync(folder, { recursive: true, force: true })
  return corpus.map((letter) => {
    const file = join(folder, letter.path)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, letter.text)
    return { ...letter, file }
  })
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/

function describeCorpus(corpus, options) {
  // Words after the frontmatter (greeting and sign-off included).
  const words = corpus.map((letter) => countWords(letter.text.replace(FRONTMATTER, '')))
  return {
    letters: corpus.length,
    words: options.words,
    seed: options.seed,
    generator: 'bench/corpus.js generateCorpus({count, words, seed})',
    wordsPerLetter: { min: Math.min(...words), median: median(words), max: Math.max(...words) },
    totalWords: words.reduce((sum, count) => sum + count, 0),
    totalUtf8Bytes: corpus.reduce((sum, letter) => sum + Buffer.byteLength(letter.text), 0),
    withFrontmatter: corpus.filter((letter) => FRONTMATTER.test(letter.text)).length,
    withCrlf: corpus.filter((letter) => letter.text.includes('\r\n')).length,
  }
}

/**
 * Lints every letter once, counting findings by rule. This is letterlint's warm-up pass (it also
 * builds the spelling suggester, ~1 s, so no timed run pays for it).
 */
async function census(letters, config) {
  const byRule = {}
  let findings = 0
  let typoLetter
  let cleanLetter
  for (const letter of letters) {
    const result = await lint(letter.text, { config, now: NOW })
    findings += result.findings.length
    let spelling = 0
    for (const finding of result.findings) {
      byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1
      if (finding.ruleId === 'spelling') spelling++
    }
    if (spelling > 0) typoLetter ??= letter
    else cleanLetter ??= letter
  }
  const sortedByRule = Object.fromEntries(Object.entries(byRule).sort(([a], [b]) => a.localeCompare(b)))
  return { findingsPerLetter: findings / letters.length, byRule: sortedByRule, typoLetter, cleanLetter }
}

/** The median of each figure across runs. */
function medianAcrossRuns(runs, approaches, coldStarts) {
  const mid = (pick) => median(runs.map(pick))
  const out = { approaches: {}, coldStart: {} }
  for (const { id } of approaches) {
    out.approaches[id] = {}
    for (const key of Object.keys(runs[0].approaches[id])) out.approaches[id][key] = mid((run) => run.approaches[id][key])
  }
  for (const { id } of coldStarts) {
    out.coldStart[id] = {}
    for (const key of ['toResultMs', 'importMs', 'lintMs', 'childMaxRSSKiB']) out.coldStart[id][key] = mid((run) => run.coldStart[id][key])
  }
  out.server = {
    firstDiagnosticsMs: mid((run) => run.server.firstDiagnosticsMs),
    typing300: Object.fromEntries(Object.keys(runs[0].server.typing300).map((key) => [key, mid((run) => run.server.typing300[key])])),
    typing600: Object.fromEntries(Object.keys(runs[0].server.typing600).map((key) => [key, mid((run) => run.server.typing600[key])])),
    open: { letters: runs[0].server.open.letters, rssKiB: mid((run) => run.server.open.rssKiB) },
  }
  out.cli = {
    oneLetterTypoMs: mid((run) => run.cli.oneLetterTypoMs),
    oneLetterCleanMs: mid((run) => run.cli.oneLetterCleanMs),
    inThread: { ms: mid((run) => run.cli.inThread.ms), lettersPerSecond: mid((run) => run.cli.inThread.lettersPerSecond) },
    inWorkers: { ms: mid((run) => run.cli.inWorkers.ms), lettersPerSecond: mid((run) => run.cli.inWorkers.lettersPerSecond) },
    workers: runs[0].cli.workers,
  }
  out.maxRSSKiB = mid((run) => run.maxRSSKiB)
  out.heapUsedAfterGcKiB = mid((run) => run.heapUsedAfterGcKiB)
  return out
}

/** What `--smoke` insists on, as a list of problems (empty when all is well). */
function smokeProblems(options, results) {
  const problems = []
  const once = generateCorpus({ count: options.letters, words: options.words, seed: options.seed })
  const again = generateCorpus({ count: options.letters, words: options.words, seed: options.seed })
  if (JSON.stringify(again) !== JSON.stringify(once)) problems.push('generateCorpus is not deterministic for one seed')
  const other = generateCorpus({ count: options.letters, words: options.words, seed: `${options.seed}-other` })
  if (JSON.stringify(other) === JSON.stringify(once)) problems.push('generateCorpus ignores its seed')
  const { wordsPerLetter } = results.corpus
  if (wordsPerLetter.median < options.words * 0.8 || wordsPerLetter.median > options.words * 1.25) problems.push(`median letter has ${wordsPerLetter.median} words, asked for about ${options.words}`)
  for (const [id, figures] of Object.entries(results.median.approaches)) {
    for (const [key, value] of Object.entries(figures)) if (!Number.isFinite(value) || value < 0) problems.push(`${id}.${key} is ${value}`)
  }
  for (const [id, figures] of Object.entries(results.median.coldStart)) if (!(figures.toResultMs > 0)) problems.push(`cold start ${id} took ${figures.toResultMs} ms`)
  const server = results.median.server
  if (!(server.firstDiagnosticsMs > 0) || !(server.typing600.p95Ms > 0) || !(server.open.rssKiB > 0)) problems.push(`language server figures are missing: ${JSON.stringify(server)}`)
  if (!(results.median.cli.oneLetterTypoMs > 0) || !(results.median.cli.inWorkers.ms > 0)) problems.push(`CLI figures are missing: ${JSON.stringify(results.median.cli)}`)
  if (!(results.suggestions.typos > 0) || !(results.suggestions.letterlint.p99Ms > 0)) problems.push(`suggestion figures are missing: ${JSON.stringify(results.suggestions)}`)
  if (!results.findings.byRule['spelling']) problems.push('letterlint found no misspelling in the corpus, though it has typos')
  return problems
}

async function main(argv) {
  const options = readOptions(argv)
  if (options.help) {
    process.stdout.write(HELP)
    return 0
  }
  const config = presetConfig('recommended')
  const off = rules.filter((rule) => config.rules[rule.meta.id]?.severity === 'off').map((rule) => rule.meta.id)
  if (off.length > 0) progress(`note: the recommended preset leaves ${off.join(', ')} off`)

  progress(`generating ${options.letters} letters of ~${options.words} words`)
  const corpus = generateCorpus({ count: options.letters, words: options.words, seed: options.seed })
  const letters = writeCorpus(corpus, options.smoke)

  // Before anything lints with suggestions: each word's first request is what is timed.
  progress('spelling suggestions: letterlint and nspell on the corpus typos and the names')
  const suggestions = measureSuggestions(suggestionCases(corpus))

  const approaches = []
  for (const approach of APPROACHES) {
    progress(`setting up ${approach.id}`)
    // Ready = set-up plus the first letter (where cspell loads its dictionaries): what a user waits for.
    const started = performance.now()
    const processLetter = await approach.setup({ now: NOW })
    await processLetter(letters[0])
    approaches.push({ ...approach, process: processLetter, readyMs: performance.now() - started, letters: letters.slice(0, approach.sample ?? letters.length) })
  }
  progress('warm-up pass: letterlint')
  const found = await census(letters, config)
  for (const approach of approaches) {
    if (approach.id === 'letterlint') continue
    progress(`warm-up pass: ${approach.id}`)
    await timePass(approach.process, approach.letters)
  }

  const coldStarts = [
    found.typoLetter && { id: 'with-typo', label: 'a letter with a misspelling', letter: found.typoLetter },
    found.cleanLetter && { id: 'no-typo', label: 'a letter with no spelling finding', letter: found.cleanLetter },
  ].filter(Boolean)

  if (!found.typoLetter || !found.cleanLetter) throw new UsageError('the corpus needs letters with and without a misspelling: use more --letters')
  const runs = []
  for (let k = 1; k <= options.runs; k++) {
    const run = { approaches: {}, coldStart: {} }
    for (const approach of approaches) {
      progress(`run ${k}/${options.runs}: ${approach.id}`)
      collectGarbage()
      run.approaches[approach.id] = { ...summarize(await timePass(approach.process, approach.letters)), readyMs: approach.readyMs }
    }
    const baseline = run.approaches[BASELINE]
    for (const figures of Object.values(run.approaches)) {
      figures.ratioP50 = figures.p50Ms / baseline.p50Ms
      figures.ratioThroughput = baseline.lettersPerSecond / figures.lettersPerSecond
    }
    run.maxRSSKiB = process.resourceUsage().maxRSS
    collectGarbage()
    run.heapUsedAfterGcKiB = process.memoryUsage().heapUsed / 1024
    for (const cold of coldStarts) {
      progress(`run ${k}/${options.runs}: cold start, ${cold.label}`)
      run.coldStart[cold.id] = await measureColdStart(cold.letter.file, { spawns: options.spawns, now: NOW })
    }
    progress(`run ${k}/${options.runs}: CLI processes`)
    run.cli = await measureCli({
      typoFile: found.typoLetter.file,
      cleanFile: found.cleanLetter.file,
      corpus: join(OUT, options.smoke ? 'smoke-corpus' : 'corpus'),
      count: letters.length,
      spawns: options.spawns,
    })
    progress(`run ${k}/${options.runs}: language server`)
    run.server = await measureServerApart({
      letter300: letters[0],
      letter600: generateCorpus({ count: 1, words: 600, seed: options.seed })[0],
      openCorpus: letters.slice(0, 50),
      spawns: options.spawns,
      // About one paragraph typed: long enough for V8 to have optimised the server (see FIRST in server.js).
      keystrokes: options.smoke ? 20 : 1500,
    })
    runs.push(run)
  }

  const results = {
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${arch()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    totalMemoryMiB: Math.round(totalmem() / 2 ** 20),
    date: new Date().toISOString(),
    options: { letters: options.letters, words: options.words, runs: options.runs, seed: options.seed, spawns: options.spawns, smoke: options.smoke },
    method:
      'One process, one thread: every approach reuses one frozen processor; one warm-up pass each, then every run times each letter with process.hrtime.bigint() and each pass with performance.now(). ' +
      'letters/s = letters / pass wall time; p50/p95/p99 interpolate between ranks; ratioP50 = p50 / remark-parse p50 in the same run; ratioThroughput = remark-parse letters/s / letters/s. ' +
      'Cold start = spawn of `node bench/cold-child.js` to its result line. CLI = spawn of `letterlint … --format json` to its exit. maxRSSKiB = process.resourceUsage().maxRSS after each run; heapUsedAfterGcKiB = V8 heap in use after a full GC at the end of each run. Figures under `median` are medians across runs.',
    now: new Date(NOW).toISOString(),
    corpus: describeCorpus(corpus, options),
    approaches: approaches.map(({ id, label, peer, letters: timed }) => ({ id, label, peer: peer === true, lettersTimed: timed.length })),
    coldStarts: coldStarts.map(({ id, label, letter }) => ({ id, label, letter: letter.path, spawns: options.spawns })),
    findings: { findingsPerLetter: found.findingsPerLetter, byRule: found.byRule },
    runs,
    median: medianAcrossRuns(runs, APPROACHES, coldStarts),
    suggestions,
  }

  process.stdout.write(formatReport({ approaches, median: results.median, corpus: results.corpus, runs: options.runs, coldStarts: results.coldStarts }))
  process.stdout.write(`${formatSuggestions(suggestions).join('\n')}\n`)
  process.stdout.write(`${formatCli(results.median.cli, results.corpus.letters).join('\n')}\n`)
  process.stdout.write(`${formatServer(results.median.server).join('\n')}\n`)
  const name = options.smoke ? 'smoke' : 'results'
  writeResults(join(OUT, `${name}.json`), results)
  writeFileSync(join(OUT, `${name}.svg`), formatChart({ approaches, median: results.median, corpus: results.corpus }))
  progress(`wrote bench/out/${name}.json and bench/out/${name}.svg`)

  if (options.smoke) {
    const problems = smokeProblems(options, results)
    for (const problem of problems) process.stderr.write(`bench --smoke: ${problem}\n`)
    if (problems.length > 0) return 1
    progress('smoke: ok')
  }
  return 0
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`bench: ${error instanceof UsageError ? error.message : (error?.stack ?? String(error))}\n`)
  process.exitCode = 1
}
