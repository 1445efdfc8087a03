import { crlf, letter, testRule } from '../test-support/rule-tester.js'

/** 52 words in two paragraphs: a letter of the advised length. */
const GOOD = [
  'Thank you for walking me through the Kafka migration on Thursday. Your point that on-call load is the real risk stayed with me.',
  'At Contoso I led a similar move of forty services, and the runbook I wrote halved our overnight pages. I would love to bring that to the team.',
].join('\n\n')
const SENTENCE = 'The Kafka migration plan was clear and I enjoyed it.'
const OVERLONG =
  'I enjoyed the talk about the migration and the team and the roadmap and the on-call load and the dashboards and the customers and the depot and the drivers and the weather and the trucks and the plan.'

testRule('length', {
  valid: [
    { name: 'two brief paragraphs', text: letter(GOOD) },
    { name: 'greeting, sign-off and code are not counted', text: letter(`${GOOD}\n\n\`\`\`\n${OVERLONG}\n\`\`\``) },
    { name: 'exactly at the limits', text: letter(`${SENTENCE} ${SENTENCE}`), options: { minWords: 20, maxWords: 20 } },
    { name: 'four blocks, a list and a quote among them', text: crlf(letter(`${GOOD}\n\n- I led it.\n- I wrote it.\n\n> Your words.`)), options: { minWords: 0 } },
  ],
  invalid: [
    {
      name: 'too short, with emoji',
      text: letter('Thanks 🎉 for the chat about the Kafka migration.', { signOff: 'Best,\nAlex' }),
      errors: [
        {
          message: 'The letter has 8 words; say a little more (at least 50): a specific thanks, one qualification, your interest.',
          range: '3:1-3:50',
          text: 'Thanks 🎉 for the chat about the Kafka migration.',
        },
      ],
    },
    {
      name: 'nothing but a greeting and a sign-off',
      text: letter('', { frontmatter: 'to: Dana Whitfield', signOff: 'Best,\nAlex' }),
      errors: [{ message: 'The letter has 0 words; say a little more (at least 50): a specific thanks, one qualification, your interest.', range: '4:1-4:11', text: 'Dear Dana,' }],
    },
    {
      name: 'too many paragraphs, CRLF, a list and a quote',
      text: crlf(letter('One.\n\nTwo.\n\n- Three.\n- Four.\n\n> Five.\n\nSix 👍🏽 here.', { signOff: 'Best,\nAlex' })),
      options: { minWords: 0 },
      errors: [{ message: 'The letter has 5 paragraphs; keep it to 4 or fewer.', range: '12:1-12:15', text: 'Six 👍🏽 here.' }],
    },
    {
      name: 'too long: found at the sentence that crosses the limit',
      text: '\uFEFF' + letter([SENTENCE, SENTENCE, SENTENCE].join(' ')),
      options: { maxWords: 20, minWords: 0 },
      errors: [{ message: 'The letter runs to 30 words; keep it under 20: a couple of brief paragraphs.', range: '3:107-3:159', text: SENTENCE }],
    },
    {
      name: 'an overlong sentence across lines',
      text: letter(`${SENTENCE}\n${OVERLONG.replace('the dashboards and', 'the dashboards and\n')}`),
      options: { minWords: 0 },
      errors: [{ message: 'This sentence has 38 words; split it (at most 35).', range: '4:1-5:90', text: OVERLONG.replace('the dashboards and', 'the dashboards and\n') }],
    },
  ],
})
