import { parseArgs } from 'node:util'
import { DEFAULT_INPUT_LIMITS } from '@letterlint/core'

/** Output formats, each a module in `formatters/`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof FORMATS)[number]

/** The command line, parsed and checked. */
export interface Options {
  patterns: string[]
  format: Format
  fix: boolean
  fixDryRun: boolean
  maxWarnings?: number
  /** Letters larger than this many bytes are skipped with a message. */
  maxFileSize: number
  /** Worker threads: a number, `auto` (by run size and cores) or `off` (lint in the main thread). */
  concurrency: number | 'auto' | 'off'
  quiet: boolean
  config?: string
  rules: Record<string, string>
  listRules: boolean
  init: boolean
  printConfig: boolean
  stdin: boolean
  stdinFilename?: string
  color?: boolean
  help: boolean
  version: boolean
}

/** A mistake on the command line: one clear line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = `Usage: letterlint [options] [paths or globs...]

Lints interview thank-you and follow-up letters written in Markdown.
Folders are searched for *.md files (default: the current folder).

Options:
  -f, --format <name>       stylish (default), json, sarif or github
      --fix                 apply safe fixes (repeated words, a/an) to the files
      --fix-dry-run         print the safe fixes as a diff; change nothing
      --max-warnings <n>    exit 1 when there are more than n warnings
      --max-file-size <n>   skip letters larger than n bytes (suffix k or m; default 256k)
      --concurrency <n>     worker threads: a number, auto (default: one per core for
                            runs of 2,000 letters or more) or off
  -q, --quiet               report errors only
  -c, --config <file>       use this configuration file for every letter
      --rule <id=severity>  set a rule's severity (off, info, warning, error); repeatable
      --list-rules          list the rules (as JSON with --format json)
      --init                write a .letterlintrc.json and an example letter here
      --print-config [path] print the configuration that applies to a letter
      --stdin               lint the text on standard input
      --stdin-filename <p>  the path standard input stands for (configuration, messages)
      --color, --no-color   force colours on or off (default: on for a terminal, off with NO_COLOR)
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors (warnings allowed), 1 errors or too many warnings, 2 usage or configuration error.`

/** Parses `argv` (without node and the script); throws `UsageError` for anything it cannot use. */
export function parseOptions(argv: readonly string[]): Options {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'max-file-size': { type: 'string' },
        concurrency: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        'list-rules': { type: 'boolean' },
        init: { type: 'boolean' },
        'print-config': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '.'))
  }
  const { values, positionals } = parsed
  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; use ${FORMATS.join(', ')}.`)
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}".`)
  }
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_INPUT_LIMITS.maxBytes : parseSize(values['max-file-size'])
  const concurrency = parseConcurrency(values.concurrency ?? 'auto')
  const rules: Record<string, string> = {}
  for (const setting of values.rule ?? []) {
    const match = /^([\w-]+)=(off|info|warning|error)$/.exec(setting)
    if (!match) throw new UsageError(`--rule takes id=severity (off, info, warning, error), not "${setting}".`)
    rules[match[1]!] = match[2]!
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use --fix or --fix-dry-run, not both.')
  if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes.')
  if (values.stdin && positionals.length > 0) throw new UsageError('Give either --stdin or paths, not both.')
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename goes with --stdin.')
  const options: Options = {
    patterns: positionals,
    format: format as Format,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    maxFileSize,
    concurrency,
    quiet: values.quiet ?? false,
    rules,
    listRules: values['list-rules'] ?? false,
    init: values.init ?? false,
    printConfig: values['print-config'] ?? false,
    stdin: values.stdin ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  }
  if (maxWarnings !== undefined) options.maxWarnings = maxWarnings
  if (values.config !== undefined) options.config = values.config
  if (values['stdin-filename'] !== undefined) options.stdinFilename = values['stdin-filename']
  if (values['no-color']) options.color = false
  else if (values.color) options.color = true
  return options
}

/** The most worker threads anyone gets: far past any core count where letters still gain. */
const MAX_WORKERS = 64

function parseConcurrency(value: string): Options['concurrency'] {
  if (value === 'auto' || value === 'off') return value
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(count >= 1 && count <= MAX_WORKERS)) throw new UsageError(`--concurrency takes a number of worker threads from 1 to ${MAX_WORKERS}, auto or off, not "${value}".`)
  return count
}

/** "300000", "512k", "2m" → bytes. */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)b?$/i.exec(value.trim())
  const bytes = match ? Math.round(Number(match[1]) * (match[2]!.toLowerCase() === 'm' ? 1024 * 1024 : match[2] ? 1024 : 1)) : Number.NaN
  if (!(bytes > 0)) throw new UsageError(`--max-file-size takes a size in bytes like 300000, 512k or 2m, not "${value}".`)
  return bytes
}
