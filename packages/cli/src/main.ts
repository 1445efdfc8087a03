import { createRequire } from 'node:module'
import path from 'node:path'
import { applyFixes, ConfigError, lint, lintLetters, rules, type Config, type Finding, type LetterInput } from '@letterlint/core'
import { createTwoFilesPatch } from 'diff'
import pMap from 'p-map'
import { parseOptions, USAGE, UsageError, type Options } from './args.js'
import { init, listRules, printConfig } from './commands.js'
import { Configs } from './configs.js'
import { displayPath, expandPatterns } from './files.js'
import { formatters, type FileResult } from './formatters/index.js'
import type { Io } from './io.js'
import { LintPool } from './parallel/lint-pool.js'
import { workerCount } from './parallel/worker-count.js'
import { progress } from './progress.js'
import { encode, readLetter, type Encoding } from './read-letter.js'
import { ChangedOnDiskError, writeAtomic } from './write-atomic.js'

export type { Io } from './io.js'

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version
/** ESLint's bound on fix passes: a fix may reveal another, but never forever. */
const MAX_FIX_PASSES = 10
/** Files read at once: one at a time, a run of 1,000 letters waited ~0.4 s on the disk. */
const READS_AT_ONCE = 16

/** A letter on its way through the run. */
interface Job {
  path: string
  file?: string
  text: string
  bytes?: Buffer
  encoding?: Encoding
  config: Config
}

/** Runs the command line; resolves to the exit code. Never throws for a user's mistake. */
export async function main(io: Io): Promise<number> {
  let options: Options
  try {
    options = parseOptions(io.argv)
  } catch (error) {
    return fail(io, error)
  }
  const color = options.color ?? (!!io.stdout.isTTY && !io.env['NO_COLOR'])
  try {
    if (options.help) return write(io, USAGE + '\n', 0)
    if (options.version) return write(io, version + '\n', 0)
    if (options.listRules) return write(io, listRules(options.format === 'json', color), 0)
    if (options.init) {
      const existing = await init(io.cwd)
      if (existing.length > 0) throw new UsageError(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written.`)
      return write(io, 'Wrote .letterlintrc.json and letters/example.md. Run: letterlint letters\n', 0)
    }
    const configs = new Configs(options, io.cwd)
    if (options.printConfig) return write(io, printConfig(configs, path.resolve(io.cwd, options.patterns[0] ?? 'letter.md')), 0)
    return await lintCommand(options, configs, io, color)
  } catch (error) {
    return fail(io, error)
  }
}

async function lintCommand(options: Options, configs: Configs, io: Io, color: boolean): Promise<number> {
  const results: FileResult[] = []
  const jobs: Job[] = []
  const files = options.stdin ? [] : await expandPatterns(options.patterns, io.cwd)
  // Started before the files are read, so the workers load letterlint meanwhile.
  const workers = workerCount(options.concurrency, files.length)
  const pool = workers > 0 ? new LintPool(workers) : undefined
  let linted
  try {
    if (options.stdin) {
      const name = options.stdinFilename ?? '<stdin>'
      const file = path.resolve(io.cwd, options.stdinFilename ?? 'stdin.md')
      jobs.push({ path: options.stdinFilename ? displayPath(file, io.cwd) : name, text: await readAll(io.stdin), config: configs.forLetter(file).config })
    }
    const reads = await pMap(files, (file) => readLetter(file, options.maxFileSize), { concurrency: READS_AT_ONCE })
    files.forEach((file, i) => {
      const shown = displayPath(file, io.cwd)
      const read = reads[i]!
      if ('error' in read) results.push({ path: shown, findings: [], error: read.error })
      else jobs.push({ path: shown, file, text: read.text, bytes: read.bytes, encoding: read.encoding, config: configs.forLetter(file).config })
    })

    const report = progress(io.stderr, jobs.length)
    const lintOptions = { limits: { maxBytes: options.maxFileSize }, ...(pool ? { linter: pool.linter } : {}) }
    linted = await lintLetters(jobs.map(toInput), { ...lintOptions, onProgress: report.update })
    report.done()
    if (options.fix || options.fixDryRun) {
      const changed = await fixJobs(jobs, linted.map((result) => ('error' in result ? [] : result.findings)), options, io, results)
      if (changed) linted = await lintLetters(jobs.map(toInput), lintOptions)
    }
  } finally {
    await pool?.close()
  }
  linted.forEach((result, i) => results.push('error' in result ? { path: jobs[i]!.path, findings: [], error: result.error } : { path: jobs[i]!.path, findings: result.findings }))
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const shown = options.quiet ? results.map((result) => ({ ...result, findings: result.findings.filter((f) => f.severity === 'error') })) : results
  io.stdout.write(formatters[options.format](shown, { color, rules: rules.map((rule) => rule.meta), version }))

  const all = results.flatMap((result) => result.findings)
  const errors = all.filter((f) => f.severity === 'error').length + results.filter((result) => result.error).length
  const warnings = all.filter((f) => f.severity === 'warning').length
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`letterlint: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`)
    return 1
  }
  return errors > 0 ? 1 : 0
}

function toInput(job: Job): LetterInput {
  return { path: job.path, text: job.text, config: job.config }
}

/**
 * Applies safe fixes, relinting after each pass, then writes each changed file atomically
 * (`--fix`) or prints the changes as a diff (`--fix-dry-run`). Returns whether any text changed.
 */
async function fixJobs(jobs: Job[], findings: Finding[][], options: Options, io: Io, results: FileResult[]): Promise<boolean> {
  let changed = false
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!
    let text = job.text
    let fixes = findings[i]!.flatMap((finding) => (finding.fix ? [finding.fix] : []))
    for (let pass = 0; pass < MAX_FIX_PASSES && fixes.length > 0; pass++) {
      const next = applyFixes(text, fixes)
      if (next.applied === 0 || next.text === text) break
      text = next.text
      fixes = (await lint(text, { config: job.config })).findings.flatMap((finding) => (finding.fix ? [finding.fix] : []))
    }
    if (text === job.text) continue
    if (options.fixDryRun) {
      io.stdout.write(createTwoFilesPatch(`a/${job.path}`, `b/${job.path}`, job.text, text, undefined, undefined, { context: 2 }))
      continue
    }
    try {
      await writeAtomic(job.file!, encode(text, job.encoding!), job.bytes!)
      job.text = text
      changed = true
    } catch (error) {
      const reason = error instanceof ChangedOnDiskError ? error.message : `could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); left as it was`
      results.push({ path: job.path, findings: [], error: reason })
      jobs.splice(i, 1)
      findings.splice(i, 1)
      i--
    }
  }
  return changed
}

async function readAll(stdin: Io['stdin']): Promise<string> {
  if (!stdin) return ''
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(chunks))
}

function write(io: Io, text: string, code: number): number {
  io.stdout.write(text)
  return code
}

/** One line on standard error for a user's mistake; a stack trace only for our own bugs. */
function fail(io: Io, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`letterlint: ${error.message}\nRun "letterlint --help" for usage.\n`)
    return 2
  }
  if (error instanceof ConfigError) {
    io.stderr.write(`letterlint: ${error.message}\n`)
    return 2
  }
  io.stderr.write(`letterlint: internal error: ${(error as Error)?.stack ?? String(error)}\nPlease report this with the letter that caused it.\n`)
  return 2
}
