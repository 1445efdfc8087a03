import type { Root } from 'mdast'
import { defineRule } from '../define-rule.js'

/** Broken frontmatter silently turns off every check that relies on it: say so, at the line. */
export const frontmatter = defineRule<object, Root>({
  id: 'frontmatter',
  description: 'Frontmatter must be valid YAML with fields of the right type.',
  note: 'Rules use the frontmatter to check names, company, role and timing; a broken field turns those checks off.',
  category: 'input',
  defaultSeverity: 'error',
  fixable: 'none',
  tree: 'markdown',
  options: {},
  examples: [
    {
      title: 'a wrong type',
      text: '---\nto: 42\n---\nDear Dana,\n',
      messages: ['Frontmatter `to` should be a name or a list of names, not 42.'],
    },
    {
      title: 'valid fields',
      text: '---\nto: Dana Whitfield\ninterviewed: 2026-11-20\n---\nDear Dana,\n',
      messages: [],
    },
  ],
  check({ letter, report }) {
    for (const problem of letter.frontmatterProblems) report({ at: problem.at, message: problem.message })
  },
})
