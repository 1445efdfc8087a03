import { defineMissingRule } from './define-missing-rule.js'

/** A letter that never names the person you met could have been sent to anyone. */
export const missingInterviewer = defineMissingRule({
  id: 'missing-interviewer',
  specific: 'interviewer',
  description: 'The letter never names the interviewer (checked against `to:` in frontmatter when given).',
  note: 'Naming the person you met shows the letter was written for them, not copied.',
  better: 'Dear Dana, thank you for the walkthrough of the routing dashboard.',
  placement: 'opening',
  message: (letter) => (letter.frontmatter?.to.length ? `The letter never names ${letter.to.join(' or ')}.` : 'The letter never names the interviewer.'),
  skeleton: 'It was a pleasure to meet you, {first|name}.',
  examples: [
    {
      title: 'the declared interviewer is never named',
      text: '---\nto: Dana Whitfield\n---\nHello,\n\nThank you for the interview.\n',
      messages: ['The letter never names Dana Whitfield.'],
    },
    {
      title: 'named by last name with a title',
      text: '---\nto: Dana Whitfield\n---\nDear Ms. Whitfield,\n\nThank you for the interview.\n',
      messages: [],
    },
    { title: 'named in a possessive', text: '---\nto: Dana Whitfield\n---\nI enjoyed Dana\'s demo.\n', messages: [] },
  ],
})
