import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FACTS = 'to: Dana Whitfield\ntopics: [the Kafka migration]'
const KNOWN = letter(
  'Thank you for your time. Again, thank you *so much* for your time. It was great to\nmeet you. Please don\'t hesitate to reach out to me about the Kafka migration.',
  { frontmatter: FACTS },
)
const UNKNOWN = crlf(letter('🎉 Thanks so much for your time today. I look forward to hearing from you.', { signOff: 'Best,\nAlex' }))
const INLINE = '\uFEFF' + letter('', { greeting: 'Dear Dana, thank you for your time.' })
const COMBINING = letter('Zoe\u0308 and I talked. I really enjoyed our conversation.', { greeting: 'Dear Zoe\u0308,' })
const LIST = letter('- I really enjoyed our conversation.\n- I believe I would be a great fit for the team.')

testRule('generic-phrase', {
  valid: [
    { name: 'the same words with specifics', text: letter('Thank you for your time walking me through the Kafka migration.') },
    { name: 'a declared topic makes the line specific', text: letter('Thank you for your time on the migration.', { frontmatter: FACTS }) },
    { name: 'a number makes the line specific', text: letter('Thank you for the interview on the 14th.') },
    { name: 'a name makes the line specific', text: letter('It was great to meet you and Marcus.') },
    { name: 'a phrase in a code block', text: letter('My template said:\n\n```\nThank you for your time.\n```') },
    { name: 'a phrase in inline code', text: letter('The `thank you for your time` line is gone from my template; the Kafka notes replaced it.') },
  ],
  invalid: [
    {
      name: 'overlapping phrases, emphasis, a line break and filler, with facts known',
      text: KNOWN,
      errors: [
        {
          message: '"Thank you for your time" could close any interview: say what the time was spent on.',
          range: '7:1-7:24',
          text: 'Thank you for your time',
          suggestions: [
            KNOWN.replace('Thank you for your time.', 'Thank you, Dana, for walking me through the Kafka migration.'),
            KNOWN.replace('Thank you for your time.', 'Thank you for the time you spent explaining the Kafka migration.'),
          ],
        },
        {
          // The longer of two overlapping phrases ("Again, thank you" is one too), quoted without markers.
          message: '"thank you so much for your time" could close any interview: say what the time was spent on.',
          range: '7:33-7:66',
          text: 'thank you *so much* for your time',
          suggestions: [
            KNOWN.replace('thank you *so much* for your time', 'thank you, Dana, for walking me through the Kafka migration'),
            KNOWN.replace('thank you *so much* for your time', 'thank you for the time you spent explaining the Kafka migration'),
          ],
        },
        {
          message: '"It was great to meet you" could close any interview: say what made the meeting worthwhile.',
          range: '7:68-8:9',
          text: 'It was great to\nmeet you',
          suggestions: [KNOWN.replace('It was great to\nmeet you', 'It was a pleasure to hear how your team handles the Kafka migration')],
        },
        {
          // Filler stays generic however specific the rest of the sentence is.
          message: '"Please don\'t hesitate to reach out to me" could close any interview: the reader knows how to reach you; use the line for something specific.',
          range: '8:11-8:51',
          text: "Please don't hesitate to reach out to me",
          suggestions: [KNOWN.replace("Please don't hesitate to reach out to me", 'I am happy to send the migration runbook I mentioned if it helps')],
        },
      ],
    },
    {
      name: 'facts unknown: snippets with their hints, CRLF, emoji first',
      text: UNKNOWN,
      errors: [
        {
          message: '"Thanks so much for your time" could close any interview: say what the time was spent on.',
          range: '3:4-3:32',
          text: 'Thanks so much for your time',
          suggestions: [
            UNKNOWN.replace('Thanks so much for your time', 'Thank you, Dana, for walking me through what we discussed'),
            UNKNOWN.replace('Thanks so much for your time', 'Thank you for the time you spent explaining what we discussed'),
          ],
        },
        {
          message: '"I look forward to hearing from you" could close any interview: end with interest in something concrete.',
          range: '3:40-3:74',
          text: 'I look forward to hearing from you',
          suggestions: [
            UNKNOWN.replace('I look forward to hearing from you', 'I would be glad to help with the next project as the new team member'),
            UNKNOWN.replace('I look forward to hearing from you', 'I look forward to hearing how the project goes'),
          ],
        },
      ],
    },
    {
      name: 'after the greeting on the same line, the rewrite keeps the lower case',
      text: INLINE,
      errors: [
        {
          message: '"thank you for your time" could close any interview: say what the time was spent on.',
          range: '1:13-1:36',
          text: 'thank you for your time',
          suggestions: [
            INLINE.replace('thank you for your time', 'thank you, Dana, for walking me through what we discussed'),
            INLINE.replace('thank you for your time', 'thank you for the time you spent explaining what we discussed'),
          ],
        },
      ],
    },
    {
      name: 'after a combining character',
      text: COMBINING,
      errors: [
        {
          message: '"I really enjoyed our conversation" could close any interview: say which part of it you enjoyed.',
          range: '3:20-3:53',
          text: 'I really enjoyed our conversation',
          suggestions: [COMBINING.replace('I really enjoyed our conversation', 'I especially enjoyed our conversation about what we discussed')],
        },
      ],
    },
    {
      name: 'phrases in a list',
      text: LIST,
      errors: [
        {
          message: '"I really enjoyed our conversation" could close any interview: say which part of it you enjoyed.',
          range: '3:3-3:36',
          text: 'I really enjoyed our conversation',
          suggestions: [LIST.replace('I really enjoyed our conversation', 'I especially enjoyed our conversation about what we discussed')],
        },
        {
          message: '"I believe I would be a great fit" could close any interview: show the fit with one qualification tied to the role.',
          range: '4:3-4:35',
          text: 'I believe I would be a great fit',
          suggestions: [LIST.replace('I believe I would be a great fit', 'My three years running Kafka in production would let me take on the migration from day one')],
        },
      ],
    },
  ],
})
