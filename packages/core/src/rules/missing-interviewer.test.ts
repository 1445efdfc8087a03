import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday. I would love to help the team finish it.'
const FIRST = 'Thank you for walking me through the Kafka migration on Thursday.'
const HELLO = letter(BODY, { frontmatter: 'to: Dana Whitfield', greeting: 'Hello,' })
const TWO = crlf(letter(BODY, { frontmatter: 'to: [Dana Whitfield, Marcus Lee]', greeting: 'Hi team,' }))
const NONE = '\uFEFF' + letter(`🎉 ${BODY}`, { greeting: '' })

testRule('missing-interviewer', {
  valid: [
    { name: 'named by last name with a title', text: letter(BODY, { frontmatter: 'to: Dana Whitfield', greeting: 'Dear Ms. Whitfield,' }) },
    { name: 'named in a possessive in the body', text: letter(`${FIRST} I enjoyed Dana's demo.`, { frontmatter: 'to: Dana Whitfield', greeting: 'Hello,' }) },
    { name: 'the greeted name counts without frontmatter', text: letter(BODY, { greeting: 'Dear Zoë,' }) },
    { name: 'a hyphenated surname', text: letter(BODY, { frontmatter: 'to: Dr. María García-López', greeting: 'Dear Dr. García-López,' }) },
    { name: 'a titled name in the body when no interviewer is declared', text: letter(`${FIRST} I enjoyed the talk with Professor Adeyemi.`, { greeting: 'Dear Hiring Committee,' }) },
    { name: 'one of two interviewers is enough', text: letter(BODY, { frontmatter: 'to: [Dana Whitfield, Marcus Lee]', greeting: 'Dear Marcus,' }) },
    { name: 'greeting and first sentence on one line', text: letter('', { frontmatter: 'to: Dana Whitfield', greeting: `Dear Dana, ${BODY.toLowerCase()}` }) },
  ],
  invalid: [
    {
      name: 'the declared interviewer is never named',
      text: HELLO,
      errors: [
        {
          message: 'The letter never names Dana Whitfield.',
          range: '4:1-4:7',
          text: 'Hello,',
          suggestions: [HELLO.replace(FIRST, `${FIRST} It was a pleasure to meet you, Dana.`)],
        },
      ],
    },
    {
      name: 'two declared interviewers, CRLF',
      text: TWO,
      errors: [
        {
          message: 'The letter never names Dana Whitfield or Marcus Lee.',
          range: '4:1-4:9',
          text: 'Hi team,',
          suggestions: [TWO.replace(FIRST, `${FIRST} It was a pleasure to meet you, Dana.`)],
        },
      ],
    },
    {
      name: 'no greeting and no frontmatter: found at the first sentence',
      text: NONE,
      errors: [
        {
          message: 'The letter never names the interviewer.',
          range: '1:5-1:70',
          text: FIRST,
          suggestions: [NONE.replace(FIRST, `${FIRST} It was a pleasure to meet you, name.`)],
        },
      ],
    },
  ],
})
