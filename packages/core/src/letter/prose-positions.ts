import type { Root as MdastRoot, Text } from 'mdast'
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

/** unified plugin (Markdown phase): notes the text nodes whose value differs from their source. */
export function remarkShrunkText() {
  return (tree: MdastRoot, file: VFile): undefined => {
    const source = String(file.value)
    const shrunk: ShrunkText[] = []
    visit(tree, 'text', (node: Text) => {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start === undefined || end === undefined) return
      const written = source.slice(start, end)
      if (written !== node.value) shrunk.push({ start, length: node.value.length, ...align(node.value, written, start) })
    })
    file.data.shrunkText = shrunk.sort((a, b) => a.start - b.start)
  }
}

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iy

/**
 * Where each character of `value` is written in `written`: as itself, escaped ("\*") or as an entity
 * ("&eacute;"), after the indent or block quote marker remark dropped from a continuation line. One
 * pass: only whitespace and ">" are ever skipped.
 */
function align(value: string, written: string, offset: number): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  let p = 0
  let i = 0
  for (const char of value) {
    while (p < written.length && /[\s>]/.test(written[p]!) && !written.startsWith(char, p)) p++
    ENTITY.lastIndex = p
    const entity = written[p] === '&' ? ENTITY.exec(written) : null
    // "&amp;" is an entity for "&", but "&T;" in "AT&T;" is the text itself.
    const literal = written.startsWith(char, p) && !(entity && written[p + 1] !== value[i + char.length])
    const escaped = written[p] === '\\' && written.startsWith(char, p + 1)
    // Anything else (a NUL read as U+FFFD) keeps step with the source.
    const length = literal ? char.length : escaped ? char.length + 1 : entity ? entity[0].length : char.length
    for (let k = 0; k < char.length; k++) {
      starts.push(offset + p)
      ends.push(offset + Math.min(p + length, written.length))
    }
    p = Math.min(p + length, written.length)
    i += char.length
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
    const fix = (node: Node): void => {
      const children = (node as Parent).children
      if (children) {
        children.forEach(fix)
        const first = children.find((child) => child.position)?.position
        const last = children.findLast((child) => child.position)?.position
        if (first && last) node.position = { start: { ...first.start }, end: { ...last.end } }
      } else if (node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
        node.position = { start: point(move(node.position.start.offset, false)), end: point(move(node.position.end.offset, true)) }
      }
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
