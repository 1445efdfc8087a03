import type { Root } from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import { defineRule, messageSpan, runInner } from '../define-rule.js'
import { excerpt, wordText } from '../letter/excerpt.js'
import type { Span } from '../types.js'

const repeatedWords = retextRepeatedWords()

/** "the the": the slip a proofread catches, and one that can be fixed without asking. */
export const repeatedWord = defineRule<object, Root>({
  id: 'repeated-word',
  description: 'A word written twice in a row ("the the"), found by retext-repeated-words.',
  note: 'One slip undoes the care a letter shows: proofread before sending.',
  category: 'proofreading',
  defaultSeverity: 'warning',
  fixable: 'safe',
  tree: 'prose',
  options: {},
  examples: [
    { title: 'a doubled word', text: 'I enjoyed the the tour.\n', messages: ['"the" is repeated: remove one.'] },
    { title: 'a grammatical repeat', text: 'The plan we had had worked.\n', messages: [] },
  ],
  check({ file, letter, report }) {
    const spans: Span[] = []
    // Only word, space, same word can be a repeat: the plugin judges those stretches alone.
    const candidates = excerpt(letter.prose, (children, i) => {
      const first = children[i]
      const second = children[i + 2]
      if (first?.type !== 'WordNode' || second?.type !== 'WordNode' || children[i + 1]!.type !== 'WhiteSpaceNode') return undefined
      // The plugin compares words in lower case; words of different lengths differ in any case, so most pairs need no lower-casing.
      const a = wordText(first)
      const b = wordText(second)
      return a.length === b.length && a.toLowerCase() === b.toLowerCase() ? [i, i + 3] : undefined
    })
    for (const message of runInner(repeatedWords, candidates, file)) {
      const span = messageSpan(message)
      if (!span) continue
      // "the the the" comes as two overlapping repeats: one finding, one fix.
      const previous = spans[spans.length - 1]
      if (previous && span.start < previous.end) previous.end = Math.max(previous.end, span.end)
      else spans.push({ ...span })
    }
    for (const at of spans) {
      const written = letter.text.slice(at.start, at.end)
      // Keep the first occurrence as written ("The the" becomes "The").
      const first = /^[^\s*_`~]+/u.exec(written)![0]
      // "the *the* demo": removing words across Markdown markers would break the emphasis.
      const plain = /^\S+(?:\s+\S+)+$/.test(written) && !/[*_`~[\]]/.test(written)
      // Only the repeats are removed, so the first word stays free for another fix: "a a apple" gets "an" in the same pass.
      const repeats = { start: at.start + first.length, end: at.end, newText: '' }
      report({
        at,
        message: `"${first}" is repeated: remove one.`,
        ...(plain ? { fix: { title: `Remove the repeated "${first}"`, edits: [repeats] } } : {}),
      })
    }
  },
})
