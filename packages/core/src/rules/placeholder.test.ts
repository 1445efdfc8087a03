import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const FACTS = 'to: Dana Whitfield\ncompany: Northwind Logistics\nrole: Data Platform Engineer\nfrom: Alex Rivera'
const KNOWN = letter('I enjoyed meeting the team at <Company> and hearing about the {role}; {{ company }} is <Job Title> material.', {
  frontmatter: FACTS,
  greeting: 'Dear [Interviewer Name],',
  signOff: 'Best regards,\n[Your Name]',
})
const UNKNOWN = letter('Lorem ipsum 🎉 dolor: the [insert project] demo on XXXX was great. TODO: add ____ here.')
const ESCAPED = crlf(letter('Thank you 👍🏽 for the tour at \\[Company\\] and the talk about [Company].'))

testRule('placeholder', {
  valid: [
    {
      name: 'links, citations, footnote marks and real HTML',
      text: letter('See [the docs](https://example.com/docs) [sic] [1] and [ ] — a line<br>break and <b>bold</b> text, <abbr title="x">abbr</abbr>.'),
    },
    { name: 'slots in code are examples, not slots', text: letter('The template used `[Company]` and\n\n```\nDear [Interviewer Name],\n```') },
    { name: 'slots in frontmatter are not the letter', text: letter('Thank you for the tour.', { frontmatter: 'title: "[Company] thank-you"' }) },
    { name: 'a bracketed aside in lower case', text: letter('The Kafka migration [as you said, the hard part] stayed with me.') },
    { name: 'an HTML comment', text: letter('<!-- [Company] -->\nThank you for the tour.') },
  ],
  invalid: [
    {
      name: 'slots the frontmatter can fill',
      text: KNOWN,
      errors: [
        { message: 'Fill in the placeholder "[Interviewer Name]" before sending.', range: '7:6-7:24', text: '[Interviewer Name]', suggestions: [KNOWN.replace('[Interviewer Name]', 'Dana Whitfield')] },
        { message: 'Fill in the placeholder "<Company>" before sending.', range: '9:31-9:40', text: '<Company>', suggestions: [KNOWN.replace('<Company>', 'Northwind Logistics')] },
        { message: 'Fill in the placeholder "{role}" before sending.', range: '9:63-9:69', text: '{role}', suggestions: [KNOWN.replace('{role}', 'Data Platform Engineer')] },
        { message: 'Fill in the placeholder "{{ company }}" before sending.', range: '9:71-9:84', text: '{{ company }}', suggestions: [KNOWN.replace('{{ company }}', 'Northwind Logistics')] },
        { message: 'Fill in the placeholder "<Job Title>" before sending.', range: '9:88-9:99', text: '<Job Title>', suggestions: [KNOWN.replace('<Job Title>', 'Data Platform Engineer')] },
        { message: 'Fill in the placeholder "[Your Name]" before sending.', range: '12:1-12:12', text: '[Your Name]', suggestions: [KNOWN.replace('[Your Name]', 'Alex Rivera')] },
      ],
    },
    {
      name: 'slots nothing can fill become snippets (plain: their hint)',
      text: UNKNOWN,
      errors: [
        { message: 'Fill in the placeholder "Lorem ipsum" before sending.', range: '3:1-3:12', text: 'Lorem ipsum', suggestions: [UNKNOWN] },
        { message: 'Fill in the placeholder "[insert project]" before sending.', range: '3:27-3:43', text: '[insert project]', suggestions: [UNKNOWN.replace('[insert project]', 'insert project')] },
        { message: 'Fill in the placeholder "XXXX" before sending.', range: '3:52-3:56', text: 'XXXX', suggestions: [UNKNOWN] },
        { message: 'Fill in the placeholder "TODO" before sending.', range: '3:68-3:72', text: 'TODO', suggestions: [UNKNOWN] },
        { message: 'Fill in the placeholder "____" before sending.', range: '3:78-3:82', text: '____', suggestions: [UNKNOWN] },
      ],
    },
    {
      name: 'escaped brackets are a slot as rendered, CRLF and emoji before',
      text: ESCAPED,
      errors: [
        { message: 'Fill in the placeholder "[Company]" before sending.', range: '3:32-3:43', text: '\\[Company\\]', suggestions: [ESCAPED.replace('\\[Company\\]', 'Company')] },
        { message: 'Fill in the placeholder "[Company]" before sending.', range: '3:63-3:72', text: '[Company]', suggestions: [ESCAPED.replace(' [Company]', ' Company')] },
      ],
    },
    {
      name: 'a byte order mark and a slot in a list',
      text: '\uFEFF' + letter("- Thank you for the tour.\n- I met Hiring Manager's Name there."),
      errors: [
        {
          message: 'Fill in the placeholder "Hiring Manager\'s Name" before sending.',
          range: '4:9-4:30',
          text: "Hiring Manager's Name",
          // The greeting names Dana, so the slot can be filled.
          suggestions: ['\uFEFF' + letter('- Thank you for the tour.\n- I met Dana there.')],
        },
      ],
    },
  ],
})
