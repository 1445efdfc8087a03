import { defineMissingRule } from './define-missing-rule.js'

/** Say you still want the job: interviewers read silence as doubt. */
export const missingInterest = defineMissingRule({
  id: 'missing-interest',
  specific: 'interest',
  description: 'The letter never renews your interest in the position.',
  note: 'Restating your interest after the interview tells them you still want the job.',
  better: 'Our talk made me even more excited to help Northwind finish the migration.',
  placement: 'last',
  message: () => 'The letter never says you are still interested in the role.',
  skeleton: 'I am even more excited about the {role|job title} role after our conversation.',
  examples: [
    {
      title: 'no renewed interest',
      text: 'Thank you for the interview on Tuesday.\n',
      messages: ['The letter never says you are still interested in the role.'],
    },
    { title: 'interest renewed', text: 'I would love to join the team and help with the migration.\n', messages: [] },
  ],
})
