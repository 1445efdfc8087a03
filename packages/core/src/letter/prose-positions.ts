import type { Root as MdastRoot, Paragraph, RootContent, Text } from 'mdast'
import type { Root as NlcstRoot } from 'nlcst'
import type { Node, Parent } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { LineIndex } from '../text/line-index.js'

/**
 * A Markdown text node whose value is shorter than its source: "and\n   the" loses the indent of its
 * second line, "\*" its backslash, "&amp;" its entity. remark-retext places words by counting the
 * value's characters from the node's start, so every word after such a spot drifts.
 */
interface ShrunkText {
  start: number
  length: number
  /** Source offsets where each UTF-16 unit of the value starts and ends (an escape or entity included). */
  starts: number[]
  ends: number[]
}

declare module 'vfile' {
  interface DataMap {
    shrunkText: ShrunkText[]
  }
}

/** Longest text node handed to remark-retext in one piece (it spreads each node's words into an argument list). */
const CHUNK = 20_000

/**
 * unified plugin (Markdown phase, right before remark-retext): notes the text nodes whose value differs
 * from their source, and splits giant ones at spaces, so that a huge paragraph cannot overflow the stack
 * of mdast-util-to-nlcst.
 */
export function remarkProseText() {
  return (tree: MdastRoot, file: VFile): undefined => {
    const source = String(file.value)
    // Needed only to split a giant text node, which nearly no letter has.
    let lines: LineIndex | undefined
    const point = (offset: number) => ({ ...(lines ??= new LineIndex(source)).position(offset), offset })
    const shrunk: ShrunkText[] = []
    visit(tree, 'text', (node: Text, index, parent) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return undefined
      const written = source.slice(start, end)
      const map = written === node.value ? undefined : align(node.value, written, start)
      const pieces = split(node.value)
      const from = (a: number) => (a === 0 ? start : map ? map.starts[a]! : start + a)
      const to = (b: number) => (b === node.value.length ? end : map ? map.ends[b - 1]! : start + b)
      if (map) for (const [a, b] of pieces) shrunk.push({ start: from(a), length: b - a, starts: map.starts.slice(a, b), ends: map.ends.slice(a, b) })
      if (pieces.length === 1 || !parent || index === undefined) return undefined
      const nodes: Text[] = pieces.map(([a, b]) => ({ type: 'text', value: node.value.slice(a, b), position: { start: point(from(a)), end: point(to(b)) } }))
      parent.children.splice(index, 1, ...nodes)
      return index + nodes.length
    })
    file.data.shrunkText = shrunk.sort((a, b) => a.start - b.start)
    splitParagraphs(tree)
  }
}

/**
 * mdast-util-to-nlcst also spreads each top-level block's words at once: a giant paragraph becomes
 * several, cut between its (already cut) inline nodes. They stay on one line, so the prose sees one
 * paragraph still.
 */
function splitParagraphs(tree: MdastRoot): void {
  // Nearly every letter has no such paragraph, and its tree is left as it was.
  if (!tree.children.some(mayBeLong)) return
  tree.children = tree.children.flatMap((block): RootContent[] => {
    if (!mayBeLong(block)) return [block]
    const groups: Paragraph[] = []
    let size = CHUNK
    for (const child of block.children) {
      const length = (child.position?.end.offset ?? 0) - (child.position?.start.offset ?? 0)
      if (size + length > CHUNK) groups.push({ type: 'paragraph', children: [] })
      size = size + length > CHUNK ? length : size + length
      groups[groups.length - 1]!.children.push(child)
    }
    if (groups.length === 1) return [block]
    for (const group of groups) {
      const first = group.children[0]!.position
      const last = group.children[group.children.length - 1]!.position
      if (first && last) group.position = { start: first.start, end: last.end }
    }
    return groups
  })
}

/** A paragraph of several inline nodes that may hold more than CHUNK characters. */
function mayBeLong(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph' || block.children.length < 2) return false
  const start = block.position?.start.offset
  const end = block.position?.end.offset
  return start === undefined || end === undefined || end - start > CHUNK
}

