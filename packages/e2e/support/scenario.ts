import { beforeAll, describe, expect, it } from 'vitest'
import { serverCommand } from './paths.js'
import { describeRun, runEditor, type Editor, type EditorRun } from './run-editor.js'

/** A diagnostic as the editor shows it. */
export interface ShownDiagnostic {
  code: string
  /** The LSP range the server sent, `line:character-line:character`, 0-based UTF-16. */
  range: string
  /** Where the editor put it, in its own units: Neovim byte columns, Emacs character columns (0-based). */
  editor: string
  /** The buffer text the editor covers with it (single-line diagnostics). */
  text?: string
  message: string
}

/** One code action round: request, menu, choice, the edited line, and the diagnostics after relinting. */
export interface ActionStep {
  /** The range the client put in `textDocument/codeAction`. */
  request: string
  /** `code range` of each diagnostic the client sent as context, as it sent them. */
  context: string[]
  titles: string[]
  /** Whether any offered action contained `${` (a snippet this client cannot expand). */
  snippet: boolean
  applied: string
  /** The letter's line 6 (0-based) after the edit. */
  line: string
  diagnostics: ShownDiagnostic[]
}

/** What `neovim/letter.lua` and `emacs/letter.el` write. */
export interface ScenarioResult {
  editor: string
  error?: string
  steps: string[]
  offsetEncoding?: string
  filetype?: string
  mode?: string
  diagnostics?: ShownDiagnostic[]
  specific?: ActionStep
  article?: ActionStep
  spelling?: ActionStep
  text?: string
  stopped?: boolean
  serverExit?: { code: number; signal?: number }
}

/** The letter's text, as in `fixtures/letters/dana.md`; line 6 is the one with the emoji. */
const LINES = [
  '---',
  'to: Dana Whitfield',
  'company: Northwind',
  '---',
  'Dear Dana,',
  '',
  '🎉 Thank you for your time. The 🚚 depot tuor was a honor, and I would love to join Northwind.',
  '',
  'I led the Kafka move at Contoso.',
  '',
  'Best,',
  'Alex',
]
const EMOJI_LINE = 6
const OPENED = LINES[EMOJI_LINE]!
const SPECIFIC = '🎉 Thank you, Dana, for walking me through what we discussed. The 🚚 depot tuor was a honor, and I would love to join Northwind.'
const ARTICLE = SPECIFIC.replace('a honor', 'an honor')
const SPELLED = ARTICLE.replace('tuor', 'tour')
const FINAL_TEXT = [...LINES.slice(0, EMOJI_LINE), SPELLED, ...LINES.slice(EMOJI_LINE + 1)].join('\n') + '\n'

/** The diagnostics this scenario acts on; the others (length, missing-*) are rule heuristics, checked only for consistent ranges. */
const WATCHED = new Set(['generic-phrase', 'spelling', 'indefinite-article'])

/**
 * Exact expectations: `rule LSP-range editor-range "covered text"`. LSP positions are UTF-16 code
 * units: 🎉 and 🚚 are two each, so "Thank" starts at character 3. Neovim stores byte columns (each
 * emoji is 4 bytes), Emacs character columns (each emoji is 1 character).
 */
const EXPECTED: Record<Editor, Record<'opened' | 'specific' | 'article' | 'spelling', string[]>> = {
  neovim: {
    opened: ['generic-phrase 6:3-6:26 6:5-6:28 "Thank you for your time"', 'spelling 6:41-6:45 6:45-6:49 "tuor"', 'indefinite-article 6:50-6:51 6:54-6:55 "a"'],
    specific: ['spelling 6:75-6:79 6:79-6:83 "tuor"', 'indefinite-article 6:84-6:85 6:88-6:89 "a"'],
    article: ['spelling 6:75-6:79 6:79-6:83 "tuor"'],
    spelling: [],
  },
  emacs: {
    opened: ['generic-phrase 6:3-6:26 6:2-6:25 "Thank you for your time"', 'spelling 6:41-6:45 6:39-6:43 "tuor"', 'indefinite-article 6:50-6:51 6:48-6:49 "a"'],
    specific: ['spelling 6:75-6:79 6:73-6:77 "tuor"', 'indefinite-article 6:84-6:85 6:82-6:83 "a"'],
    article: ['spelling 6:75-6:79 6:73-6:77 "tuor"'],
    spelling: [],
  },
}

const watched = (diagnostics: ShownDiagnostic[]) =>
  diagnostics
    .filter((d) => WATCHED.has(d.code))
    .sort((a, b) => start(a.range) - start(b.range))
    .map((d) => `${d.code} ${d.range} ${d.editor} "${d.text}"`)

function start(range: string): number {
  const [line, character] = range.split('-')[0]!.split(':').map(Number)
  return line! * 10_000 + character!
}

/** The editor's own column for a UTF-16 column of `line`. */
function editorColumn(editor: Editor, line: string, utf16: number): number {
  const before = line.slice(0, utf16)
  return editor === 'neovim' ? Buffer.byteLength(before, 'utf8') : [...before].length
}

