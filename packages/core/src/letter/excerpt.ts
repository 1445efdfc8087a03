import type { Root, Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'

/**
 * A small prose tree holding only the stretches of the letter's sentences around candidate nodes,
 * for a wrapped retext plugin (retext-repeated-words) to walk instead of the whole letter:
 * unist-util-visit costs about half a microsecond a node, and a candidate is rare.
 * Nodes are the letter's own, so positions and messages are unchanged. `window(children, index)`
 * returns the slice to keep around a candidate, or `undefined` for a node that is none.
 */
export function excerpt(sentences: readonly Sentence[], window: (children: SentenceContent[], index: number) => [number, number] | undefined): Root {
  const kept: Sentence[] = []
  for (const sentence of sentences) {
    const children = sentence.children
    let from = -1
    let to = -1
    const flush = () => {
      if (from !== -1) kept.push({ type: 'SentenceNode', children: children.slice(from, to), position: sentence.position })
      from = to = -1
    }
    for (let i = 0; i < children.length; i++) {
      const found = window(children, i)
      if (!found) continue
      const [start, end] = found
      // Overlapping windows become one stretch, so a plugin sees "the the the" whole.
      if (from !== -1 && start > to) flush()
      if (from === -1) from = start
      to = Math.max(to, end)
    }
    flush()
  }
  return { type: 'RootNode', children: [{ type: 'ParagraphNode', children: kept }] }
}

/** The text of a word node that has no inner punctuation ("an"), else `undefined`. */
export function simpleWord(node: SentenceContent | undefined): string | undefined {
  if (node?.type !== 'WordNode' || node.children.length !== 1) return undefined
  const only = node.children[0]!
  return only.type === 'TextNode' ? only.value : undefined
}

/**
 * The text of a word node: its one text node's own string when it has no inner punctuation (no copy,
 * so a map lookup hashes it once per lint, not once per rule), else its parts joined.
 */
export function wordText(node: Word): string {
  return simpleWord(node) ?? toString(node)
}
