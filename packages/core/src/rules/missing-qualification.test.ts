import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'
const LAST = 'I would love to help the team finish it.'
const NONE = letter(`${BODY} ${LAST}`, { frontmatter: 'topics: [the Kafka migration]' })
const LIST = crlf(letter(`${BODY}\n\n- 🎉 The tour was great.\n- ${LAST}`))

testRule('missing-qualification', {
  valid: [
    { name: 'something you led', text: letter(`${BODY} I led a similar migration at Contoso last year.`) },
    { name: 'your experience with the work', text: letter(`${BODY} My experience with Kafka Streams fits the plan.`) },
    { name: 'years of practice', text: letter(`${BODY} Four years of running on-call rotations taught me patience.`) },
    { name: 'your current role', text: letter(`${BODY} In my current role I rebuilt our deploy pipeline.`) },
    { name: "a contraction: I've shipped", text: letter(`${BODY} I've shipped two migrations like it.`) },
    { name: 'something you redesigned', text: letter(`${BODY} At Fabrikam I redesigned a similar flow and cut drop-off by 12%.`) },
    { name: 'a dissertation and years of teaching', text: letter(`${BODY} My dissertation on port cities and my three years teaching the survey prepared me well.`) },
  ],
  invalid: [
    {
      name: 'thanks and interest without a qualification',
      text: NONE,
      errors: [
        {
          message: 'No qualification tied to the role: remind them of one thing you have done that fits it.',
          range: '6:67-6:107',
          text: LAST,
          suggestions: [NONE.replace(LAST, `${LAST} In my current role I led a similar project, which is why the Kafka migration appeals to me.`)],
        },
      ],
    },
    {
      name: 'a letter ending with a list, CRLF and emoji',
      text: LIST,
      errors: [
        {
          message: 'No qualification tied to the role: remind them of one thing you have done that fits it.',
          range: '6:3-6:43',
          text: LAST,
          suggestions: [LIST.replace(LAST, `${LAST} In my current role I led a similar project, which is why this work appeals to me.`)],
        },
      ],
    },
  ],
})
