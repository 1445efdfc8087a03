import { defineMissingRule } from './define-missing-rule.js'

/** Naming the company shows the letter belongs to this application and no other. */
export const missingCompany = defineMissingRule({
  id: 'missing-company',
  specific: 'company',
  description: 'The letter never names the company (checked against `company:` in frontmatter when given).',
  note: 'A letter that names the company shows you know who you would be working for.',
  better: 'Seeing how Northwind plans routes during storms made the role concrete for me.',
  placement: 'first',
  message: (letter) => (letter.company ? `The letter never names ${letter.company}.` : 'The letter never names the company.'),
  skeleton: 'I left even more excited about the work at {company|the company}.',
  examples: [
    {
      title: 'the declared company is never named',
      text: '---\ncompany: Northwind Logistics\n---\nThank you for the interview.\n',
      messages: ['The letter never names Northwind Logistics.'],
    },
    { title: 'named by its first word', text: '---\ncompany: Northwind Logistics\n---\nThe Northwind team was welcoming.\n', messages: [] },
    { title: 'found without frontmatter', text: 'I would love to join Northwind this spring.\n', messages: [] },
  ],
})
