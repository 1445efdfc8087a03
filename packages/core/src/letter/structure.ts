import type { Root, RootContent } from 'mdast'
import type { Span } from '../types.js'
import { GENERIC_ADDRESSEE } from '../vocab/words.js'
import { blockLines, MAX_NAME_WORDS, plain } from './lines.js'
import { takeSignOff } from './sign-off.js'

export { blockLines } from './lines.js'

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

const EMAIL_HEADER = /^(?:subject|re|fwd?|to|cc|from|date):\s*\S/i
const SALUTATION = /^(to whom it may concern|dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\b/i

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
  // "Subject: Thank you — Data Platform Engineer": a letter drafted for e-mail may open with header
  // lines; like a heading, they stand before the greeting.
  for (const block of blocks) {
    if (block.kind === 'heading') continue
    if (block.kind !== 'paragraph' || !blockLines(block).every((line) => EMAIL_HEADER.test(line.text))) break
    block.kind = 'heading'
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
