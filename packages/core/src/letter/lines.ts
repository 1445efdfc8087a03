import type { Span } from '../types.js'

/** A line of a block: its text without indentation or trailing hard-break markers, and its offsets. */
export type Line = Span & { text: string }

/** Markdown decoration that may wrap a greeting or signature line. */
const DECORATION = /[*_`\\]+/g
/** Most words a name (in a greeting or under a closing) has. */
export const MAX_NAME_WORDS = 6

/** Lines of a block with their offsets, trailing hard-break markers and spaces trimmed. */
export function blockLines(block: Line): Line[] {
  const lines: Line[] = []
  let offset = block.start
  for (const raw of block.text.split('\n')) {
    const trimmed = raw.replace(/(?:\s|\\)+$/, '')
    const lead = trimmed.length - trimmed.trimStart().length
    lines.push({ start: offset + lead, end: offset + trimmed.length, text: trimmed.trimStart() })
    offset += raw.length + 1
  }
  return lines
}

/** A line without its Markdown decoration. */
export function plain(line: string): string {
  return line.replace(DECORATION, '').trim()
}

/** "Alex Rivera", "Alex R.": a few words, not a sentence. */
export function isNameLine(text: string): boolean {
  const words = plain(text).split(/\s+/).filter(Boolean)
  return words.length > 0 && words.length <= MAX_NAME_WORDS && !/[.?!:;]$/.test(plain(text).replace(/\b[A-Z]\.$/, ''))
}

