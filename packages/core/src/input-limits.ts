import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name'

/**
 * Inputs no letter needs and the Markdown parser handles badly are refused up front, with the
 * reason, instead of being linted for minutes: a file of many megabytes (linting is linear, but a
 * 10 MB file still takes ~40 s and 2 GB), lists and block quotes nested thousands deep
 * (micromark's time grows with the square of the depth, and the tree walkers run out of stack), or
 * a paragraph micromark would scan over and over (see `slowParagraph`).
 */
export interface InputLimits {
  /** Largest text linted, in UTF-8 bytes. */
  maxBytes: number
  /** Deepest nesting of block quotes and list items opened on one line. */
  maxNesting: number
}

/**
 * What the CLI and the language server apply unless told otherwise. 256 KB is about 40,000 words: a
 * hundred times a long letter, linted in well under a second. `lint` itself has no size limit.
 */
export const DEFAULT_INPUT_LIMITS: InputLimits = { maxBytes: 256 * 1024, maxNesting: 64 }

/** Why a text is not linted; `line` (1-based) when one place is to blame. */
export class InputLimitError extends Error {
  override name = 'InputLimitError'

  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

/** "10.1 MB", "256 KB", "1.2 KB", "900 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 10 * 1024) return `${Math.round(bytes / 1024)} KB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}

/** Why a letter of `bytes` is refused: the same words from core and from a CLI that checks the file's size before reading it. */
export function overSizeLimit(bytes: number, maxBytes: number): string {
  return `${formatBytes(bytes)} is over the size limit of ${formatBytes(maxBytes)} for one letter`
}

/** A block quote marker, or a list item marker followed by a space, a tab or the line's end. */
const OPENER = /(?:>|[-+*](?=[ \t\r\n]|$)|\d{1,9}[.)](?=[ \t\r\n]|$))/y

/** Where a line's closing thematic break ("- - -", "***", "___") starts, else `end`: its dashes open no lists. */
function thematicBreakStart(text: string, start: number, end: number): number {
  let at = end
  let marks = 0
  let mark = 0
  while (at > start) {
    const char = text.charCodeAt(at - 1)
    if (char === 0x20 || char === 0x09 || char === 0x0d) at--
    else if ((char === 0x2d || char === 0x2a || char === 0x5f) && (mark === 0 || char === mark)) {
      mark = char
      marks++
      at--
    } else break
  }
  return marks >= 3 ? at : end
}

/**
 * The first line where block quotes and list items nest deeper than `max`, estimated as CommonMark
 * opens them: several on one line ("> > -", "- - -") or one a line with growing indentation. It
 * keeps the content columns of the containers that may still be open; the first marker of a line
 * closes those whose content starts to its right.
 */
function tooDeep(text: string, max: number): { depth: number; line: number } | undefined {
  const open: number[] = []
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    const rule = thematicBreakStart(text, start, end)
    let column = 0
    let first = true
    for (let at = start; at < rule; ) {
      const char = text.charCodeAt(at)
      if (char === 0x20 || char === 0x09) {
        column = char === 0x09 ? column + 4 - (column % 4) : column + 1
        at++
        continue
      }
      OPENER.lastIndex = at
      const marker = OPENER.exec(text)
      if (!marker) break
      if (first) while (open.length > 0 && open[open.length - 1]! > column) open.pop()
      first = false
      column += marker[0].length
      at += marker[0].length
      open.push(column + 1)
    }
    if (open.length > max) return { depth: open.length, line }
    start = end + 1
  }
  return undefined
}

/**
 * micromark looks for the end of each "<!" and "<?" (an HTML comment, declaration or instruction) to
 * the end of its paragraph, and matches each "<", "&" and "]" against the others: one paragraph of
 * 1,000 unclosed "<?" and 250 KB of text took 13 s to parse, 16,000 "]" 2 s. Paragraphs (runs of
 * lines without a blank line, outside fenced code and HTML blocks) are held to these, about half a
 * second of parsing.
 */
const MAX_SCANNED = 8_000_000
const MAX_MARKERS = 5_000

/** A line opening fenced code: three or more backticks or tildes, indented at most three spaces (a backtick fence's info has no backtick). */
const FENCE_OPEN = /^ {0,3}(?:(`{3,})[^`]*|(~{3,}).*)$/
/** A line closing it: the same character, at least as many, nothing after but spaces. */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/
/** Only spaces and tabs make a line blank to CommonMark. */
const BLANK = /^[ \t]*$/