/**
 * Every single-line diagnostic, watched or not: the editor's range is the UTF-16 range converted to
 * its own units, and it covers exactly the text that the UTF-16 range selects.
 */
function expectConsistent(editor: Editor, diagnostics: ShownDiagnostic[], emojiLine: string): void {
  const lines = [...LINES]
  lines[EMOJI_LINE] = emojiLine
  for (const d of diagnostics) {
    const [from, to] = d.range.split('-').map((p) => p.split(':').map(Number) as [number, number])
    if (from![0] !== to![0]) continue
    const line = lines[from![0]]!
    const expected = `${from![0]}:${editorColumn(editor, line, from![1])}-${to![0]}:${editorColumn(editor, line, to![1])}`
    expect(`${d.code} ${d.editor} "${d.text}"`, `${d.code} at ${d.range}`).toBe(`${d.code} ${expected} "${line.slice(from![1], to![1])}"`)
  }
}

/** The script's result, or an error that says why the run did not get through the scenario. */
export function completed(run: EditorRun): ScenarioResult {
  const result = run.result
  if (run.timedOut || run.code !== 0 || !result || result.error) throw new Error(`the ${run.editor} scenario did not complete: ${describeRun(run)}`)
  return result
}

/** The whole scenario for one editor: one headless run, then one test per thing a person would see. */
export function scenarioTests(editor: Editor): void {
  describe(`${editor}: a letter with emoji`, () => {
    let run: EditorRun

    beforeAll(async () => {
      run = await runEditor(editor, { server: serverCommand() })
      console.info(`${editor}: ${run.result?.editor ?? '?'}, scenario ran in ${run.ms} ms`)
    }, 90_000)

    it('opens the letter as Markdown, gets diagnostics, applies three quick fixes and stops the server', () => {
      const result = completed(run)
      expect(result.steps).toEqual(['attached', 'diagnostics', 'specific', 'article', 'spelling', 'stopped'])
      expect(result.offsetEncoding).toBe('utf-16')
      expect(editor === 'neovim' ? result.filetype : result.mode).toBe(editor === 'neovim' ? 'markdown' : 'markdown-mode')
      expect(result.text).not.toContain('${')
    })

    it('shows each diagnostic on its exact UTF-16 range, covering the same text in the editor', () => {
      const diagnostics = completed(run).diagnostics!
      expect(watched(diagnostics)).toEqual(EXPECTED[editor].opened)
      expectConsistent(editor, diagnostics, OPENED)
    })

    it('offers the generic-phrase rewrites as plain text and applies "Make it specific" exactly', () => {
      const step = completed(run).specific!
      // Neovim asks at the cursor (on "Thank"), eglot for the diagnostic's region.
      expect(step.request).toBe(editor === 'neovim' ? '6:3-6:3' : '6:3-6:26')
      expect(step.titles).toEqual(
        expect.arrayContaining([
          'Make it specific: "Thank you, Dana, for walking me through what we discussed"',
          'Make it specific: "Thank you for the time you spent explaining what we discussed"',
        ]),
      )
      expect(step.snippet, 'an action offered to this client contains "${"').toBe(false)
      expect(step.applied).toBe('Make it specific: "Thank you, Dana, for walking me through what we discussed"')
      expect(step.line).toBe(SPECIFIC)
      expect(step.line).not.toContain('${')
      expect(watched(step.diagnostics)).toEqual(EXPECTED[editor].specific)
      expectConsistent(editor, step.diagnostics, SPECIFIC)
    })

    it('applies the a/an fix after two emoji, and the server sees the edited text', () => {
      const step = completed(run).article!
      expect(step.applied).toBe('Replace with "an"')
      expect(step.line).toBe(ARTICLE)
      expect(watched(step.diagnostics)).toEqual(EXPECTED[editor].article)
      expectConsistent(editor, step.diagnostics, ARTICLE)
    })

    it('replaces a misspelling after an emoji, leaving exactly the expected letter', () => {
      const result = completed(run)
      const step = result.spelling!
      expect(step.applied).toBe('Replace with "tour"')
      expect(step.line).toBe(SPELLED)
      expect(watched(step.diagnostics)).toEqual(EXPECTED[editor].spelling)
      expect(result.text).toBe(FINAL_TEXT)
    })

    it('stops the server when the editor asks', () => {
      const result = completed(run)
      expect(result.stopped, 'the server did not exit within 5 s of shutdown/exit').toBe(true)
      // eglot (jsonrpc.el) deletes the process right after sending `exit`, so only Neovim sees the exit code.
      if (editor === 'neovim') expect(result.serverExit?.code).toBe(0)
    })

    it('leaves no process behind', () => {
      expect(run.leftovers, 'processes of this run still alive 2 s after the editor exited (killed now)').toEqual([])
    })
  })
}
