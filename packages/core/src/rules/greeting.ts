import type { Root } from 'mdast'
import { defineRule } from '../define-rule.js'
import { personTokens } from '../letter/mentions.js'
import { blockLines } from '../letter/structure.js'
import { tabStop } from '../text/snippet.js'
import type { Fix, Span } from '../types.js'
import { GENERIC_ADDRESSEE } from '../vocab/words.js'

/** Openings that never name anyone. */
const ALWAYS_GENERIC = /^(?:to whom it may concern|dear (?:the )?(?:sir|madam|sir or madam|madam or sir|sir\/madam))/i

/** The ways to greet the declared interviewer: first name, and full name when it differs. */
function greetings(to: readonly string[]): string[] {
  const names = to.slice(0, 3)
  if (names.length === 0) return []
  if (names.length > 1) return [`Dear ${names.map((name) => personTokens(name).first ?? name).join(' and ')},`]
  const full = names[0]!
  const { first, last } = personTokens(full)
  // "Ms. Dana Whitfield" is greeted "Dear Ms. Whitfield,", not by first name.
  const title = /^(?:mr|mrs|ms|mx|dr|prof)\.?(?=\s)/i.exec(full)?.[0]
  if (title && last) return [`Dear ${title} ${last},`]
  return [...new Set([first ? `Dear ${first},` : undefined, `Dear ${full},`].filter((g): g is string => !!g))]
}

function replacements(at: Span, to: readonly string[]): Fix[] {
  const options = greetings(to)
  if (options.length === 0) return [{ title: 'Greet the interviewer by name', edits: [{ ...at, newText: `Dear ${tabStop(1, 'name')},`, snippet: true }] }]
  return options.map((greeting) => ({ title: `Replace with "${greeting}"`, edits: [{ ...at, newText: greeting }] }))
}

/** A thank-you note goes to someone you met: open by greeting them by name. */
export const greeting = defineRule<object, Root>({
  id: 'greeting',
  description: 'A missing greeting, or one that names no one ("To whom it may concern", "Dear Hiring Manager" when the interviewer is known).',
  note: 'You met this person: a greeting by name shows the letter was written for them.',
  better: 'Dear Dana,',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: 'suggestion',
  tree: 'markdown',
  options: {},
  examples: [
    {
      title: 'a form-letter opening',
      text: 'To whom it may concern,\n\nThank you for the interview.\n',
      messages: ['Greet the interviewer by name instead of "To whom it may concern".'],
    },
    {
      title: 'a job title when the interviewer is known',
      text: '---\nto: Dana Whitfield\n---\nDear Hiring Manager,\n\nThank you for the interview.\n',
      messages: ['Greet Dana by name instead of "Dear Hiring Manager".'],
    },
    {
      title: 'no greeting at all',
      text: 'Thank you for the interview on Tuesday.\n',
      messages: ['Open the letter with a greeting that names the interviewer.'],
    },
    { title: 'a named greeting', text: 'Dear Ms. Whitfield,\n\nThank you for the interview.\n', messages: [] },
  ],
  check({ letter, report }) {
    const { greeting: found, blocks } = letter.structure
    const who = letter.frontmatter?.to.length ? personTokens(letter.to[0]!).first ?? letter.to[0]! : 'the interviewer'
    if (!found) {
      const first = blocks[0]
      if (!first) return
      const line = blockLines(first)[0]!
      const newline = /\r\n/.test(letter.text) ? '\r\n' : '\n'
      report({
        at: { start: line.start, end: line.end },
        message: 'Open the letter with a greeting that names the interviewer.',
        suggestions: replacements({ start: line.start, end: line.start }, letter.to).map((fix) => ({
          ...fix,
          title: fix.title.replace('Replace with', 'Insert'),
          edits: fix.edits.map((edit) => ({ ...edit, newText: edit.newText + newline + newline })),
        })),
      })
      return
    }
    const addressee = found.name?.replace(/^(?:dear|my)\s+/i, '')
    const opening = found.text.replace(/[,:;!]+$/, '')
    const alwaysGeneric = ALWAYS_GENERIC.test(found.text)
    const unnamed = !addressee || GENERIC_ADDRESSEE.test(addressee)
    // "Dear Hiring Manager" is only a slip when we know who the interviewer was.
    if (alwaysGeneric || (unnamed && (letter.frontmatter?.to.length ?? 0) > 0)) {
      report({
        at: { start: found.start, end: found.end },
        message: `Greet ${who} by name instead of "${opening}".`,
        suggestions: replacements({ start: found.start, end: found.end }, letter.frontmatter?.to ?? []),
      })
    }
  },
})