/** Ranges of at most CHUNK characters, cut after a space where there is one (never inside a surrogate pair). */
function split(value: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = []
  let from = 0
  while (value.length - from > CHUNK) {
    const space = value.lastIndexOf(' ', from + CHUNK - 1)
    let cut = space > from ? space + 1 : from + CHUNK
    if (/[\uD800-\uDBFF]/.test(value[cut - 1]!)) cut--
    pieces.push([from, cut])
    from = cut
  }
  pieces.push([from, value.length])
  return pieces
}

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iy
/** The character references that stand for "&" itself. */
const AMPERSAND = /^&(?:amp|AMP|#0*38|#[xX]0*26);$/

/**
 * Where each character of `value` is written in `written`: as itself, escaped ("\*") or as an entity
 * ("&eacute;"), after the indent or block quote marker remark dropped from a continuation line. One
 * pass: only whitespace and ">" are ever skipped.
 */
function align(value: string, written: string, offset: number): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  let p = 0
  for (const char of value) {
    while (p < written.length && /[\s>]/.test(written[p]!) && !written.startsWith(char, p)) p++
    ENTITY.lastIndex = p
    const entity = written[p] === '&' ? ENTITY.exec(written) : null
    // "&amp;" is an entity for "&", but "&T;" in "AT&T;" is the text itself: only a reference to "&"
    // decodes to "&" (any other valid one decodes to another character).
    const literal = written.startsWith(char, p) && !(entity && AMPERSAND.test(entity[0]))
    const escaped = written[p] === '\\' && written.startsWith(char, p + 1)
    // Anything else (a NUL read as U+FFFD) keeps step with the source.
    const length = literal ? char.length : escaped ? char.length + 1 : entity ? entity[0].length : char.length
    for (let k = 0; k < char.length; k++) {
      starts.push(offset + p)
      ends.push(offset + Math.min(p + length, written.length))
    }
    p = Math.min(p + length, written.length)
  }
  return { starts, ends }
}

/** unified plugin (prose phase): moves every prose node back onto the source text it came from. */
export function retextSourcePositions() {
  return (tree: NlcstRoot, file: VFile): undefined => {
    const shrunk = file.data.shrunkText ?? []
    if (shrunk.length === 0) return
    const lines = new LineIndex(String(file.value))
    const point = (offset: number) => ({ ...lines.position(offset), offset })
    const move = (offset: number, isEnd: boolean): number => {
      const text = containing(shrunk, offset, isEnd)
      if (!text) return offset
      const index = offset - text.start
      // An end at a node's first character closes whatever came before it, which is not shifted.
      return isEnd ? (index === 0 ? offset : text.ends[index - 1]!) : text.starts[index]!
    }
    /** Moves a node and what it holds; whether its place changed (most nodes lie outside every shrunk text and keep theirs). */
    const fix = (node: Node): boolean => {
      const children = (node as Parent).children
      if (children) {
        let moved = false
        for (const child of children) moved = fix(child) || moved
        if (!moved) return false
        const first = children.find((child) => child.position)?.position
        const last = children.findLast((child) => child.position)?.position
        if (first && last) node.position = { start: { ...first.start }, end: { ...last.end } }
        return true
      }
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return false
      const from = move(start, false)
      const to = move(end, true)
      if (from === start && to === end) return false
      node.position = { start: point(from), end: point(to) }
      return true
    }
    fix(tree)
  }
}

/** The shrunk text node whose value a prose offset counts into, by binary search. */
function containing(shrunk: readonly ShrunkText[], offset: number, isEnd: boolean): ShrunkText | undefined {
  let low = 0
  let high = shrunk.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (shrunk[mid]!.start <= offset) low = mid
    else high = mid - 1
  }
  const text = shrunk[low]
  if (!text || text.start > offset) return undefined
  const index = offset - text.start
  return (isEnd ? index <= text.length : index < text.length) ? text : undefined
}
