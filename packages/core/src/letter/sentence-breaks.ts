import type { Paragraph, ParagraphContent, Sentence, SentenceContent } from 'nlcst'
import { ParseLatin } from 'parse-latin'

/** White space holding two or more line breaks: a blank line, which ends a sentence. */
function isBlankLine(node: SentenceContent): boolean {
  return node.type === 'WhiteSpaceNode' && (node.value.match(/\r\n|\r|\n/g)?.length ?? 0) >= 2
}

/**
 * parse-latin's `breakImplicitSentences` in one pass: it splits a sentence at each blank line inside
 * it by copying the rest of the sentence every time, so a letter whose paragraphs or list items lack
 * closing punctuation ("- item" 37,000 times, 256 KB) took 13 s. Same pieces, same positions.
 */
export function breakImplicitSentences(paragraph: Paragraph): undefined {
  const out: ParagraphContent[] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      out.push(child)
      continue
    }
    const children = child.children
    const end = child.position?.end
    let current: Sentence = child
    let start = 0
    // The first and last node of what is left never split it.
    for (let at = 1; at < children.length - 1; at++) {
      if (at === start || !isBlankLine(children[at]!)) continue
      current.children = children.slice(start, at)
      out.push(current, children[at] as ParagraphContent)
      const next: Sentence = { type: 'SentenceNode', children: [] }
      const tail = children[at - 1]!.position
      const head = children[at + 1]!.position
      if (current.position && end && tail && head) {
        current.position.end = tail.end
        next.position = { start: head.start, end }
      }
      current = next
      start = at + 1
    }
    current.children = start === 0 ? children : children.slice(start)
    out.push(current)
  }
  paragraph.children.length = 0
  for (const node of out) paragraph.children.push(node)
  return undefined
}

let installed = false

/**
 * Puts the one-pass `breakImplicitSentences` in place of parse-latin's own in every parser it makes
 * (remark-retext builds one per letter). Its plugins are not exported: the one to replace is the one
 * that splits a sentence at a blank line, which no other does.
 */
export function installSentenceBreaks(): void {
  if (installed) return
  installed = true
  const plugins = ParseLatin.prototype.tokenizeParagraphPlugins
  const splitsAtBlankLine = (plugin: (typeof plugins)[number]) => {
    const word = (value: string): SentenceContent => ({ type: 'WordNode', children: [{ type: 'TextNode', value }] })
    const probe: Paragraph = { type: 'ParagraphNode', children: [{ type: 'SentenceNode', children: [word('a'), { type: 'WhiteSpaceNode', value: '\n\n' }, word('b')] }] }
    plugin(probe)
    return probe.children.length === 3
  }
  const found = plugins.filter(splitsAtBlankLine)
  if (found.length === 1) plugins[plugins.indexOf(found[0]!)] = breakImplicitSentences
}
