/**
 * Letters for tests that run over every rule: the shared fixtures of the repository and letters
 * written here to hit every rule and every awkward input (CRLF, BOM, emoji, Markdown, broken YAML).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { WorkspaceFacts } from '../define-rule.js'

export interface CorpusLetter {
  name: string
  text: string
  workspace?: Partial<WorkspaceFacts>
}

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url))

/** Markdown files of a folder of the repository, when it is there. */
function lettersIn(folder: string): CorpusLetter[] {
  const dir = path.join(ROOT, folder)
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ name: `${folder}/${file}`, text: readFileSync(path.join(dir, file), 'utf8') }))
}

/** A letter with every kind of slip, so that every rule reports on it. */
const EVERYTHING = `---
to: Dana Whitfield
company: Northwind Logistics
role: Data Platform Engineer
interviewed: 2026-11-17T10:00:00Z
topics: [the Kafka migration]
---
To whom it may concern,

Thank you for your time 🎉. I recieve the the notes from [Interviewer Name] and it was a honor to
   meet the Contoso team and Marcus. <!-- letterlint-disable-line speling -->

I enjoyed the talk about the depot and the team and the roadmap and the on-call load and the dashboards and the customers and the drivers and the weather and the trucks and the plan and the budget and more.

One.

Two.

Three.
`

const OWN: CorpusLetter[] = [
  {
    name: 'good letter',
    text: `---
to: Dana Whitfield
company: Northwind Logistics
role: Data Platform Engineer
topics: [the Kafka migration, on-call load]
from: Alex Rivera
---
Dear Dana,

Thank you for walking me through the Kafka migration on Thursday. Your point that the hardest part
is keeping on-call load flat while both pipelines run side by side has stayed with me.

At Contoso I led a similar move of forty services onto Kafka, and the runbook I wrote halved our
overnight pages. I would bring that experience to the Data Platform Engineer role.

Best regards,
Alex Rivera
`,
  },
  { name: 'every slip', text: EVERYTHING, workspace: { companies: ['Contoso'], people: ['Marcus Lee'], similar: [{ path: 'letters/marcus.md', similarity: 0.9 }] } },
  { name: 'every slip, CRLF and a byte order mark', text: '\uFEFF' + EVERYTHING.replace(/\n/g, '\r\n') },
  {
    name: 'proofreading slips in Markdown',
    text: 'Dear Zoë,\n\n- 👍🏽 I saw a *interesting* demo of of the dashboard, and the the the tour.\n- Cafe\u0301 notes: the *the* plan, an URL, `teh code`.\n\n> Teh quote.\n\nThanks,\nAlex\n',
  },
  { name: 'a template', text: 'Dear [Interviewer Name],\n\nThank you for the chance to join <Company> as {role} on XXXX.\n\nBest,\nYour Name\n' },
  { name: 'unclosed frontmatter', text: '---\nto: Dana\ncompany: Northwind\n\nDear Dana,\n\nThanks.\n' },
  { name: 'a frontmatter alias bomb', text: '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nto: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\nDear Dana,\n' },
  { name: 'old Mac line endings', text: 'Dear Dana,\r\rI recieve the the notes.\r\rBest,\rAlex\r' },
  { name: 'empty', text: '' },
  { name: 'only a byte order mark', text: '\uFEFF' },
  { name: 'only frontmatter', text: '---\nto: Dana\n---\n' },
  { name: 'binary junk and lone surrogates', text: 'Dear \u0000Dana,\n\n\uD83D I recieve \uDE00 the the notes.\u0007\n\n\uFFFD\uFFFE\n' },
  { name: 'HTML and tables', text: 'Dear Dana,\n\n<div>Thanks for the tour</div>\n\n| a | b |\n|---|---|\n| teh | tuor |\n\nBest,\nAlex\n' },
]

/** The fixture letters shared by every package's tests (if present), the example letters and the letters above. */
export function corpus(): CorpusLetter[] {
  return [...lettersIn('test-fixtures'), ...lettersIn('examples'), ...OWN]
}
