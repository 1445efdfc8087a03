import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'
const DANA = 'to: Dana Whitfield'

testRule('greeting', {
  valid: [
    { name: 'a named greeting with a title', text: letter(BODY, { frontmatter: DANA, greeting: 'Dear Ms. Whitfield,' }) },
    { name: 'an informal greeting', text: letter(BODY, { greeting: 'Hi Dana!' }) },
    { name: 'two interviewers', text: letter(BODY, { greeting: 'Hello Dana and Marcus,' }) },
    { name: 'greeting and first sentence on one line', text: letter('', { frontmatter: DANA, greeting: `Dear Dana, ${BODY.charAt(0).toLowerCase()}${BODY.slice(1)}` }) },
    { name: 'a comma after the salutation', text: letter(BODY, { frontmatter: DANA, greeting: 'Hi, Dana,' }) },
    { name: 'an emphasised greeting', text: letter(BODY, { greeting: '**Dear Dana,**' }) },
    { name: 'CRLF and a byte order mark', text: '\uFEFF' + crlf(letter(BODY, { frontmatter: DANA })) },
    { name: 'a heading before the greeting', text: `# Thank you\n\n${letter(BODY)}` },
    { name: 'an e-mail subject line before the greeting', text: `Subject: Thank you — Data Platform Engineer interview\n\n${letter(BODY)}` },
    // Without `to:`, "Hiring Manager" may be all the writer knows.
    { name: 'a job title when no interviewer is declared', text: letter(BODY, { greeting: 'Dear Hiring Manager,' }) },
  ],
  invalid: [
    {
      name: 'a form-letter opening',
      text: letter(BODY, { greeting: 'To whom it may concern,' }),
      errors: [
        {
          message: 'Greet the interviewer by name instead of "To whom it may concern".',
          range: '1:1-1:24',
          text: 'To whom it may concern,',
          suggestions: [letter(BODY, { greeting: 'Dear name,' })],
        },
      ],
    },
    {
      name: 'a job title when the interviewer is declared',
      text: letter(BODY, { frontmatter: DANA, greeting: 'Dear Hiring Manager,' }),
      errors: [
        {
          message: 'Greet Dana by name instead of "Dear Hiring Manager".',
          range: '4:1-4:21',
          text: 'Dear Hiring Manager,',
          suggestions: [letter(BODY, { frontmatter: DANA, greeting: 'Dear Dana,' }), letter(BODY, { frontmatter: DANA, greeting: 'Dear Dana Whitfield,' })],
        },
      ],
    },
    {
      name: 'a generic greeting followed by the first sentence on the same line',
      text: letter('', { frontmatter: DANA, greeting: 'Dear Hiring Manager, thank you for the tour of the depot.' }),
      errors: [
        {
          message: 'Greet Dana by name instead of "Dear Hiring Manager".',
          range: '4:1-4:21',
          text: 'Dear Hiring Manager,',
          suggestions: [
            letter('', { frontmatter: DANA, greeting: 'Dear Dana, thank you for the tour of the depot.' }),
            letter('', { frontmatter: DANA, greeting: 'Dear Dana Whitfield, thank you for the tour of the depot.' }),
          ],
        },
      ],
    },
    {
      name: 'two declared interviewers',
      text: letter(BODY, { frontmatter: 'to: [Dana Whitfield, Marcus Lee]', greeting: 'Dear Sir or Madam,' }),
      errors: [
        {
          message: 'Greet Dana by name instead of "Dear Sir or Madam".',
          range: '4:1-4:19',
          text: 'Dear Sir or Madam,',
          suggestions: [letter(BODY, { frontmatter: 'to: [Dana Whitfield, Marcus Lee]', greeting: 'Dear Dana and Marcus,' })],
        },
      ],
    },
    {
      name: 'a declared interviewer with a title is greeted by title and last name',
      text: letter(BODY, { frontmatter: 'to: Ms. Dana Whitfield', greeting: 'Hello team,' }),
      errors: [
        {
          message: 'Greet Dana by name instead of "Hello team".',
          range: '4:1-4:12',
          text: 'Hello team,',
          suggestions: [letter(BODY, { frontmatter: 'to: Ms. Dana Whitfield', greeting: 'Dear Ms. Whitfield,' })],
        },
      ],
    },
    {
      name: 'a byte order mark before the greeting',
      text: '\uFEFF' + letter(BODY, { greeting: 'To whom it may concern,' }),
      errors: [
        {
          message: 'Greet the interviewer by name instead of "To whom it may concern".',
          range: '1:2-1:25',
          text: 'To whom it may concern,',
          suggestions: ['\uFEFF' + letter(BODY, { greeting: 'Dear name,' })],
        },
      ],
    },
    {
      name: 'no greeting, CRLF, emoji in the frontmatter',
      text: crlf(letter(BODY, { frontmatter: 'topics: [the 🎉 launch, the 👍🏽 review]', greeting: '' })),
      errors: [
        {
          message: 'Open the letter with a greeting that names the interviewer.',
          range: '4:1-4:66',
          text: BODY,
          // The inserted greeting uses the letter's own line endings.
          suggestions: [crlf(letter(BODY, { frontmatter: 'topics: [the 🎉 launch, the 👍🏽 review]', greeting: 'Dear name,' }))],
        },
      ],
    },
    {
      name: 'no greeting with the interviewer declared',
      text: letter(BODY, { frontmatter: DANA, greeting: '' }),
      errors: [
        {
          message: 'Open the letter with a greeting that names the interviewer.',
          range: '4:1-4:66',
          text: BODY,
          suggestions: [letter(BODY, { frontmatter: DANA, greeting: 'Dear Dana,' }), letter(BODY, { frontmatter: DANA, greeting: 'Dear Dana Whitfield,' })],
        },
      ],
    },
    {
      name: 'a letter that opens with a list',
      text: letter('- Thank you for the tour.\n- I enjoyed the demo.', { greeting: '' }),
      errors: [
        {
          message: 'Open the letter with a greeting that names the interviewer.',
          range: '1:1-1:26',
          text: '- Thank you for the tour.',
          suggestions: [letter('- Thank you for the tour.\n- I enjoyed the demo.', { greeting: 'Dear name,' })],
        },
      ],
    },
  ],
})
