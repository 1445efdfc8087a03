import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'

testRule('directive', {
  valid: [
    { name: 'known rule ids', text: `<!-- letterlint-disable spelling, greeting -->\n\n${letter(BODY)}` },
    { name: 'every rule', text: letter(`<!-- letterlint-disable-next-line -->\n${BODY}`) },
    { name: 'a reason after "--"', text: letter(`${BODY} <!-- letterlint-disable-line spelling -- Kafka is a name -->`) },
    { name: 'an id in a code block', text: letter(`${BODY}\n\n\`\`\`\n<!-- letterlint-disable speling -->\n\`\`\``) },
  ],
  invalid: [
    {
      name: 'a misspelled id',
      text: `<!-- letterlint-disable speling -->\n\n${letter(BODY)}`,
      errors: [{ message: 'Unknown rule "speling" in a letterlint comment.', range: '1:25-1:32', text: 'speling' }],
    },
    {
      name: 'one unknown id among known ones, after emoji, CRLF',
      text: crlf(letter(`🎉 ${BODY} <!-- letterlint-disable-line spelling, generic-phrases -->`)),
      errors: [{ message: 'Unknown rule "generic-phrases" in a letterlint comment.', range: '3:109-3:124', text: 'generic-phrases' }],
    },
    {
      name: 'an id after frontmatter and a byte order mark',
      text: '\uFEFF' + letter(`<!-- letterlint-enable timelines -->\n${BODY}`, { frontmatter: 'to: Dana Whitfield' }),
      errors: [{ message: 'Unknown rule "timelines" in a letterlint comment.', range: '6:24-6:33', text: 'timelines' }],
    },
  ],
})
