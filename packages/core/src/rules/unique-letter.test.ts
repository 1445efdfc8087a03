import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FIRST = 'Thank you for the tour of the Denver depot on Thursday.'
const BODY = `${FIRST} I would love to help the team finish the Kafka migration.`

testRule('unique-letter', {
  valid: [
    { name: 'no similar letters', text: letter(BODY) },
    { name: 'alike, but under the threshold', text: letter(BODY), workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.3 }] } },
    { name: 'under a raised threshold', text: letter(BODY), options: { threshold: 0.9 }, workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.82 }] } },
    { name: 'a letter without sentences', text: letter(''), workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.9 }] } },
  ],
  invalid: [
    {
      name: 'a near copy of another letter, found at the first sentence',
      text: letter(BODY, { frontmatter: 'to: Dana Whitfield\ncompany: Northwind Logistics' }),
      workspace: { similar: [{ path: 'letters/marcus.md', similarity: 0.82 }] },
      errors: [{ message: 'Nearly the same letter as letters/marcus.md (82% alike): write each interviewer their own.', range: '7:1-7:56', text: FIRST }],
    },
    {
      name: 'two near copies, exactly at the threshold, CRLF and emoji',
      text: crlf(letter(`👍🏽 ${BODY}`)),
      workspace: {
        similar: [
          { path: 'letters/marcus.md', similarity: 0.5 },
          { path: 'letters/priya.md', similarity: 0.996 },
        ],
      },
      errors: [
        { message: 'Nearly the same letter as letters/marcus.md (50% alike): write each interviewer their own.', range: '3:6-3:61', text: FIRST },
        { message: 'Nearly the same letter as letters/priya.md (100% alike): write each interviewer their own.', range: '3:6-3:61', text: FIRST },
      ],
    },
  ],
})
