import type { Root } from 'nlcst'
import retextRepeatedWords from 'retext-repeated-words'
import { defineRule, messageSpan, runInner } from '../define-rule.js'

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
  check({ tree, file, letter, report }) {
    for (const message of runInner(repeatedWords, tree, file)) {
      const span = messageSpan(message)
      if (!span) continue
      const { start, end } = span
      // Keep the first occurrence as written ("The the" becomes "The").
      const first = letter.text.slice(start, end).split(/\s+/)[0]!
      report({
        at: { start, end },
        message: `"${first}" is repeated: remove one.`,
        fix: { title: `Remove the repeated "${first}"`, edits: [{ start, end, newText: first }] },
      })
    }
  },
})
