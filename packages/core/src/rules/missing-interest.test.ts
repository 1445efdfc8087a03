import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'
const LAST = 'I led a similar migration at Contoso.'
const NONE = letter(`${BODY} ${LAST}`, { frontmatter: 'role: Data Platform Engineer' })
const EMOJI = '\uFEFF' + crlf(letter(`🎉 ${BODY}\n${LAST}`))

testRule('missing-interest', {
  valid: [
    { name: 'excited', text: letter(`${BODY} I am excited about the work ahead.`) },
    { name: 'would love to join', text: letter(`${BODY} I would love to join the team.`) },
    { name: 'looking forward to contributing', text: letter(`${BODY} I'm looking forward to contributing to the rollout.`) },
    { name: "can't wait", text: letter(`${BODY} I can't wait to start.`) },
    { name: "I'd love to bring", text: letter(`${BODY} I'd love to bring that experience to the Senior Product Designer role.`) },
    { name: 'keen, in a list', text: letter(`${BODY}\n\n- ${LAST}\n- I remain keen on the role.`) },
  ],
  invalid: [
    {
      name: 'no renewed interest',
      text: NONE,
      errors: [
        {
          message: 'The letter never says you are still interested in the role.',
          range: '6:67-6:104',
          text: LAST,
          suggestions: [NONE.replace(LAST, `${LAST} I am even more excited about the Data Platform Engineer role after our conversation.`)],
        },
      ],
    },
    {
      name: 'after a byte order mark, CRLF and emoji',
      text: EMOJI,
      errors: [
        {
          message: 'The letter never says you are still interested in the role.',
          range: '4:1-4:38',
          text: LAST,
          suggestions: [EMOJI.replace(LAST, `${LAST} I am even more excited about the job title role after our conversation.`)],
        },
      ],
    },
  ],
})
