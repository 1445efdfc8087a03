import type { Root } from 'nlcst'
import { defineRule } from '../define-rule.js'

interface UniqueLetterOptions {
  threshold: number
}

/**
 * Several interviewers at one company compare notes: each deserves their own letter. The pairs come
 * from `findSimilar` over all letters linted together (CLI) or indexed in the workspace (server).
 */
export const uniqueLetter = defineRule<UniqueLetterOptions, Root>({
  id: 'unique-letter',
  description: 'Two letters to the same company that are nearly the same text, across the letters linted together.',
  note: 'Interviewers compare notes: write each one a letter that recalls your conversation with them.',
  category: 'specifics',
  defaultSeverity: 'warning',
  fixable: 'none',
  tree: 'prose',
  options: {
    threshold: {
      type: 'number',
      minimum: 0.1,
      maximum: 1,
      default: 0.5,
      description: 'Share of three-word phrases two letters may have in common before they count as the same letter.',
    },
  },
  examples: [
    {
      title: 'a near copy of another letter',
      text: 'Thank you for the tour of the Denver depot.\n',
      workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.82 }] },
      messages: ['Nearly the same letter as letters/marcus.md (82% alike): write each interviewer their own.'],
    },
    {
      title: 'alike, but under the threshold',
      text: 'Thank you for the tour of the Denver depot.\n',
      workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.3 }] },
      messages: [],
    },
  ],
  check({ letter, options, run, report }) {
    const first = letter.sentences[0]
    if (!first) return
    for (const other of run.workspace.similar) {
      if (other.similarity < options.threshold) continue
      report({
        at: first,
        message: `Nearly the same letter as ${other.path} (${Math.round(other.similarity * 100)}% alike): write each interviewer their own.`,
      })
    }
  },
})
