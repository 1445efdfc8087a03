import type { Root } from 'mdast'
import { defineRule } from '../define-rule.js'
import { blockLines } from '../letter/structure.js'
import { tabStop } from '../text/snippet.js'

/** A letter ends with a closing line and the writer's name: the reader must know who wrote it. */
export const signOff = defineRule<object, Root>({
  id: 'sign-off',
  description: 'A missing closing line ("Best regards,") or a missing name under it.',
  note: 'End with a closing and your name, so the reader knows who to call back.',
  better: 'Best regards,\nAlex Rivera',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: 'suggestion',
  tree: 'markdown',
  options: {},
  examples: [
    {
      title: 'no closing, no name',
      text: 'Dear Dana,\n\nThank you for the interview.\n',
      messages: ['End the letter with a closing line and your name.'],
    },
    {
      title: 'a closing without a name',
      text: 'Dear Dana,\n\nThank you for the interview.\n\nBest regards,\n',
      messages: ['Sign with your name under "Best regards,".'],
    },
    { title: 'closing and name', text: 'Dear Dana,\n\nThank you for the interview.\n\nBest regards,\nAlex Rivera\n', messages: [] },
  ],
  check({ letter, report }) {
    const { signOff: found, blocks } = letter.structure
    const newline = letter.text.includes('\r\n') ? '\r\n' : '\n'
    // The writer's name from frontmatter, else a tab stop to type it into.
    const name = letter.from ? { text: letter.from, snippet: false } : { text: tabStop(1, 'Your Name'), snippet: true }
    if (found && !found.name) {
      const at = found.closing.end
      report({
        at: found.closing,
        message: `Sign with your name under "${found.closing.text}".`,
        suggestions: [{ title: 'Add your name', edits: [{ start: at, end: at, newText: newline + name.text, snippet: name.snippet }] }],
      })
    } else if (!found) {
      const last = blocks[blocks.length - 1]
      if (!last) return
      const lines = blockLines(last)
      const line = lines[lines.length - 1]!
      report({
        at: line,
        message: 'End the letter with a closing line and your name.',
        suggestions: [
          {
            title: 'Add "Best regards," and your name',
            edits: [{ start: last.end, end: last.end, newText: newline + newline + 'Best regards,' + newline + name.text, snippet: name.snippet }],
          },
        ],
      })
    }
  },
})
