import type { Root } from 'mdast'
import { defineRule } from '../define-rule.js'
import { parseDirectives } from '../directives.js'

/** A misspelled rule id in a disable comment silently disables nothing. */
export const directive = defineRule<object, Root>({
  id: 'directive',
  description: 'A `<!-- letterlint-disable … -->` comment that names a rule letterlint does not have.',
  note: 'A disable comment with an unknown rule id silences nothing: check the id with `letterlint --list-rules`.',
  category: 'input',
  defaultSeverity: 'warning',
  fixable: 'none',
  tree: 'markdown',
  options: {},
  examples: [
    { title: 'a misspelled id', text: '<!-- letterlint-disable speling -->\n\nDear Dana,\n', messages: ['Unknown rule "speling" in a letterlint comment.'] },
    { title: 'a known id', text: '<!-- letterlint-disable spelling -->\n\nDear Dana,\n', messages: [] },
  ],
  check({ tree, letter, run, report }) {
    const known = Object.keys(run.rules)
    if (known.length === 0) return
    for (const found of parseDirectives(tree, letter.text)) {
      for (const rule of found.ruleSpans) {
        if (!known.includes(rule.id)) report({ at: rule, message: `Unknown rule "${rule.id}" in a letterlint comment.` })
      }
    }
  },
})
