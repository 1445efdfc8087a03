/**
 * fast-check arbitraries for letter-ish text: pieces of real letters (frontmatter, greetings,
 * sign-offs, stock phrases, slips) mixed with Markdown syntax and awkward Unicode, joined by every
 * kind of line ending. Pieces are few and short so nesting stays shallow (deep nesting is an input
 * limit of its own).
 */
import fc from 'fast-check'
import type { Preset } from '../config/config.js'
import type { WorkspaceFacts } from '../define-rule.js'

const LETTER_LINES = [
  'Dear Dana,',
  'Dear Ms. Whitfield,',
  'Hi, Dana,',
  'Hello Dana and Marcus,',
  '**Dear Dana,** thank you for the tour.',
  'To whom it may concern,',
  'Dear Hiring Manager,',
  'Dear [Interviewer Name],',
  'Subject: Thank you',
  'Best,\nAlex',
  'Best, Alex',
  'Best regards,',
  'Best regards,\nAlex Rivera',
  'Thanks again,\n*Alex*',
  'Sincerely,\n\nAlex',
  'P.S. I attached the runbook.',
  'alex@example.com · (555) 123-4567',
]

const PROSE = [
  'Thank you for your time.',
  'Thanks so much for meeting with me',
  'Once again, thank you.',
  'I look forward to hearing from you.',
  'Thank you for walking me through the Kafka migration on Thursday.',
  'I led the Kafka migration at Contoso.',
  'I would love to join Northwind.',
  "Dana's team",
  'the Data Platform Engineer role',
  'It was a honor',
  'an house',
  'a a apple',
  'an URL',
  'the the the',
  'The the plan',
  'the *the* demo',
  'I recieve teh notes.',
  'Whitfeld',
  'Kowalczyk',
  'GitHub AWS',
  'https://example.com/a-b',
  'AT&T;',
  'XXXX',
  '____',
  '{role}',
  '{{company}}',
  '<Company>',
  '<Job Title>',
  '[sic]',
  'TODO',
  'Your Name',
  'lorem ipsum',
  'and',
  'a',
  'I',
  '.',
  ',',
  '!',
  '?',
]

const MARKDOWN = [
  '# ',
  '## Thank you',
  '> ',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '```',
  '```js\nthe the code\n```',
  '~~~',
  '`teh code`',
  '``a ` b``',
  '[link](x)',
  '[a honor](https://example.com)',
  '![image](a.png)',
  '[ref]: http://example.com',
  '[ref]',
  '*',
  '**',
  '_',
  '*emphasis*',
  '**strong**',
  '_under_',
  '~~gone~~',
  '<div>',
  '</div>',
  '<br>',
  '<span title="x">',
  '<!-- a comment -->',
  '<!--',
  '-->',
  '<!-- letterlint-disable -->',
  '<!-- letterlint-enable -->',
  '<!-- letterlint-disable spelling -->',
  '<!-- letterlint-disable-next-line repeated-word -->',
  '<!-- letterlint-disable-line speling -- names from the CRM -->',
  '<!-- letterlint-enable spelling, placeholder -->',
  '| a | b |\n|---|---|\n| teh | tuor |',
  '|',
  '\\*',
  '\\[Company\\]',
  '\\',
  '&amp;',
  '&eacute;',
  '&#x1F600;',
  '&nbsp;',
  '---',
  '***',
  '===',
  '    indented code',
  '  ',
  '<https://example.com>',
  '$1 ${1:x} \\$',
]

const UNICODE = [
  '🎉',
  '👩\u200D💻',
  '👨\u200D👩\u200D👧',
  '🇺🇸',
  '🏳️\u200D🌈',
  '👍🏽',
  'e\u0301',
  'Cafe\u0301',
  'Zoë',
  '\u0301',
  'مرحبا بكم',
  'שלום',
  '\u200F',
  '\u202E',
  '\u200D',
  '\u0000',
  '\u0007',
  '\uFFFD',
  '\uFFFE',
  '\uFEFF',
  '\u2028',
  '\u00A0',
  '’',
  '—',
  'İ',
  'ß',
  'ﬁ',
  '𝒜',
]

