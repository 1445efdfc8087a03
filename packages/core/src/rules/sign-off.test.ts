import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for the tour of the depot and for walking me through the Kafka migration.'
const LIST = 'Thank you for the tour 🎉 of the depot.\n\n- I led a similar migration.\n- I enjoyed the demo.'

testRule('sign-off', {
  valid: [
    { name: 'closing and name in one paragraph', text: letter(BODY, { signOff: 'Best,\nAlex' }) },
    { name: 'closing and name on one line', text: letter(BODY, { signOff: 'Best, Alex' }) },
    { name: 'closing and name in separate paragraphs', text: letter(BODY, { signOff: 'Best regards,\n\nAlex Rivera' }) },
    { name: 'closing under the last paragraph', text: letter(`${BODY}\nBest regards,\nAlex Rivera`, { signOff: '' }) },
    { name: 'a contact line under the name', text: letter(BODY, { signOff: 'Best regards,\nAlex Rivera\nalex@example.com | (555) 123-4567' }) },
    { name: 'emphasis and a hard break', text: letter(BODY, { signOff: 'Sincerely,  \n*Alex Rivera*' }) },
    { name: 'a backslash hard break', text: letter(BODY, { signOff: '**Warm regards,**\\\nAlex' }) },
    { name: 'a thank-you closing', text: letter(BODY, { signOff: 'Thank you,\nAlex' }) },
    { name: 'a postscript after the sign-off', text: letter(BODY, { signOff: 'Best regards,\nAlex Rivera\n\nP.S. I attached the runbook I mentioned.' }) },
    { name: 'a contact block under a rule', text: letter(BODY, { signOff: 'Thanks,\n\nAlex\n\n---\n\nAlex Rivera · alex@example.com · (555) 123-4567' }) },
    { name: 'CRLF and a byte order mark', text: '\uFEFF' + crlf(letter(BODY, { signOff: 'Kind regards,\nAlex Rivera' })) },
  ],
  invalid: [
    {
      name: 'a closing without a name, CRLF',
      text: crlf(letter(BODY, { signOff: 'Warm regards,' })),
      errors: [
        {
          message: 'Sign with your name under "Warm regards,".',
          range: '5:1-5:14',
          text: 'Warm regards,',
          suggestions: [crlf(letter(BODY, { signOff: 'Warm regards,\nYour Name' }))],
        },
      ],
    },
    {
      name: 'an exclamation as the closing',
      text: letter(BODY, { signOff: 'Thanks again!' }),
      errors: [
        {
          message: 'Sign with your name under "Thanks again!".',
          range: '5:1-5:14',
          text: 'Thanks again!',
          suggestions: [letter(BODY, { signOff: 'Thanks again!\nYour Name' })],
        },
      ],
    },
    {
      name: 'no closing, the name taken from frontmatter',
      text: letter(BODY, { frontmatter: 'from: Alex Rivera', signOff: '' }),
      errors: [
        {
          message: 'End the letter with a closing line and your name.',
          range: '6:1-6:84',
          text: BODY,
          suggestions: [letter(BODY, { frontmatter: 'from: Alex Rivera', signOff: 'Best regards,\nAlex Rivera' })],
        },
      ],
    },
    {
      name: 'a letter that ends with a list, after emoji',
      text: letter(LIST, { signOff: '' }),
      errors: [
        {
          message: 'End the letter with a closing line and your name.',
          range: '6:1-6:22',
          text: '- I enjoyed the demo.',
          suggestions: [letter(LIST, { signOff: 'Best regards,\nYour Name' })],
        },
      ],
    },
    {
      name: 'a generic last line is not a closing',
      text: '\uFEFF' + letter(`${BODY}\n\nThank you for your time.`, { signOff: '' }),
      errors: [
        {
          message: 'End the letter with a closing line and your name.',
          range: '5:1-5:25',
          text: 'Thank you for your time.',
          suggestions: ['\uFEFF' + letter(`${BODY}\n\nThank you for your time.`, { signOff: 'Best regards,\nYour Name' })],
        },
      ],
    },
  ],
})
