import type { Root as MdastRoot } from 'mdast'
import type { Root as NlcstRoot } from 'nlcst'
import type { Transformer } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { letterOf, type Letter } from './letter/letter.js'
import { LineIndex } from './text/line-index.js'
import type { Fix, Fixability, RuleCategory, Severity, SeveritySetting, Span } from './types.js'

/** Where a rule's documentation lives; each rule has an anchor. */
export const DOCS_URL = 'https://github.com/letterlint/letterlint/blob/main/docs/rules.md'

/** One option of a rule: a JSON Schema property whose `default` is the option's default value. */
export type OptionSpec<T> = { default: T; description: string } & Record<string, unknown>

/** A rule's documented example, run as a test. */
export interface RuleExample {
  /** Whole letter text, frontmatter included. */
  text: string
  /** What the example shows, in a few words. */
  title?: string
  /** Rule options for this example. */
  options?: Record<string, unknown>
  /** Epoch milliseconds used as "now" (for time-dependent rules). */
  now?: number
  /** What the other letters of the workspace show (for rules that compare letters). */
  workspace?: Partial<WorkspaceFacts>
  /** Expected messages of this rule, in order; empty for a valid example. */
  messages: string[]
}

/** Everything a rule states about itself; docs, schema, listings and contract tests derive from it. */
export interface RuleMeta<O extends object = object> {
  /** Stable kebab-case id: the public contract. */
  id: string
  /** What the rule checks, in one line. */
  description: string
  /** The advice behind the rule, in one line: shown as the finding's note. */
  note: string
  /** A line that follows the advice, shown in hovers and docs. */
  better?: string
  category: RuleCategory
  defaultSeverity: Severity
  /** Severity under the `strict` preset, when it differs. */
  strictSeverity?: SeveritySetting
  fixable: Fixability
  /** Which tree the check walks: Markdown structure (mdast) or prose (nlcst). */
  tree: 'markdown' | 'prose'
  options: { [K in keyof O]: OptionSpec<O[K]> }
  examples: RuleExample[]
  url: string
}

/** What a rule reports: where, what, and how to fix it. */
export interface Report {
  at: Span
  message: string
  /** Replaces the rule's note for this finding. */
  note?: string
  fix?: Fix
  suggestions?: Fix[]
  /** A milder severity for this finding than the rule's configured one (never a harsher one). */
  severity?: Severity
}

/** What a check receives. */
export interface RuleContext<O extends object, T> {
  tree: T
  file: VFile
  letter: Letter
  options: O
  /** Settings of the run: the clock, workspace knowledge, the personal word list. */
  run: RunSettings
  report(report: Report): void
}

/** Facts about the other letters linted together, for rules that compare letters. */
export interface WorkspaceFacts {
  /** Companies named in other letters' frontmatter. */
  companies: readonly string[]
  /** Interviewers named in other letters' frontmatter. */
  people: readonly string[]
  /** Other letters to the same company that are nearly the same text as this one. */
  similar: ReadonlyArray<{ path: string; similarity: number }>
}

/** Per-letter settings the pipeline puts on `file.data.letterlint` before running rules. */
export interface RunSettings {
  rules: Record<string, { severity: SeveritySetting; options: Record<string, unknown> }>
  /** Words accepted by the spell checker (personal word list, lower-cased and as written). */
  words: ReadonlySet<string>
  /** Epoch milliseconds standing for "now". */
  now: number
  workspace: WorkspaceFacts
  /** Whether to compute spelling suggestions now (off in editors, which ask for them lazily). */
  suggest: boolean
}

declare module 'vfile' {
  interface DataMap {
    letterlint: RunSettings
  }
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** letterlint severity of this message. */
    severity?: Severity
    fix?: Fix
    suggestions?: Fix[]
  }
}

/** A rule: its metadata and a unified plugin anyone can `.use()`. */
export interface Rule<O extends object = object> {
  meta: RuleMeta<O>
  plugin: (options?: Partial<O>) => Transformer<MdastRoot | NlcstRoot>
}

