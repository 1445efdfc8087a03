import { htmlTagNames } from 'html-tag-names'
import type { Html, Root, Text } from 'mdast'
import { visit } from 'unist-util-visit'
import { defineRule } from '../define-rule.js'
import type { Letter } from '../letter/letter.js'
import { tabStop } from '../text/snippet.js'
import type { Fix, Span } from '../types.js'

const HTML_TAGS = new Set(htmlTagNames)

/** Words that mark bracketed text as a template slot: `[Interviewer Name]`, `[insert project]`. */
const SLOT_WORDS =
  /\b(?:name|company|organi[sz]ation|role|position|title|job|date|interviewer|manager|topic|skill|skills|project|team|insert|your|phone|email|address|detail|details|specific|something|here)\b/i

/** Template slots in running text; each alternative is linear (no nested quantifiers). */
const TEXT_SLOTS = new RegExp(
  [
    String.raw`\\?\[[^\[\]\n]{1,40}\]`, // [Interviewer Name], or escaped: \[Company\]
    String.raw`\{\{?[ \t]*[A-Za-z_][\w .-]{0,30}\}\}?`, // {role}, {{company}}
    String.raw`\b[Xx]{3,}\b`, // XXXX
    String.raw`_{3,}`, // ____
    String.raw`\b(?:Your|YOUR) (?:Name|NAME)\b`,
    String.raw`\b(?:Company|Interviewer|Hiring Manager)(?:'s)? Name\b`,
    String.raw`\b(?:Job Title|Position Title)\b`,
    String.raw`\b(?:TBD|TODO|FIXME)\b`,
    String.raw`\b[Ll]orem ipsum\b`,
  ].join('|'),
  'g',
)

/** `<Company>`, `<Job Title>`: an "HTML tag" that no HTML author would write. */
function isAngleSlot(html: string): boolean {
  const match = /^<([A-Za-z][\w-]*)((?:\s+[A-Za-z'][\w']*)*)\s*\/?>$/.exec(html)
  if (!match) return false
  const [, name, rest] = match
  return !HTML_TAGS.has(name!.toLowerCase()) || /^[A-Z]/.test(name!) || rest!.trim().length > 0 && !rest!.includes('=')
}

/** The slot as the reader sees it: "\[Company\]" renders as "[Company]". */
function asRendered(source: string): string {
  return source.replace(/\\([[\]])/g, '$1')
}

function isTextSlot(slot: string): boolean {
  if (!slot.startsWith('[')) return true
  const inner = slot.slice(1, -1).trim()
  // "[sic]" and "[1]" are not slots; "[Interviewer Name]" and "[insert project]" are.
  return SLOT_WORDS.test(inner) || /^(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*$/.test(inner) && inner.length > 1
}

/** What a slot stands for, when the letter's frontmatter knows it. */
function known(slot: string, letter: Letter): string | undefined {
  const lower = slot.toLowerCase()
  if (/\byour\b/.test(lower)) return letter.from
  if (/interviewer|manager|\bname\b/.test(lower)) return letter.to[0]
  if (/company|organi[sz]ation/.test(lower)) return letter.company
  if (/role|position|title|job/.test(lower)) return letter.role
  return undefined
}

function fill(at: Span, slot: string, letter: Letter): Fix {
  const value = known(slot, letter)
  if (value) return { title: `Replace with "${value}"`, edits: [{ ...at, newText: value }] }
  const hint = slot.replace(/^[[<{]+|[\]>}]+$/g, '').trim() || 'specific detail'
  return { title: `Fill in ${hint}`, edits: [{ ...at, newText: tabStop(1, hint), snippet: true }] }
}

/** A letter sent with `[Interviewer Name]` in it is worse than no letter at all. */
export const placeholder = defineRule<object, Root>({
  id: 'placeholder',
  description: 'Template slots left unfilled: `[Interviewer Name]`, `<Company>`, `XXXX`, `____`, `{role}`, "Your Name".',
  note: 'A letter sent with an unfilled template slot shows it was not written for this reader.',
  better: 'Dear Dana, thank you for the time at Northwind Logistics on Thursday.',
  category: 'specifics',
  defaultSeverity: 'error',
  fixable: 'suggestion',
  tree: 'markdown',
  options: {},
  examples: [
    {
      title: 'a bracketed slot',
      text: 'Dear [Interviewer Name],\n',
      messages: ['Fill in the placeholder "[Interviewer Name]" before sending.'],
    },
    {
      title: 'an angle-bracket slot and a run of X',
      text: 'I enjoyed meeting the team at <Company> on XXXX.\n',
      messages: ['Fill in the placeholder "<Company>" before sending.', 'Fill in the placeholder "XXXX" before sending.'],
    },
    { title: 'real HTML and a citation', text: 'Line one<br>and [sic] two.\n', messages: [] },
  ],
  check({ tree, letter, report }) {
    const found = (start: number, source: string) => {
      const at = { start, end: start + source.length }
      const slot = asRendered(source)
      report({ at, message: `Fill in the placeholder "${slot}" before sending.`, suggestions: [fill(at, slot, letter)] })
    }
    visit(tree, (node) => {
      if (node.type === 'text') {
        const text = node as Text
        const offset = text.position?.start.offset
        if (offset === undefined) return
        // The node's value has escapes resolved; slots are searched in the source to keep offsets exact.
        const source = letter.text.slice(offset, text.position!.end.offset)
        for (const match of source.matchAll(TEXT_SLOTS)) if (isTextSlot(asRendered(match[0]))) found(offset + match.index, match[0])
      } else if (node.type === 'html') {
        const html = node as Html
        const offset = html.position?.start.offset
        if (offset === undefined || html.value.startsWith('<!--')) return
        const source = letter.text.slice(offset, html.position!.end.offset)
        for (const match of source.matchAll(/<[^<>\n]{1,60}>/g)) if (isAngleSlot(match[0])) found(offset + match.index, match[0])
      }
    })
  },
})
