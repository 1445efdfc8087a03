import type { Root as MdastRoot } from 'mdast'
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { presetConfig, type Config } from './config/config.js'
import { letterLines, type RunSettings, type WorkspaceFacts } from './define-rule.js'
import { parseDirectives, suppressor } from './directives.js'
import { checkInput, DEFAULT_INPUT_LIMITS, type InputLimits } from './input-limits.js'
import type { Letter } from './letter/letter.js'
import { evidence, SPECIFICS, type Specific } from './letter/specifics.js'
import { letterProcessor } from './pipeline.js'
import { LineIndex } from './text/line-index.js'
import type { Finding, Fix, Severity } from './types.js'
import { fingerprint } from './workspace/fingerprint.js'

/** How to lint one letter. */
export interface LintOptions {
  /** Resolved configuration; the `recommended` preset when omitted. */
  config?: Config
  /** Epoch milliseconds standing for "now" (tests pin it). */
  now?: number
  /** What the other letters linted together show. */
  workspace?: Partial<WorkspaceFacts>
  /**
   * Whether spelling findings carry suggestions (default true). Editors turn this off and ask
   * `suggestSpelling` when a quick fix is wanted, so the first diagnostics never wait for the index.
   */
  suggest?: boolean
  /**
   * Whether to compute the letter's MinHash fingerprint (`facts.fingerprint`) for comparing it with
   * other letters. Off by default: one letter alone has nothing to be compared with.
   */
  fingerprint?: boolean
  /**
   * Refuse (with `InputLimitError`) texts over these limits. By default only nesting is limited
   * (deeper trees overflow the parser's stack); callers reading files choose a size limit.
   */
  limits?: Partial<InputLimits>
}

/** What a letter is made of, for summaries and for comparing letters. */
export interface LetterFacts {
  /** Words in the body (greeting and sign-off excluded). */
  words: number
  /** Paragraphs in the body. */
  paragraphs: number
  sentences: number
  /** Frontmatter fields as declared, when the letter has frontmatter. */
  frontmatter?: { to: string[]; company?: string; role?: string; interviewed?: string; topics: string[]; from?: string }
  /** Interviewers (declared, or greeted by name), company and role, as the rules see them. */
  to: string[]
  company?: string
  role?: string
  /** Which specifics the letter shows. */
  specifics: Record<Specific, boolean>
  /** MinHash signature of the body, for finding near-identical letters; computed when asked and `unique-letter` is on. */
  fingerprint?: Uint32Array
}

/** Findings, in text order, and facts of one letter. */
export interface LintResult {
  findings: Finding[]
  facts: LetterFacts
}

const BOM = 0xfeff

/** Lints one letter: every enabled rule, inline directives applied, offsets into `text` as given. */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  checkInput(text, { maxBytes: Number.POSITIVE_INFINITY, maxNesting: DEFAULT_INPUT_LIMITS.maxNesting, ...options.limits })
  // remark skips a byte order mark without counting it; parse without it and shift offsets back. A
  // second mark would be skipped too (after the first is gone), so every leading one goes.
  let shift = 0
  while (text.charCodeAt(shift) === BOM) shift++
  const file = new VFile({ value: shift ? text.slice(shift) : text })
  const config = options.config ?? presetConfig('recommended')
  const run: RunSettings = {
    rules: config.rules,
    words: new Set([...config.words, ...config.words.map((word) => word.toLowerCase())]),
    now: options.now ?? Date.now(),
    workspace: { companies: [], people: [], similar: [], ...options.workspace },
    suggest: options.suggest ?? true,
  }
  file.data.letterlint = run
  const processor = letterProcessor()
  const tree = processor.parse(file) as MdastRoot
  await processor.run(tree, file)
  const letter = file.data.letter!

  // Without a byte order mark the letter's text is the text, and its lines are already known.
  const lines = shift === 0 ? letterLines(letter) : new LineIndex(text)
  const silenced = suppressor(parseDirectives(tree, letter.text), (offset) => lines.position(offset + shift).line)
  const findings = file.messages
    .filter((message) => message.source === 'letterlint')
    .map((message) => toFinding(message, shift, lines))
    .filter((finding) => !silenced(finding.ruleId, finding.start - shift))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
  return { findings, facts: factsOf(letter, options.fingerprint === true && config.rules['unique-letter']?.severity !== 'off') }
}

function moveFix(fix: Fix, shift: number): Fix {
  return shift === 0 ? fix : { ...fix, edits: fix.edits.map((edit) => ({ ...edit, start: edit.start + shift, end: edit.end + shift })) }
}

/** Converts a stamped unified message to the public `Finding` at core's edge. */
function toFinding(message: VFileMessage, shift: number, lines: LineIndex): Finding {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const start = (place?.start.offset ?? 0) + shift
  const end = (place?.end.offset ?? place?.start.offset ?? 0) + shift
  const from = lines.position(start)
  const to = lines.position(end)
  const finding: Finding = {
    ruleId: message.ruleId!,
    severity: message.severity ?? (message.fatal ? 'error' : message.fatal === false ? 'warning' : ('info' as Severity)),
    message: message.reason,
    start,
    end,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
  }
  if (message.note) finding.note = message.note
  if (message.url) finding.url = message.url
  if (message.fix) finding.fix = moveFix(message.fix, shift)
  if (message.suggestions) finding.suggestions = message.suggestions.map((fix) => moveFix(fix, shift))
  return finding
}

function factsOf(letter: Letter, withFingerprint: boolean): LetterFacts {
  const frontmatter = letter.frontmatter
  const facts: LetterFacts = {
    words: letter.wordCount,
    paragraphs: letter.structure.blocks.filter((block) => block.kind !== 'heading' && block.kind !== 'code').length,
    sentences: letter.sentences.length,
    to: letter.to,
    specifics: Object.fromEntries(SPECIFICS.map((specific) => [specific, evidence(letter, specific) !== undefined])) as Record<Specific, boolean>,
  }
  if (frontmatter) {
    facts.frontmatter = { to: frontmatter.to, topics: frontmatter.topics }
    if (frontmatter.company) facts.frontmatter.company = frontmatter.company
    if (frontmatter.role) facts.frontmatter.role = frontmatter.role
    if (frontmatter.interviewed) facts.frontmatter.interviewed = frontmatter.interviewed.text
    if (frontmatter.from) facts.frontmatter.from = frontmatter.from
  }
  if (letter.company) facts.company = letter.company
  if (letter.role) facts.role = letter.role
  const print = withFingerprint ? fingerprint(letter) : undefined
  if (print) facts.fingerprint = print
  return facts
}
