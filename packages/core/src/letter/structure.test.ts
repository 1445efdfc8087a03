import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { crlf } from '../test-support/rule-tester.js'
import { analyseStructure, type Structure } from './structure.js'

function structure(text: string): Structure {
  return analyseStructure(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as Root, text)
}

/** The greeting most layouts open with, as `parts` shows it. */
const DANA = { greeting: 'Dear Dana,', name: 'Dana', nameSpan: 'Dana' }

/** What the layout tests compare: each part as the text it covers. */
function parts(text: string) {
  const found = structure(text)
  const slice = (span?: { start: number; end: number }) => (span ? text.slice(span.start, span.end) : undefined)
  return {
    greeting: slice(found.greeting),
    name: found.greeting?.name,
    nameSpan: slice(found.greeting?.nameSpan),
    closing: slice(found.signOff?.closing),
    signature: slice(found.signOff?.name),
    blocks: found.blocks.map((block) => `${block.kind}: ${slice(block)}`),
  }
}

describe('letter structure', () => {
  it.each([
    {
      layout: 'greeting, body, closing and name in one paragraph',
      text: 'Dear Dana,\n\nThank you for the tour.\n\nBest,\nAlex\n',
      parts: { ...DANA, closing: 'Best,', signature: 'Alex', blocks: ['paragraph: Thank you for the tour.'] },
    },
    {
      layout: 'everything in one paragraph, line by line',
      text: 'Dear Dana,\nThank you for the tour.\nBest regards,\nAlex Rivera\n',
      parts: { ...DANA, closing: 'Best regards,', signature: 'Alex Rivera', blocks: ['paragraph: Thank you for the tour.'] },
    },
    {
      layout: 'greeting and first sentence on one line, closing and name in separate paragraphs',
      text: 'Dear Dana, Marcus, and Lee, thank you for the tour.\n\nBest regards,\n\nAlex Rivera\n',
      parts: {
        greeting: 'Dear Dana, Marcus, and Lee,',
        name: 'Dana, Marcus, and Lee',
        nameSpan: 'Dana, Marcus, and Lee',
        closing: 'Best regards,',
        signature: 'Alex Rivera',
        blocks: ['paragraph: thank you for the tour.'],
      },
    },
    {
      layout: '"Hi, Dana," and "Best, Alex" on one line',
      text: 'Hi, Dana,\n\nThank you.\n\nBest, Alex\n',
      parts: { greeting: 'Hi, Dana,', name: 'Dana', nameSpan: 'Dana', closing: 'Best,', signature: 'Alex', blocks: ['paragraph: Thank you.'] },
    },
    {
      layout: 'a sentence that starts with a salutation word is no greeting',
      text: 'Hello, I wanted to say thanks.\n\nThanks again!\n',
      parts: { greeting: undefined, name: undefined, nameSpan: undefined, closing: 'Thanks again!', signature: undefined, blocks: ['paragraph: Hello, I wanted to say thanks.'] },
    },
    {
      layout: 'a heading, an emphasised greeting with a title and a colon, a signature with contact line',
      text: '# Thank you\n\n**Dear Dr. García-López:**\n\nThank you.\n\nSincerely yours,\n*Alex Rivera*\nalex@example.com\n',
      parts: {
        greeting: '**Dear Dr. García-López:**',
        name: 'Dr. García-López',
        nameSpan: 'Dr. García-López',
        closing: 'Sincerely yours,',
        signature: '*Alex Rivera*',
        blocks: ['heading: # Thank you', 'paragraph: Thank you.'],
      },
    },
    {
      layout: 'CRLF, a title, and a list at the end instead of a sign-off',
      text: crlf('Dear Ms. Whitfield,\n\nThank you.\n\n- I led it.\n- I liked it.\n'),
      parts: {
        greeting: 'Dear Ms. Whitfield,',
        name: 'Ms. Whitfield',
        nameSpan: 'Ms. Whitfield',
        closing: undefined,
        signature: undefined,
        blocks: ['paragraph: Thank you.', 'list: - I led it.\r\n- I liked it.'],
      },
    },
    {
      layout: 'a greeting and a sign-off with no body',
      text: 'Dear Dana,\n\nBest,\nAlex\n',
      parts: { ...DANA, closing: 'Best,', signature: 'Alex', blocks: [] },
    },
    {
      layout: 'a name with no closing stays in the body',
      text: 'Dear Dana,\n\nThank you for everything, and best wishes to the team.\n\nAlex\n',
      parts: {
        ...DANA,
        closing: undefined,
        signature: undefined,
        blocks: ['paragraph: Thank you for everything, and best wishes to the team.', 'paragraph: Alex'],
      },
    },
    {
      layout: 'a generic greeting with a dash, an exclamation as closing',
      text: 'Good morning team —\n\nThanks for the tour.\n\nThanks!\n',
      parts: { greeting: 'Good morning team —', name: 'team', nameSpan: 'team', closing: 'Thanks!', signature: undefined, blocks: ['paragraph: Thanks for the tour.'] },
    },
    {
      layout: 'a postscript after the sign-off stays in the body',
      text: 'Dear Dana,\n\nThank you.\n\nBest regards,\nAlex Rivera\nData Engineer | Contoso\n\nP.S. I attached the runbook.\n',
      parts: {
        ...DANA,
        closing: 'Best regards,',
        signature: 'Alex Rivera',
        blocks: ['paragraph: Thank you.', 'paragraph: P.S. I attached the runbook.'],
      },
    },
    {
      layout: 'a contact block under a rule after the name is signature, not body',
      text: 'Dear Dana,\n\nThank you.\n\nThanks,\n\nAlex\n\n---\n\nAlex Rivera · alex@example.com · (555) 123-4567\n',
      parts: { ...DANA, closing: 'Thanks,', signature: 'Alex', blocks: ['paragraph: Thank you.'] },
    },
    {
      layout: 'e-mail header lines before the greeting count as headings',
      text: 'Subject: Thank you — Data Platform Engineer interview\n\nDear Dana,\n\nThank you.\n\nBest,\nAlex\n',
      parts: {
        ...DANA,
        closing: 'Best,',
        signature: 'Alex',
        blocks: ['heading: Subject: Thank you — Data Platform Engineer interview', 'paragraph: Thank you.'],
      },
    },
    {
      layout: 'a closing-like line followed by body sentences is not the sign-off',
      text: 'Dear Dana,\n\nThanks again!\n\nI also wanted to add one thing about the plan.\n',
      parts: {
        ...DANA,
        closing: undefined,
        signature: undefined,
        blocks: ['paragraph: Thanks again!', 'paragraph: I also wanted to add one thing about the plan.'],
      },
    },
  ])('$layout', ({ text, parts: expected }) => {
    expect(parts(text)).toEqual(expected)
  })

  it('starts the content after the frontmatter', () => {
    const text = '---\nto: Dana\n---\nDear Dana,\n'
    expect(structure(text).contentStart).toBe(text.indexOf('Dear') - 1)
  })

  it('keeps the emphasis markers outside the name span', () => {
    const text = 'Dear **Dana**,\n\nThanks.\n'
    const { greeting } = structure(text)
    expect(text.slice(greeting!.nameSpan!.start, greeting!.nameSpan!.end)).toBe('Dana')
  })
})
