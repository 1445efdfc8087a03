import { defineMissingRule } from './define-missing-rule.js'

/** The reader may be hiring for several roles: say which one you interviewed for. */
export const missingRole = defineMissingRule({
  id: 'missing-role',
  specific: 'role',
  description: 'The letter never names the role (checked against `role:` in frontmatter when given).',
  note: 'Interviewers often hire for several roles at once; name the one you want.',
  better: 'Thank you for talking with me about the Data Platform Engineer role.',
  placement: 'first',
  message: (letter) => (letter.role ? `The letter never names the role (${letter.role}).` : 'The letter never names the role you interviewed for.'),
  skeleton: 'Our conversation made me even more interested in the {role|job title} role.',
  examples: [
    {
      title: 'the declared role is never named',
      text: '---\nrole: Data Platform Engineer\n---\nThank you for the interview.\n',
      messages: ['The letter never names the role (Data Platform Engineer).'],
    },
    { title: 'named tolerantly', text: '---\nrole: Data Platform Engineer\n---\nThe data platform role fits me.\n', messages: [] },
    { title: 'found without frontmatter', text: 'Thank you for the interview for the analyst position.\n', messages: [] },
  ],
})
