import type { Block, SignOff, Structure } from './structure.js'
import { blockLines, isNameLine, plain, type Line } from './lines.js'

const CLOSING =
  /^(?:(?:with )?(?:best|kind|kindest|warm|warmest|many)(?: regards| wishes)?|regards|sincerely(?: yours)?|yours (?:sincerely|truly|faithfully|respectfully)|respectfully(?: yours)?|thank you(?: (?:again|so much))?|thanks(?: (?:again|so much))?|many thanks|cheers|warmly|all the best|with (?:gratitude|appreciation|thanks)|gratefully|cordially|take care|talk soon)$/i

/** "P.S. I attached the runbook": a postscript after the sign-off, still part of the letter. */
const POSTSCRIPT = /^(?:P\.?\s?)+S\b/i
/** Blocks after the sign-off that may hide it: postscripts and a contact block. */
const MAX_TRAILERS = 3

/** Finds the closing line and the name under it at the end of the body, and takes them out of it. */
export function takeSignOff(structure: Structure): void {
  const blocks = structure.blocks
  for (let end = blocks.length - 1; end >= 0 && end >= blocks.length - 1 - MAX_TRAILERS; end--) {
    // Every block after the sign-off must be a postscript or a contact block.
    if (end < blocks.length - 1 && !isTrailer(blocks[end + 1]!)) return
    const trailers = blocks.length - 1 - end
    if (!signOffEndingAt(structure, end)) continue
    // A contact block under the name is signature, not body; a postscript is body.
    const kept = blocks.slice(blocks.length - trailers).filter(isPostscript)
    blocks.splice(blocks.length - trailers, trailers, ...kept)
    return
  }
}

function isPostscript(block: Block): boolean {
  return block.kind === 'paragraph' && POSTSCRIPT.test(plain(block.text))
}

/** "alex@example.com · (555) 123-4567": a few short lines that are not sentences. */
function isTrailer(block: Block): boolean {
  if (isPostscript(block)) return true
  const lines = blockLines(block).filter((line) => line.text)
  return block.kind === 'paragraph' && lines.length <= 3 && lines.every((line) => line.text.split(/\s+/).length <= 12 && !/[.?!:;]$/.test(plain(line.text)))
}

/** Whether block `index` ends with the sign-off (or is the name under a closing paragraph); takes it out. */
function signOffEndingAt(structure: Structure, index: number): boolean {
  const blocks = structure.blocks
  const last = blocks[index]
  if (!last || last.kind !== 'paragraph') return false
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
    cutTail(structure, index, closingLine.start)
    return true
  }

  // "Best regards," as its own paragraph with the name in the next one.
  const previous = blocks[index - 1]
  const previousLines = previous?.kind === 'paragraph' ? blockLines(previous) : []
  const previousLast = previousLines[previousLines.length - 1]
  if (lines.length <= 3 && isNameLine(lines[0]!.text) && previousLast && isClosing(previousLast.text)) {
    structure.signOff = { closing: closingOf(previousLast), name: lines[0]! }
    blocks.splice(index, 1)
    cutTail(structure, index - 1, previousLast.start)
    return true
  }
  return false
}

function isClosing(line: string): boolean {
  const text = plain(line)
  const [head] = text.split(/[,!—–]/)
  if (CLOSING.test(text.replace(/[,.!—–-]+$/, ''))) return true
  // "Best, Alex" on one line.
  return head !== undefined && head !== text && CLOSING.test(head.trim()) && isNameLine(text.slice(head.length + 1))
}

function closingOf(line: Line): Line {
  const comma = line.text.search(/[,!—–]/)
  const inline = comma !== -1 && isNameLine(line.text.slice(comma + 1)) && line.text.slice(comma + 1).trim().length > 0
  const end = inline ? line.start + comma + 1 : line.end
  return { start: line.start, end, text: line.text.slice(0, end - line.start) }
}

function inlineName(line: Line): Line | undefined {
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
