import { isMap, isScalar, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml'
import { locate } from '../config/locate.js'
import type { Span } from '../types.js'

/** When the interview took place; a date alone means its time of day is unknown. */
export interface InterviewTime {
  /** Start of the day (date only) or the exact moment, as epoch milliseconds. */
  at: number
  dateOnly: boolean
  /** The value as written, for messages. */
  text: string
}

/** What a letter's YAML frontmatter declares, after validation. */
export interface Frontmatter {
  /** Interviewers the letter is addressed to. */
  to: string[]
  company?: string
  role?: string
  interviewed?: InterviewTime
  /** What was discussed in the interview. */
  topics: string[]
  /** The writer, expected in the sign-off. */
  from?: string
  /** Per-letter configuration under the `letterlint:` key, validated later with the config schema. */
  config?: unknown
  /** Span of the whole block, `---` fences included. */
  span: Span
  /** Span of each top-level key's value, for placing findings on the field. */
  fields: Record<string, Span>
}

/** A problem in the frontmatter: where, and what is wrong. */
export interface FrontmatterProblem {
  at: Span
  message: string
}

const KNOWN_KEYS = new Set(['to', 'company', 'role', 'interviewed', 'topics', 'from', 'letterlint'])
/** The YAML keys people also use for these fields; accepted so their letters need no rewrite. */
const ALIASES: Record<string, string> = {
  interviewer: 'to',
  interviewers: 'to',
  position: 'role',
  topic: 'topics',
}

/**
 * Most items of a list and characters of a name or phrase that are read: a letter names a few
 * people and topics, and every declared word is compared with every word of the body.
 */
const MAX_ITEMS = 20
const MAX_TEXT = 100

function tooLong(key: string, text: string): string {
  return `Frontmatter \`${key}\` has a value of ${text.length} characters ("${text.slice(0, 20)}…"); names and topics of more than ${MAX_TEXT} are not read.`
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

/**
 * Parses the YAML between the fences. `valueStart` is the offset of the YAML text inside the letter,
 * so that every problem and field span points into the original text.
 */
const recent = new Map<string, { frontmatter: Frontmatter; problems: FrontmatterProblem[] }>()
/** Enough for every letter open in an editor; each keystroke re-lints one whose frontmatter rarely changes. */
const RECENT = 64
/** Longer blocks are parsed every time: frontmatter is a few lines, and 64 remembered parses of a 1 MB block (each edit a new one) held 1.4 GB. */
const RECENT_MAX_LENGTH = 4096

/** `parseFrontmatter`, remembering recent blocks: YAML parsing is a tenth of a letter's lint. */
export function parseFrontmatterCached(yamlText: string, valueStart: number, span: Span): { frontmatter: Frontmatter; problems: FrontmatterProblem[] } {
  if (yamlText.length > RECENT_MAX_LENGTH) return parseFrontmatter(yamlText, valueStart, span)
  const key = `${valueStart}:${span.start}:${span.end}:${yamlText}`
  let found = recent.get(key)
  if (found) recent.delete(key)
  else found = parseFrontmatter(yamlText, valueStart, span)
  recent.set(key, found)
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!)
  // Callers add problems of their own (per-letter settings), so each gets its own list.
  return { frontmatter: found.frontmatter, problems: [...found.problems] }
}

export function parseFrontmatter(
  yamlText: string,
  valueStart: number,
  span: Span,
): { frontmatter: Frontmatter; problems: FrontmatterProblem[] } {
  const frontmatter: Frontmatter = { to: [], topics: [], span, fields: {} }
  const problems: FrontmatterProblem[] = []
  const at = (range: readonly number[] | null | undefined): Span => {
    if (!range) return span
    // A block value's range runs on over the line break after it.
    let end = Math.max(range[1]!, range[0]! + 1)
    while (end > range[0]! + 1 && /\s/.test(yamlText.charAt(end - 1))) end--
    // "to: 🎉 Zoë": an error one unit long at an emoji covers all of it.
    if (/[\uD800-\uDBFF]/.test(yamlText.charAt(end - 1)) && /[\uDC00-\uDFFF]/.test(yamlText.charAt(end))) end++
    return { start: valueStart + range[0]!, end: valueStart + end }
  }

  // Alias bombs ("billion laughs") are refused by the alias limit, not expanded. yaml checks unique
  // keys by comparing each key with every earlier one; `duplicateKeys` does it in one pass.
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false })
  documents.set(frontmatter, { doc, at })
  const errors = [...doc.errors.map((error) => ({ pos: error.pos, message: firstLine(error.message) })), ...duplicateKeys(doc)]
  const openings = errors.length > 0 ? openingsByEnd(doc, yamlText) : undefined
  for (const error of errors) {
    const opening = openings?.get(error.pos[0])
    problems.push({ at: clampToBlock(at(opening === undefined ? error.pos : [opening, opening + 1]), span), message: `Invalid frontmatter: ${error.message}` })
  }
  if (errors.length > 0) return { frontmatter, problems }
  if (doc.contents === null) return { frontmatter, problems }
  if (!isMap(doc.contents)) {
    problems.push({ at: at(doc.contents.range), message: 'Frontmatter should be a mapping of keys (`to:`, `company:`, …).' })
    return { frontmatter, problems }
  }

  for (const pair of doc.contents.items) {
    const keyNode = pair.key as YamlNode | null
    const rawKey = isScalar(keyNode) ? String(keyNode.value) : undefined
    if (rawKey === undefined) continue
    const key = KNOWN_KEYS.has(rawKey) ? rawKey : ALIASES[rawKey]
    if (!key) continue
    const valueNode = pair.value as YamlNode | null
    const where = at(valueNode?.range ?? keyNode?.range)
    frontmatter.fields[key] = where
    let value: unknown
    try {
      value = valueNode ? valueNode.toJS(doc, { maxAliasCount: 50 }) : null
    } catch (error) {
      problems.push({ at: where, message: `Frontmatter \`${rawKey}\`: ${firstLine((error as Error).message)}` })
      continue
    }
    if (value === null || value === undefined) continue
    switch (key) {
      case 'to':
      case 'topics': {
        const list = stringList(value)
        if (!list) {
          problems.push({ at: where, message: `Frontmatter \`${rawKey}\` should be ${key === 'to' ? 'a name or a list of names' : 'a topic or a list of topics'}, not ${describe(value)}.` })
          break
        }
        if (list.length > MAX_ITEMS) problems.push({ at: where, message: `Frontmatter \`${rawKey}\` lists ${list.length} items; letterlint reads the first ${MAX_ITEMS}.` })
        const long = list.find((item) => item.length > MAX_TEXT)
        if (long !== undefined) problems.push({ at: where, message: tooLong(rawKey, long) })
        frontmatter[key] = list.slice(0, MAX_ITEMS).filter((item) => item.length <= MAX_TEXT)
        break
      }
      case 'company':
      case 'role':
      case 'from':
        if (typeof value !== 'string' || !value.trim()) problems.push({ at: where, message: `Frontmatter \`${rawKey}\` should be text, not ${describe(value)}.` })
        else if (value.trim().length > MAX_TEXT) problems.push({ at: where, message: tooLong(rawKey, value.trim()) })
        else frontmatter[key] = value.trim()
        break
      case 'interviewed': {
        const time = interviewTime(value)
        if (time) frontmatter.interviewed = time
        else problems.push({ at: where, message: `Frontmatter \`${rawKey}\` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not ${describe(value)}.` })
        break
      }
      case 'letterlint':
        frontmatter.config = value
        break
    }
  }
  return { frontmatter, problems }
}

