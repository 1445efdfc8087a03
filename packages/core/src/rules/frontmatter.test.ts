import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'

/** Each level refers to the one above nine times: fully expanded, `to` would hold 9⁴ names. */
const ALIAS_BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'to: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n')

testRule('frontmatter', {
  valid: [
    { name: 'no frontmatter', text: letter(BODY) },
    { name: 'every field', text: letter(BODY, { frontmatter: 'to: Dana Whitfield\ncompany: Northwind Logistics\nrole: Data Platform Engineer\ninterviewed: 2026-11-20\ntopics: [the Kafka migration, on-call load]\nfrom: Alex Rivera' }) },
    { name: 'a list of interviewers and a date-time with offset', text: letter(BODY, { frontmatter: 'to:\n  - Dana Whitfield\n  - Marcus Lee\ninterviewed: 2026-11-20T15:30:00+01:00' }) },
    { name: 'a date-time with a space', text: letter(BODY, { frontmatter: 'interviewed: 2026-11-20 15:30' }) },
    { name: 'aliases people use for the fields', text: letter(BODY, { frontmatter: 'interviewer: Dana Whitfield\nposition: Data Platform Engineer\ntopic: the Kafka migration' }) },
    { name: 'keys letterlint does not know', text: letter(BODY, { frontmatter: 'title: Thank-you note\ntags: [northwind]' }) },
    { name: 'empty frontmatter', text: letter(BODY, { frontmatter: '' }) },
    { name: 'CRLF and a byte order mark', text: '\uFEFF' + crlf(letter(BODY, { frontmatter: 'to: Dana Whitfield\ninterviewed: 2026-11-20' })) },
    { name: 'valid letterlint settings', text: letter(BODY, { frontmatter: 'to: Dana Whitfield\nletterlint:\n  rules:\n    length: off\n    spelling: { severity: error }\n  words: [Kowalczyk]' }) },
    // A letter may open with a thematic break; only "---" followed by a key looks like frontmatter.
    { name: 'a horizontal rule before the letter', text: '---\n\n' + letter(BODY) },
  ],
  invalid: [
    {
      name: 'a number where names belong',
      text: letter(BODY, { frontmatter: 'to: 42' }),
      errors: [{ message: 'Frontmatter `to` should be a name or a list of names, not 42.', range: '2:5-2:7', text: '42' }],
    },
    // Found by fuzzing: with lone "\r" line endings every frontmatter range sat four units early (inside an emoji).
    {
      name: 'old Mac line endings',
      text: letter(BODY, { frontmatter: 'to: 42\ncompany: Northwind' }).replace(/\n/g, '\r'),
      errors: [{ message: 'Frontmatter `to` should be a name or a list of names, not 42.', range: '2:5-2:7', text: '42' }],
    },
    {
      name: 'old Mac line endings around a ZWJ emoji',
      text: '---\r👨\u200D👩\u200D👧\r\r---',
      errors: [{ message: 'Frontmatter should be a mapping of keys (`to:`, `company:`, …).', range: '2:1-2:9', text: '👨\u200D👩\u200D👧' }],
    },
    {
      name: 'a date in words, CRLF, emoji in the greeting',
      text: crlf(letter(BODY, { frontmatter: 'to: Dana 🎉\ninterviewed: next Tuesday', greeting: 'Dear 🎉 Dana,' })),
      errors: [
        {
          message: 'Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "next Tuesday".',
          range: '3:14-3:26',
          text: 'next Tuesday',
        },
      ],
    },
    {
      name: 'a date that does not exist',
      text: letter(BODY, { frontmatter: 'interviewed: 2026-02-30' }),
      errors: [
        {
          message: 'Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "2026-02-30".',
          range: '2:14-2:24',
          text: '2026-02-30',
        },
      ],
    },
    {
      name: 'wrong types in lists and text fields',
      text: letter(BODY, { frontmatter: 'to:\n  - Dana Whitfield\n  - 42\ncompany: [Northwind]\nfrom: ""' }),
      errors: [
        { message: 'Frontmatter `to` should be a name or a list of names, not a list of mixed values.', range: '3:3-4:7', text: '- Dana Whitfield\n  - 42' },
        { message: 'Frontmatter `company` should be text, not a list of mixed values.', range: '5:10-5:21', text: '[Northwind]' },
        { message: 'Frontmatter `from` should be text, not "".', range: '6:7-6:9', text: '""' },
      ],
    },
    {
      name: 'not closed',
      text: '---\nto: Dana Whitfield\ncompany: Northwind Logistics\n\n' + letter(BODY),
      errors: [{ message: 'Frontmatter is not closed: add a `---` line after its last field.', range: '1:1-1:4', text: '---' }],
    },
    {
      name: 'not closed, after a byte order mark and with CRLF',
      text: '\uFEFF' + crlf('---\nto: Dana Whitfield\n\n' + letter(BODY)),
      errors: [{ message: 'Frontmatter is not closed: add a `---` line after its last field.', range: '1:2-1:5', text: '---' }],
    },
    {
      name: 'a tab as indentation',
      text: letter(BODY, { frontmatter: 'to: Dana Whitfield\n\tcompany: Northwind' }),
      errors: [{ message: 'Invalid frontmatter: Tabs are not allowed as indentation', range: '3:1-3:2', text: '\t' }],
    },
    {
      name: 'an unclosed quote is shown where it opens',
      text: letter(BODY, { frontmatter: 'to: "Dana Whitfield\ncompany: Northwind' }),
      errors: [{ message: 'Invalid frontmatter: Missing closing "quote', range: '2:5-2:6', text: '"' }],
    },
    {
      name: 'an unclosed bracket is shown where it opens',
      text: letter(BODY, { frontmatter: 'to: [Dana Whitfield\ncompany: Northwind' }),
      errors: [{ message: 'Invalid frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]', range: '2:5-2:6', text: '[' }],
    },
    {
      name: 'a key given twice',
      text: letter(BODY, { frontmatter: 'to: Dana\nto: Marcus' }),
      errors: [{ message: 'Invalid frontmatter: Map keys must be unique', range: '3:1-3:2', text: 't' }],
    },
    {
      name: 'a list instead of a mapping',
      text: letter(BODY, { frontmatter: '- Dana\n- Marcus' }),
      errors: [{ message: 'Frontmatter should be a mapping of keys (`to:`, `company:`, …).', range: '2:1-3:9', text: '- Dana\n- Marcus' }],
    },
    {
      name: 'an alias to no anchor',
      text: letter(BODY, { frontmatter: 'to: *nowhere' }),
      errors: [{ message: 'Frontmatter `to`: Unresolved alias (the anchor must be set before the alias): nowhere', range: '2:5-2:13', text: '*nowhere' }],
    },
    {
      name: 'a "billion laughs" alias bomb is refused, not expanded',
      text: letter(BODY, { frontmatter: ALIAS_BOMB }),
      errors: [{ message: 'Frontmatter `to`: Excessive alias count indicates a resource exhaustion attack', range: '6:5-6:41', text: '[*d, *d, *d, *d, *d, *d, *d, *d, *d]' }],
    },
    {
      name: 'an unknown rule under letterlint: points at the rule id',
      text: letter(BODY, { frontmatter: 'to: Dana Whitfield\nletterlint:\n  rules:\n    speling: off' }),
      errors: [{ message: 'Frontmatter `letterlint`: Unknown rule "speling". Did you mean "spelling"?', range: '5:5-5:12', text: 'speling' }],
    },
    {
      name: 'a wrong option type under letterlint:',
      text: letter(BODY, { frontmatter: 'letterlint:\n  rules:\n    length: { maxWords: lots }' }),
      errors: [{ message: 'Frontmatter `letterlint`: rules.length.maxWords must be an integer, not "lots".', range: '4:15-4:23', text: 'maxWords' }],
    },
    {
      name: 'a word list item that is not text',
      text: letter(BODY, { frontmatter: 'letterlint:\n  words: [Kowalczyk, 7]' }),
      errors: [{ message: 'Frontmatter `letterlint`: words.1 must be a string, not 7.', range: '3:22-3:23', text: '7' }],
    },
    {
      name: 'letterlint: that is not a mapping',
      text: letter(BODY, { frontmatter: 'letterlint: 5' }),
      errors: [{ message: 'Frontmatter `letterlint`: configuration must be an object, not 5.', range: '2:13-2:14', text: '5' }],
    },
  ],
})
