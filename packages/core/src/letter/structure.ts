import type { Root, RootContent } from 'mdast'
import type { Span } from '../types.js'
import { GENERIC_ADDRESSEE } from '../vocab/words.js'

/** A block of the letter's body: a paragraph, a list, a quote; `text` is the source slice. */
export interface Block extends Span {
  kind: 'paragraph' | 'list' | 'blockquote' | 'table' | 'code' | 'heading'
  text: string
}

/** The salutation line: `Dear Ms. Whitfield,`. */
export interface Greeting extends Span {
  text: string
  /** The salutation word(s) as written: `Dear`, `To whom it may concern`. */
  salutation: string
  /** Who is greeted, as written (`Ms. Whitfield`), when anyone is. */
  name?: string
  nameSpan?: Span
}

/** The closing line (`Best regards,`) and the writer's name under it. */
export interface SignOff {
  closing: Span & { text: string }
  name?: Span & { text: string }
}

/** The parts of a letter found in its Markdown structure. */
export interface Structure {
  greeting?: Greeting
  signOff?: SignOff
  /** Body blocks between greeting and sign-off, in order. */
  blocks: Block[]
  /** Where the letter's content starts, after frontmatter. */
  contentStart: number
}

const SALUTATION = /^(to whom it may concern|dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b/i
const CLOSING =
  /^(?:(?:with )?(?:best|kind|kindest|warm|warmest|many)(?: regards| wishes)?|regards|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully|respectfully)|respectfully(?: yours)?|thank you(?: (?:again|so much))?|thanks(?: (?:again|so much))?|many thanks|cheers|warmly|all the best|with (?:gratitude|appreciation|thanks)|gratefully|cordially|take care|talk soon)$/i
/** Markdown decoration that may wrap a greeting or signature line. */
const DECORATION = /[*_`\\]+/g
const MAX_NAME_WORDS = 6

/** Finds greeting, sign-off and body blocks among the root's top-level nodes. */
export function analyseStructure(tree: Root, text: string): Structure {
  const blocks: Block[] = []
  let contentStart = 0
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      contentStart = node.position?.end.offset ?? 0
      continue
    }
    const block = toBlock(node, text)
    if (block) blocks.push(block)
  }
  const structure: Structure = { blocks, contentStart }
  takeGreeting(structure)
  takeSignOff(structure)
  return structure
}

function toBlock(node: RootContent, text: string): Block | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const kinds: Record<string, Block['kind']> = {
    paragraph: 'paragraph',
    list: 'list',
    blockquote: 'blockquote',
    table: 'table',
    code: 'code',
    heading: 'heading',
  }
  const kind = kinds[node.type]
  return kind ? { kind, start, end, text: text.slice(start, end) } : undefined
}

/** Lines of a block with their offsets, trailing hard-break markers and spaces trimmed. */
export function blockLines(block: Block): Array<Span & { text: string }> {
  const lines: Array<Span & { text: string }> = []
  let offset = block.start
  for (const raw of block.text.split('\n')) {
    const trimmed = raw.replace(/(?:\s|\\)+$/, '')
    const lead = trimmed.length - trimmed.trimStart().length
    lines.push({ start: offset + lead, end: offset + trimmed.length, text: trimmed.trimStart() })
    offset += raw.length + 1
  }
  return lines
}

function plain(line: string): string {
  return line.replace(DECORATION, '').trim()
}

/** A word that can stand in a greeting's name: `Dana`, `Ms.`, `O'Brien`, `and`, `&`. */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}'’.-]*|and|&)$/u