type RuleDefinition<O extends object, T> = Omit<RuleMeta<O>, 'url'> & {
  check(context: RuleContext<O, T>): void
}

const lineIndexes = new WeakMap<Letter, LineIndex>()

/** Lines of the letter's text, built once per letter (for the findings' places, here and in `lint`). */
export function letterLines(letter: Letter): LineIndex {
  let lines = lineIndexes.get(letter)
  if (!lines) lineIndexes.set(letter, (lines = new LineIndex(letter.text)))
  return lines
}

/**
 * Defines a rule: stamps rule id, source, docs URL and the configured severity on every message,
 * so no rule can forget them. The check runs only when the letter's configuration enables the rule.
 */
export function defineRule<O extends object, T extends MdastRoot | NlcstRoot = MdastRoot | NlcstRoot>(
  definition: RuleDefinition<O, T>,
): Rule<O> {
  const { check, ...rest } = definition
  const meta: RuleMeta<O> = { ...rest, url: `${DOCS_URL}#${definition.id}` }
  const defaults = Object.fromEntries(Object.entries(meta.options).map(([key, spec]) => [key, (spec as OptionSpec<unknown>).default])) as O

  function plugin(attached?: Partial<O>): Transformer<MdastRoot | NlcstRoot> {
    return (tree, file) => {
      const run = file.data.letterlint ?? standaloneSettings()
      const configured = run.rules[meta.id]
      const severity = configured?.severity ?? meta.defaultSeverity
      if (severity === 'off') return
      const options = { ...defaults, ...attached, ...(configured?.options as Partial<O> | undefined) }
      const letter = letterOf(file)
      check({
        tree: tree as T,
        file,
        letter,
        options,
        run,
        report: (report) => stamp(file, letter, meta, severity, report),
      })
    }
  }
  return { meta, plugin }
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 }

function stamp(file: VFile, letter: Letter, meta: Pick<RuleMeta, 'id' | 'note' | 'url'>, configured: Severity, report: Report): VFileMessage {
  const severity = report.severity && RANK[report.severity] < RANK[configured] ? report.severity : configured
  const lines = letterLines(letter)
  const point = (offset: number) => ({ ...lines.position(offset), offset })
  // VFileMessage is an Error: without this it records a stack trace nobody reads, for every finding.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: VFileMessage
  try {
    message = file.message(report.message, {
      place: { start: point(report.at.start), end: point(report.at.end) },
      ruleId: meta.id,
      source: 'letterlint',
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  message.severity = severity
  message.note = report.note ?? meta.note
  message.url = meta.url
  if (report.fix) message.fix = report.fix
  if (report.suggestions && report.suggestions.length > 0) message.suggestions = report.suggestions
  return message
}

/** Settings for a rule used on its own in someone's unified pipeline. */
function standaloneSettings(): RunSettings {
  return { rules: {}, words: new Set(), now: Date.now(), workspace: { companies: [], people: [], similar: [] }, suggest: true }
}

/**
 * Runs another unified transformer (retext-spell, retext-repeated-words) synchronously and takes
 * back the messages it added, so a letterlint rule can re-stamp them.
 */
export function runInner(transformer: Transformer<NlcstRoot>, tree: NlcstRoot, file: VFile): VFileMessage[] {
  const before = file.messages.length
  let failure: unknown
  // The plugin's messages are Errors too: no stack traces for them either ("a a a …" gives one per word).
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let result: unknown
  try {
    result = (transformer as (tree: NlcstRoot, file: VFile, next: (error?: unknown) => void) => unknown)(tree, file, (error) => {
      failure = error
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  if (result instanceof Promise) throw new Error('letterlint can only wrap synchronous transformers')
  if (failure) throw failure
  return file.messages.splice(before)
}

/** The offsets a wrapped plugin's message points at, when it has a range. */
export function messageSpan(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const { start, end } = place
  return start.offset === undefined || end.offset === undefined ? undefined : { start: start.offset, end: end.offset }
}
