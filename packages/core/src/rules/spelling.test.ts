import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const NORTHWIND = 'to: Dana Whitfield\ncompany: Northwind Logistics\nrole: Data Platform Engineer\ntopics: [the Kafka migration]'

/** The text once for each replacement of its (unique) word `find`: what each suggestion leaves. */
function replacing(text: string, find: string, replacements: string[]): string[] {
  return replacements.map((replacement) => text.replace(find, replacement))
}

const EMOJI = letter('Thank you for the 🎉 tour 👍🏽 of the depot. I enjoyed the tuor of the routing dashboard.')
const MARKDOWN = letter('I enjoyed the *tuor*, the onbaording, and the "dead-leter" queue.')
const LIST = letter('- Teh tour was great.\n- I recieved your notes.', { signOff: 'Best,\nAlex' })
const ACCENTS = letter('Thank you, Zoë Brontë, for the café visit. I enjoyed the e\u0301clair and the tuor.', { greeting: 'Dear Zoë,' })
const CRLF_BOM = '\uFEFF' + crlf(letter('Thank you for the tour. I recieve your notes with thanks.'))
/** Markdown whose text differs from its source: an indented second line, escapes, an entity. */
const SHIFTED = letter('I enjoyed the tour and\n   the tuor of the depot. AT\\&T \\*tuor\\* &amp; the tuor.')
const POSSESSIVE = letter("I enjoyed Northwind's on-call review and Ms. Whitfeld's notes on the Kafka migration.", { frontmatter: NORTHWIND, greeting: 'Dear Ms. Whitfield,' })

testRule('spelling', {
  valid: [
    {
      name: 'declared names, possessives, titles and hyphenated words',
      text: letter("I enjoyed Northwind's on-call review, Ms. Whitfield's well-known data-driven approach and the team's follow-up on the Kafka migration.", {
        frontmatter: NORTHWIND,
        greeting: 'Dear Ms. Whitfield,',
      }),
    },
    {
      name: 'inline code, code blocks, URLs and e-mail addresses',
      text: letter('The `kubectl` trick and [the docs](https://example.com/docs/kubeadm) helped; my notes are at github.com/alex and alex@example.com.\n\n```\nteh recieve tuor\n```'),
    },
    { name: 'acronyms, product names and unknown capitalised names', text: letter('Dana Kowalczyk showed me the AWS setup, the GitHub repo and the SaaS dashboards.') },
    { name: 'words of job searches and tech work', text: letter('I sent my résumé after the onboarding walkthrough; the roadmap, the runbooks, the handoffs and the standup made the codebase feel familiar.') },
    { name: 'accented spellings of known words', text: ACCENTS.replace(' and the tuor', '') },
    { name: 'the personal word list, in any case', text: letter('I ran kubeadm upgrades and Kubeadm audits.'), words: ['kubeadm'] },
    { name: 'a possessive of a personal word', text: letter("I enjoyed Kowalczyk's demo."), words: ['Kowalczyk'] },
    { name: 'emphasis and lists', text: letter('- I *really* enjoyed the **tour**.\n- The _depot_ was impressive.') },
    { name: 'pasted data longer than any word (a token, a hash)', text: letter(`My reference is ${'q'.repeat(45)} and ${'xz'.repeat(5000)}.`) },
  ],
  invalid: [
    {
      name: 'a typo after emoji (UTF-16 columns)',
      text: EMOJI,
      errors: [
        {
          message: 'Unknown word "tuor": did you mean "tour"?',
          range: '3:60-3:64',
          text: 'tuor',
          suggestions: replacing(EMOJI, 'tuor', ['tour', 'tumor', 'tutor', 'tor', 'to']),
        },
      ],
    },
    {
      name: 'typos in emphasis, between commas and in quotes',
      text: MARKDOWN,
      errors: [
        { message: 'Unknown word "tuor": did you mean "tour"?', range: '3:16-3:20', text: 'tuor', suggestions: replacing(MARKDOWN, 'tuor', ['tour', 'tumor', 'tutor', 'tor', 'to']) },
        { message: 'Unknown word "onbaording": did you mean "onboarding"?', range: '3:27-3:37', text: 'onbaording', suggestions: replacing(MARKDOWN, 'onbaording', ['onboarding']) },
        { message: 'Unknown word "dead-leter".', range: '3:48-3:58', text: 'dead-leter' },
      ],
    },
    {
      name: 'typos in a list, one capitalised at the start of a sentence',
      text: LIST,
      errors: [
        { message: 'Unknown word "Teh": did you mean "The"?', range: '3:3-3:6', text: 'Teh', suggestions: replacing(LIST, 'Teh', ['The', 'Ten', 'Tea', 'Eh', 'Tech']) },
        {
          message: 'Unknown word "recieved": did you mean "received"?',
          range: '4:5-4:13',
          text: 'recieved',
          suggestions: replacing(LIST, 'recieved', ['received', 'relieved', 'believed', 'receive', 'relieve']),
        },
      ],
    },
    {
      name: 'a typo after accents and a combining character',
      text: ACCENTS,
      errors: [
        {
          message: 'Unknown word "tuor": did you mean "tour"?',
          range: '3:74-3:78',
          text: 'tuor',
          suggestions: replacing(ACCENTS, 'tuor', ['tour', 'tumor', 'tutor', 'tor', 'to']),
        },
      ],
    },
    {
      name: 'a typo in a CRLF letter with a byte order mark',
      text: CRLF_BOM,
      errors: [
        {
          message: 'Unknown word "recieve": did you mean "receive"?',
          range: '3:27-3:34',
          text: 'recieve',
          suggestions: replacing(CRLF_BOM, 'recieve', ['receive', 'relieve', 'believe', 'received', 'relieved']),
        },
      ],
    },
    {
      name: "a misspelled interviewer's possessive keeps its \"'s\"",
      text: POSSESSIVE,
      errors: [
        {
          message: '"Whitfeld" looks like a misspelling of "Whitfield" (from the frontmatter).',
          range: '9:46-9:54',
          text: 'Whitfeld',
          suggestions: [POSSESSIVE.replace("Whitfeld's", "Whitfield's")],
        },
      ],
    },
    {
      // remark drops the indent, the backslashes and the entity from the text; ranges must not drift.
      name: 'typos after an indented line, escapes and an entity',
      text: SHIFTED,
      errors: [
        { message: 'Unknown word "tuor": did you mean "tour"?', range: '4:8-4:12', text: 'tuor', suggestions: replacing(SHIFTED, 'tuor', ['tour', 'tumor', 'tutor', 'tor', 'to']) },
        {
          message: 'Unknown word "tuor": did you mean "tour"?',
          range: '4:35-4:39',
          text: 'tuor',
          suggestions: ['tour', 'tumor', 'tutor', 'tor', 'to'].map((word) => SHIFTED.replace('\\*tuor', `\\*${word}`)),
        },
        {
          message: 'Unknown word "tuor": did you mean "tour"?',
          range: '4:52-4:56',
          text: 'tuor',
          suggestions: ['tour', 'tumor', 'tutor', 'tor', 'to'].map((word) => SHIFTED.replace('the tuor.', `the ${word}.`)),
        },
      ],
    },
    {
      name: 'a word the personal list does not hold',
      text: letter('I ran kubeadm upgrades and kubectl audits.'),
      words: ['kubeadm'],
      errors: [{ message: 'Unknown word "kubectl".', range: '3:28-3:35', text: 'kubectl' }],
    },
  ],
})