/** Whether the text between a salutation and its punctuation is a name, or a generic addressee. */
function isAddressee(text: string): boolean {
  const words = plain(text).replace(/^[\s,]+/, '').split(/[\s,]+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  return words.every((word) => NAME_WORD.test(word)) || GENERIC_ADDRESSEE.test(words.join(' '))
}

/**
 * "Dear Dana, thank you for…": the end of a named greeting that the first sentence follows on the
 * same line, or `undefined` when the line is a greeting alone or a sentence.
 */
function inlineGreetingEnd(line: string, salutationEnd: number): number | undefined {
  let end: number | undefined
  for (const punct of line.slice(salutationEnd).matchAll(/[,:;!—–]/g)) {
    const at = salutationEnd + punct.index
    const segment = line.slice(salutationEnd, at)
    // "Hi, Dana, thanks…": a comma right after the salutation comes before the name.
    if (end === undefined && !segment.trim()) continue
    if (!isAddressee(segment)) break
    end = at + 1
  }
  if (end === undefined) return undefined
  // "**Dear Dana,** thank you": the decoration closing the greeting belongs to it.
  end += /^[*_]*/.exec(line.slice(end))![0].length
  return line.slice(end).trim() ? end : undefined
}

function takeGreeting(structure: Structure): void {
  const index = structure.blocks.findIndex((block) => block.kind !== 'heading')
  const block = structure.blocks[index]
  if (!block || block.kind !== 'paragraph') return
  const [first, ...rest] = blockLines(block)
  if (!first) return
  const match = SALUTATION.exec(plain(first.text))
  if (!match) return
  const salutationEnd = first.text.indexOf(match[1]!) + match[1]!.length
  const inlineEnd = inlineGreetingEnd(first.text, salutationEnd)
  const line = inlineEnd === undefined ? first : { start: first.start, end: first.start + inlineEnd, text: first.text.slice(0, inlineEnd) }
  if (plain(line.text).split(/\s+/).length > MAX_NAME_WORDS + 3) return
  // "Hello, I wanted to say…" is a sentence, not a salutation line.
  if (/[.?]$/.test(line.text) && !/\b(?:Mr|Ms|Mrs|Dr|Mx|Prof)\.$/.test(line.text)) return

  const greeting: Greeting = { start: line.start, end: line.end, text: line.text, salutation: match[1]! }
  // "Hi, Dana,": the comma after the salutation is not part of the name.
  const nameText = line.text.slice(salutationEnd).replace(/[,:;!—–-]+[*_]*\s*$/, '').replace(/^[\s,]+/, '')
  const name = plain(nameText)
  if (name && !/^[,:;!]/.test(name)) {
    greeting.name = name
    // The span covers the name without its emphasis markers, so a replacement keeps them.
    const bareName = nameText.replace(/^[*_`]+|[*_`\s]+$/g, '')
    const nameStart = line.start + line.text.indexOf(bareName, salutationEnd)
    greeting.nameSpan = { start: nameStart, end: nameStart + bareName.length }
  }
  structure.greeting = greeting

  const after = first.text.slice(line.text.length)
  const bodyStart = inlineEnd === undefined ? rest.find((l) => l.text.length > 0)?.start : line.end + after.length - after.trimStart().length
  if (bodyStart !== undefined) {
    structure.blocks[index] = { kind: 'paragraph', start: bodyStart, end: block.end, text: block.text.slice(bodyStart - block.start) }
  } else {
    structure.blocks.splice(index, 1)
  }
}

function isNameLine(text: string): boolean {
  const words = plain(text).split(/\s+/).filter(Boolean)
  return words.length > 0 && words.length <= MAX_NAME_WORDS && !/[.?!:;]$/.test(plain(text).replace(/\b[A-Z]\.$/, ''))
}

function takeSignOff(structure: Structure): void {
  const blocks = structure.blocks
  const last = blocks[blocks.length - 1]
  if (!last || last.kind !== 'paragraph') return
  const lines = blockLines(last)

  const closingAt = lines.findLastIndex((line) => isClosing(line.text))
  if (closingAt !== -1) {
    const closingLine = lines[closingAt]!
    const signOff: SignOff = { closing: closingOf(closingLine) }
    const inline = inlineName(closingLine)
    const nameLine = lines.slice(closingAt + 1).find((line) => line.text.length > 0)
    if (inline) signOff.name = inline
    else if (nameLine && isNameLine(nameLine.text)) signOff.name = nameLine
    structure.signOff = signOff
    cutTail(structure, blocks.length - 1, closingLine.start)
    return
  }

  // "Best regards," as its own paragraph with the name in the next one.
  const previous = blocks[blocks.length - 2]
  const previousLines = previous?.kind === 'paragraph' ? blockLines(previous) : []
  const previousLast = previousLines[previousLines.length - 1]
  if (lines.length <= 3 && isNameLine(lines[0]!.text) && previousLast && isClosing(previousLast.text)) {
    structure.signOff = { closing: closingOf(previousLast), name: lines[0]! }
    blocks.pop()
    cutTail(structure, blocks.length - 1, previousLast.start)
  }
}

function isClosing(line: string): boolean {
  const text = plain(line)
  const [head] = text.split(/[,!—–]/)
  if (CLOSING.test(text.replace(/[,.!—–-]+$/, ''))) return true
  // "Best, Alex" on one line.
  return head !== undefined && head !== text && CLOSING.test(head.trim()) && isNameLine(text.slice(head.length + 1))
}

function closingOf(line: Span & { text: string }): Span & { text: string } {
  const comma = line.text.search(/[,!—–]/)
  const inline = comma !== -1 && isNameLine(line.text.slice(comma + 1)) && line.text.slice(comma + 1).trim().length > 0
  const end = inline ? line.start + comma + 1 : line.end
  return { start: line.start, end, text: line.text.slice(0, end - line.start) }
}

function inlineName(line: Span & { text: string }): (Span & { text: string }) | undefined {
  const comma = line.text.search(/[,!—–]/)
  if (comma === -1) return undefined
  const rest = line.text.slice(comma + 1)
  const name = rest.trim()
  if (!name || !isNameLine(name)) return undefined
  const start = line.start + comma + 1 + (rest.length - rest.trimStart().length)
  return { start, end: start + name.length, text: name }
}

/** Removes the sign-off lines from the end of a body block. */
function cutTail(structure: Structure, index: number, from: number): void {
  const block = structure.blocks[index]!
  const kept = block.text.slice(0, from - block.start).replace(/\s+$/, '')
  if (kept) structure.blocks[index] = { ...block, end: block.start + kept.length, text: kept }
  else structure.blocks.splice(index, 1)
}