const documents = new WeakMap<Frontmatter, { doc: Document; at: (range: readonly number[] | null | undefined) => Span }>()

/** Where a setting under the `letterlint:` key was written: the key or item at `path`, else the whole value. */
export function configSpan(frontmatter: Frontmatter, path: ReadonlyArray<string | number>): Span {
  const parsed = documents.get(frontmatter)
  const whole = frontmatter.fields['letterlint'] ?? frontmatter.span
  const node = parsed && path.length > 0 ? locate(parsed.doc, ['letterlint', ...path]) : undefined
  return parsed && node?.range ? parsed.at(node.range) : whole
}

/**
 * `to: "Dana` or `to: [Ines`: YAML notices the missing quote or bracket where the value ends, but the
 * slip is where it opens. By the offset where a value ends, the offset of the quote or bracket that
 * opens it (the first such value in document order); one walk for all errors.
 */
function openingsByEnd(doc: Document, yamlText: string): Map<number, number> {
  const openings = new Map<number, number>()
  visit(doc, (_, node) => {
    const range = (node as YamlNode | null)?.range
    if (range && !openings.has(range[1]) && /["'[{]/.test(yamlText.charAt(range[0]))) openings.set(range[1], range[0])
  })
  return openings
}

/** yaml's "Map keys must be unique" errors (scalar keys of equal value in one mapping), found with one set per mapping. */
function duplicateKeys(doc: Document): Array<{ pos: [number, number]; message: string }> {
  const found: Array<{ pos: [number, number]; message: string }> = []
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        // Other keys are equal only to themselves, and NaN to nothing.
        if (!isScalar(key) || Number.isNaN(key.value)) continue
        if (seen.has(key.value) && key.range) found.push({ pos: [key.range[0], key.range[0] + 1], message: 'Map keys must be unique' })
        seen.add(key.value)
      }
    },
  })
  // Inner mappings are visited after the one holding them: back to the order of the text.
  return found.sort((a, b) => a.pos[0] - b.pos[0])
}

/** "---" and YAML keys with no closing "---": remark sees a rule and a paragraph, the writer meant frontmatter. */
export function unclosedFrontmatter(text: string): FrontmatterProblem | undefined {
  const open = /^---[ \t]*\r?\n(?:[ \t]*\r?\n)*[A-Za-z_][\w-]*:(?:[ \t]|\r?\n)/.exec(text)
  if (!open) return undefined
  return { at: { start: 0, end: 3 }, message: 'Frontmatter is not closed: add a `---` line after its last field.' }
}

function stringList(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : [value]
  if (!items.every((item) => typeof item === 'string')) return undefined
  return items.map((item: string) => item.trim()).filter(Boolean)
}

function interviewTime(value: unknown): InterviewTime | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { at: value.getTime(), dateOnly: false, text: value.toISOString() }
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const date = DATE.exec(text)
  if (date) {
    const [, y, m, d] = date
    const local = new Date(Number(y), Number(m) - 1, Number(d))
    if (local.getMonth() !== Number(m) - 1) return undefined
    return { at: local.getTime(), dateOnly: true, text }
  }
  if (DATE_TIME.test(text)) {
    const at = Date.parse(text.replace(' ', 'T'))
    if (!Number.isNaN(at)) return { at, dateOnly: false, text }
  }
  return undefined
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`
  if (Array.isArray(value)) return 'a list of mixed values'
  if (value && typeof value === 'object') return 'a mapping'
  return String(value)
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

function clampToBlock(at: Span, block: Span): Span {
  const start = Math.min(Math.max(at.start, block.start), block.end - 1)
  return { start, end: Math.min(Math.max(at.end, start + 1), block.end) }
}
