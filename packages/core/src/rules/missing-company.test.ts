import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FIRST = 'Thank you for walking me through the Kafka migration on Thursday.'
const DECLARED = letter(`${FIRST} I would love to help the team finish it.`, { frontmatter: 'company: Northwind Logistics' })
const UNDECLARED = crlf(letter(`🎉 ${FIRST}\nI would love to help the team finish it.`))

testRule('missing-company', {
  valid: [
    { name: 'named by its first word', text: letter(`${FIRST} The Northwind team was welcoming.`, { frontmatter: 'company: Northwind Logistics' }) },
    { name: 'named in a possessive and in capitals', text: letter(`${FIRST} NORTHWIND's depot impressed me.`, { frontmatter: 'company: Northwind Logistics' }) },
    { name: 'named in full, in lower case', text: letter(`${FIRST} I hope northwind logistics keeps the plan.`, { frontmatter: 'company: Northwind Logistics' }) },
    { name: 'a company without a distinctive word', text: letter(`${FIRST} I would love to join AT&T.`, { frontmatter: 'company: AT&T' }) },
    { name: 'found without frontmatter', text: letter(`${FIRST} I would love to join Northwind this spring.`) },
    { name: 'a letter without a body', text: letter('', { frontmatter: 'company: Northwind Logistics' }) },
  ],
  invalid: [
    {
      name: 'the declared company is never named',
      text: DECLARED,
      errors: [
        {
          message: 'The letter never names Northwind Logistics.',
          range: '6:1-6:66',
          text: FIRST,
          suggestions: [DECLARED.replace(FIRST, `${FIRST} I left even more excited about the work at Northwind Logistics.`)],
        },
      ],
    },
    {
      name: 'no company anywhere, CRLF and emoji',
      text: UNDECLARED,
      errors: [
        {
          message: 'The letter never names the company.',
          // A sentence starts at its first word.
          range: '3:4-3:69',
          text: FIRST,
          suggestions: [UNDECLARED.replace(FIRST, `${FIRST} I left even more excited about the work at the company.`)],
        },
      ],
    },
  ],
})