const BLOCK_TAG = new RegExp(`^ {0,3}</?(?:${htmlBlockNames.join('|')})(?:[\\s/>]|$)`, 'i')
/** An open or closing tag alone on its line (CommonMark's seventh kind of HTML block). */
const LONE_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z\d-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z\d-]*\s*>)\s*$/
/** HTML blocks that run until a marker (raw text, comment, instruction, declaration, CDATA), and that marker. */
const HTML_UNTIL: Array<[RegExp, RegExp]> = [
  [new RegExp(`^ {0,3}<(?:${htmlRawNames.join('|')})(?:[\\s>]|$)`, 'i'), new RegExp(`</(?:${htmlRawNames.join('|')})>`, 'i')],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
]

/**
 * How a line after a blank one starts an HTML block, whose lines micromark passes over without
 * looking for inline HTML: `until` the marker that ends it, or `blank` when a blank line does.
 */
function htmlBlock(line: string): { until: RegExp } | 'blank' | undefined {
  for (const [opens, closes] of HTML_UNTIL) if (opens.test(line)) return { until: closes }
  return BLOCK_TAG.test(line) || LONE_TAG.test(line) ? 'blank' : undefined
}

/** The first paragraph over the budgets above, with why. */
function slowParagraph(text: string): { line: number; reason: string } | undefined {
  /** Inside fenced code (its fence), or an HTML block, else undefined. */
  let fence: string | undefined
  let html: { until: RegExp } | 'blank' | undefined
  let run = { line: 0, length: 0, openers: 0, markers: 0 }
  const over = (): string | undefined => {
    if (run.openers * run.length > MAX_SCANNED) return `${run.openers} "<!" or "<?" in ${formatBytes(run.length)} without a blank line`
    if (run.markers > MAX_MARKERS) return `${run.markers} of "<", "&" and "]" without a blank line`
    return undefined
  }
  /** Ends the paragraph being counted; its problem, if any. */
  const close = () => {
    const reason = over()
    run = { line: 0, length: 0, openers: 0, markers: 0 }
    return reason
  }
  const ending = /\r\n?|\n/g
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    const found = ending.exec(text)
    const end = found ? found.index : text.length
    const content = text.slice(start, end)
    const paragraph = run.line
    if (fence !== undefined) {
      const closing = FENCE_CLOSE.exec(content)?.[1]
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = undefined
    } else if (html !== undefined) {
      if (html === 'blank' ? BLANK.test(content) : html.until.test(content)) html = undefined
    } else if (BLANK.test(content)) {
      const reason = close()
      if (reason) return { line: paragraph, reason }
    } else {
      const opening = FENCE_OPEN.exec(content)
      const block = run.line === 0 && !opening ? htmlBlock(content) : undefined
      if (opening || block) {
        const reason = close()
        if (reason) return { line: paragraph, reason }
        if (opening) fence = opening[1] ?? opening[2]
        // A block that ends on its own first line ("<!-- note -->") leaves the next line to a paragraph.
        else if (block === 'blank' || !block!.until.test(content.replace(/^ {0,3}<(?:!--|\?|!\[CDATA\[|!|[A-Za-z]+)/, ''))) html = block
      } else {
        if (run.line === 0) run.line = line
        run.length += end - start + 1
        for (let at = start; at < end; at++) {
          const char = text.charCodeAt(at)
          if (char === 0x3c) {
            run.markers++
            const next = text.charCodeAt(at + 1)
            if (next === 0x21 || next === 0x3f) run.openers++
          } else if (char === 0x26 || char === 0x5d) run.markers++
        }
      }
    }
    if (!found) break
    start = ending.lastIndex
  }
  const reason = over()
  return reason ? { line: run.line, reason } : undefined
}

/** Throws `InputLimitError` when `text` is over a limit; linear in the text's length. */
export function checkInput(text: string, limits: InputLimits): void {
  const { maxBytes, maxNesting } = limits
  // UTF-8 is at most 3 bytes per UTF-16 unit: only count when the text might be over.
  if (text.length * 3 > maxBytes) {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > maxBytes) throw new InputLimitError(overSizeLimit(bytes, maxBytes))
  }
  const deep = tooDeep(text, maxNesting)
  if (deep) throw new InputLimitError(`line ${deep.line} nests block quotes or list items ${deep.depth} deep, more than the ${maxNesting} a letter could need`, deep.line)
  const slow = slowParagraph(text)
  if (slow) throw new InputLimitError(`line ${slow.line} starts a paragraph the Markdown parser would take too long on: ${slow.reason}`, slow.line)
}
