import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FIRST = 'Thank you for the interview on Thursday.'
const DECLARED = letter(`${FIRST} I would love to help the team.`, { frontmatter: 'topics: [the Kafka migration, on-call load]' })
const PRAISE = letter(`${FIRST} It was great to meet you and I really enjoyed our conversation and your answers to my questions.`)
const GENERIC = crlf(letter(`${FIRST} It was great. 🎉 I would love to help the team.`))

testRule('missing-topic', {
  valid: [
    { name: 'a declared topic mentioned in part', text: letter(`${FIRST} The Kafka plan stayed with me.`, { frontmatter: 'topics: [the Kafka migration]' }) },
    { name: 'the second declared topic', text: letter(`${FIRST} Your point about on-call load stayed with me.`, { frontmatter: 'topics: [the Kafka migration, on-call load]' }) },
    { name: 'a conversation recalled without frontmatter', text: letter(`${FIRST} I enjoyed hearing how the Denver depot plans routes.`) },
    { name: 'a question you asked', text: letter(`${FIRST} Your answer to my question about pager rotations was candid.`) },
  ],
  invalid: [
    {
      name: 'declared topics never come up',
      text: DECLARED,
      errors: [
        {
          message: 'Nothing from the conversation is mentioned (topics: the Kafka migration, on-call load).',
          range: '6:1-6:41',
          text: FIRST,
          suggestions: [DECLARED.replace(FIRST, `${FIRST} I especially enjoyed our conversation about the Kafka migration.`)],
        },
      ],
    },
    {
      name: 'nothing concrete, CRLF and emoji',
      text: GENERIC,
      errors: [
        {
          message: 'Nothing concrete from the conversation is mentioned.',
          range: '3:1-3:41',
          text: FIRST,
          suggestions: [GENERIC.replace(FIRST, `${FIRST} I especially enjoyed our conversation about what we discussed.`)],
        },
      ],
    },
    {
      name: 'a conversation mentioned only in words every letter uses',
      text: PRAISE,
      errors: [
        {
          message: 'Nothing concrete from the conversation is mentioned.',
          range: '3:1-3:41',
          text: FIRST,
          suggestions: [PRAISE.replace(FIRST, `${FIRST} I especially enjoyed our conversation about what we discussed.`)],
        },
      ],
    },
  ],
})
