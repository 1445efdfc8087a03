import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const NORTHWIND = 'to: Dana Whitfield\ncompany: Northwind Logistics'
const WORKSPACE = { companies: ['Contoso Ltd', 'Northwind Logistics'], people: ['Marcus Lee', 'Dana Whitfield'] }
const OTHERS = letter("Thank you for the tour. Marcus's notes and Contoso's roadmap were useful; I would love to join Dana's team at Northwind.", {
  frontmatter: NORTHWIND,
})
const COPIED = crlf(letter('🎉 I would love to join Contoso and help the team finish the Kafka migration.', { frontmatter: NORTHWIND }))
const GREETED = '\uFEFF' + letter('Thank you for the tour of the depot, and for the notes.', { frontmatter: NORTHWIND, greeting: 'Dear Marcus,' })

testRule('wrong-company', {
  valid: [
    { name: 'the declared company, also in a possessive and in capitals', text: letter("I would love to join Northwind and Northwind's team; everyone at NORTHWIND was kind.", { frontmatter: NORTHWIND }) },
    { name: "the interviewer's own team", text: letter("I would love to join Dana's team at Northwind.", { frontmatter: NORTHWIND }) },
    { name: 'a past employer in a sentence about experience', text: letter('At Contoso I led a similar migration of forty services.', { frontmatter: NORTHWIND }), workspace: WORKSPACE },
    { name: 'a typo of the interviewer in the greeting is not another person', text: letter('Thank you for the tour.', { frontmatter: NORTHWIND, greeting: 'Dear Ms. Whitfeld,' }) },
    { name: 'two interviewers greeted', text: letter('Thank you both.', { frontmatter: 'to: [Dana Whitfield, Marcus Lee]\ncompany: Northwind Logistics', greeting: 'Dear Dana and Marcus,' }) },
    { name: 'a company without a distinctive word', text: letter('I would love to join AT&T and help the team.', { frontmatter: 'to: Dana Whitfield\ncompany: AT&T' }) },
    { name: 'no company declared', text: letter('I would love to join Contoso.') },
    { name: 'a place after "at" in a sentence not about work', text: letter('We had lunch at Denver Depot and talked about KubeCon.', { frontmatter: NORTHWIND }) },
    { name: 'a generic greeting is not a wrong person', text: letter('Thank you for the tour.', { frontmatter: NORTHWIND, greeting: 'Dear Hiring Manager,' }) },
  ],
  invalid: [
    {
      name: 'an employer after "at" in a sentence about the job',
      text: letter('I am excited about the role at Contoso.', { frontmatter: NORTHWIND }),
      errors: [
        {
          message: '"Contoso" is not the company this letter is for (Northwind Logistics): a copy-paste slip?',
          range: '7:32-7:39',
          text: 'Contoso',
          suggestions: [letter('I am excited about the role at Northwind Logistics.', { frontmatter: NORTHWIND })],
        },
      ],
    },
    {
      name: "the other letters' interviewer and company, in possessives",
      text: OTHERS,
      workspace: WORKSPACE,
      errors: [
        {
          message: '"Marcus" is not the interviewer this letter is for (Dana Whitfield): a copy-paste slip?',
          range: '7:25-7:31',
          text: 'Marcus',
          suggestions: [OTHERS.replace("Marcus's", "Dana's")],
        },
        {
          message: '"Contoso" is not the company this letter is for (Northwind Logistics): a copy-paste slip?',
          range: '7:44-7:51',
          text: 'Contoso',
          // The possessive stays: "Northwind Logistics's roadmap".
          suggestions: [OTHERS.replace("Contoso's", "Northwind Logistics's")],
        },
      ],
    },
    {
      name: 'the last application\'s company, CRLF and emoji',
      text: COPIED,
      errors: [
        {
          message: '"Contoso" is not the company this letter is for (Northwind Logistics): a copy-paste slip?',
          range: '7:25-7:32',
          text: 'Contoso',
          suggestions: [COPIED.replace('Contoso', 'Northwind Logistics')],
        },
      ],
    },
    {
      name: 'greeting the other interviewer, after a byte order mark',
      text: GREETED,
      errors: [
        {
          message: '"Marcus" is not the interviewer this letter is for (Dana Whitfield): a copy-paste slip?',
          range: '5:6-5:12',
          text: 'Marcus',
          suggestions: [GREETED.replace('Dear Marcus,', 'Dear Dana,')],
        },
      ],
    },
  ],
})
