import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FIRST = 'Thank you for walking me through the Kafka migration on Thursday.'
const DECLARED = letter(`${FIRST} I would love to help the team finish it.`, { frontmatter: 'role: Data Platform Engineer' })
const VAGUE = crlf(letter(`${FIRST} This is the exciting role I hoped for, and 👍🏽 I would love to help.`))

testRule('missing-role', {
  valid: [
    { name: 'named tolerantly', text: letter(`${FIRST} The data platform role fits me.`, { frontmatter: 'role: Data Platform Engineer' }) },
    { name: 'named with a plural', text: letter(`${FIRST} I enjoy work as a platform engineer on data teams.`, { frontmatter: 'role: Data Platform Engineer' }) },
    { name: 'a job title without frontmatter', text: letter(`${FIRST} I would love to join as a data engineer.`) },
    { name: 'a described position without frontmatter', text: letter(`${FIRST} The analyst position is a great match.`) },
  ],
  invalid: [
    {
      name: 'the declared role is never named',
      text: DECLARED,
      errors: [
        {
          message: 'The letter never names the role (Data Platform Engineer).',
          range: '6:1-6:66',
          text: FIRST,
          suggestions: [DECLARED.replace(FIRST, `${FIRST} Our conversation made me even more interested in the Data Platform Engineer role.`)],
        },
      ],
    },
    {
      name: '"the exciting role" names no role, CRLF and emoji',
      text: VAGUE,
      errors: [
        {
          message: 'The letter never names the role you interviewed for.',
          range: '3:1-3:66',
          text: FIRST,
          suggestions: [VAGUE.replace(FIRST, `${FIRST} Our conversation made me even more interested in the job title role.`)],
        },
      ],
    },
  ],
})