/** Everything that can stand between two pieces, line endings of every kind included. */
const SEPARATORS = ['', ' ', ' ', '  ', '\t', '\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r']

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code))

const longWord = fc
  .tuple(fc.constantFrom('a', 'x', 'ab', 'teh', 'é', '🎉', 'Thank'), fc.integer({ min: 20, max: 400 }))
  .map(([unit, count]) => unit.repeat(count))

/** One piece of a letter: mostly real letter text, sometimes Markdown, odd Unicode or noise. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LETTER_LINES) },
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: longWord },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
)

const FIELDS: Record<string, string[]> = {
  to: ['Dana Whitfield', 'Ms. Dana Whitfield', '[Dana Whitfield, Marcus Lee]', '42', '"Dana', '[Ines', '', '🎉 Zoë', 'Dana\u0301'],
  company: ['Northwind Logistics', 'AT&T', 'X', 'Contoso', '{a: 1}', '"\\u0000"'],
  role: ['Data Platform Engineer', 'Engineer', '[a, 1]', 'null'],
  interviewed: ['2026-11-20', '2026-11-20T10:00:00Z', '2026-02-30', 'yesterday', '2030-01-01', '2026-11-19 09:00'],
  topics: ['[the Kafka migration, on-call load]', 'the Kafka migration', '[]', '- a\n  - b'],
  from: ['Alex Rivera', 'Alex', '7'],
  letterlint: ['{rules: {spelling: off}}', '{rules: {nope: error}}', '\n  words: [Kowalczyk, teh]', '{rules: {length: {maxWords: 5}}}', 'off'],
  interviewer: ['Dana'],
  position: ['Engineer'],
}

const frontmatterLine = fc.oneof(
  fc.constantFrom(...Object.keys(FIELDS)).chain((key) => fc.constantFrom(...FIELDS[key]!).map((value) => `${key}: ${value}`)),
  fc.constantFrom('a: &a [x, x]', 'b: [*a, *a]', ': bad', '\t- tab', '# comment', 'to: Dana\nto: Marcus', '"unclosed', '{', '...'),
)

/** A frontmatter block: known fields with good and bad values, YAML oddities, sometimes unclosed. */
const frontmatter = fc
  .tuple(fc.array(frontmatterLine, { maxLength: 6 }), fc.constantFrom('---\n', '---\n', '---', '...\n', ''))
  .map(([lines, close]) => `---\n${lines.map((line) => line + '\n').join('')}${close}`)

const WORKSPACE: Array<Partial<WorkspaceFacts>> = [
  {},
  { companies: ['Contoso'], people: ['Marcus Lee'] },
  { companies: ['AT&T', 'X'], people: ['Dana Whitfield'], similar: [{ path: 'letters/marcus.md', similarity: 0.9 }] },
]

/** How the whole text ends its lines: as the pieces left them, or all converted to one kind. */
function withLineEndings(text: string, ending: 'mixed' | '\n' | '\r\n' | '\r'): string {
  return ending === 'mixed' ? text : text.replace(/\r\n|\r|\n/g, ending)
}

/** Letter-ish text: an optional BOM and frontmatter, then pieces joined by separators. */
export const letterText: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(frontmatter, { freq: 3 }),
    fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 40 }),
    fc.constantFrom('mixed', 'mixed', '\n', '\r\n', '\r') as fc.Arbitrary<'mixed' | '\n' | '\r\n' | '\r'>,
  )
  .map(([bom, head, pieces, ending]) => (bom ? '\uFEFF' : '') + withLineEndings((head ?? '') + pieces.map(([text, separator]) => text + separator).join(''), ending))

/** How a letter is linted: each preset, spelling suggestions on and off, with or without other letters. */
export interface LintSettings {
  preset: Preset
  suggest: boolean
  workspace: Partial<WorkspaceFacts>
}

export const lintSettings: fc.Arbitrary<LintSettings> = fc.record({
  preset: fc.constantFrom<Preset>('recommended', 'strict'),
  suggest: fc.boolean(),
  workspace: fc.constantFrom(...WORKSPACE),
})
