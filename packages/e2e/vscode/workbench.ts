/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the functions given to page.evaluate run in the browser)
import type { Page } from 'playwright-core'

// Reading and driving the VS Code workbench (1.100, code-server 4.100.3) the way a person does:
// keyboard shortcuts, what is drawn in the editor, the Problems panel and the status bar. Menus are
// driven with the keyboard (clicks on them are intercepted), and editor text is read with its
// non-breaking spaces made plain.

/** Editor text as drawn uses U+00A0 for spaces. */
export const plain = (text: string) => text.replace(/\u00a0/g, ' ')

/** A squiggle as drawn: its kind and the text it underlines. */
export interface Squiggle {
  severity: 'error' | 'warning' | 'info'
  /** 1-based line. */
  line: number
  text: string
}

/** A row of the Problems panel. */
export interface Problem {
  file: string
  severity: 'error' | 'warning' | 'info'
  /** The rule id (the diagnostic's code). */
  code: string
  source: string
  message: string
  /** 1-based, as the panel shows them: `[Ln 8, Col 1]`. */
  line: number
  column: number
}

/** Polls `read` until `done` accepts its value; on time-out, throws `describe(last value)`. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, describe: (last: T) => string): Promise<T> {
  const started = Date.now()
  let last = await read()
  while (!done(last)) {
    if (Date.now() - started > timeoutMs) throw new Error(describe(last))
    await new Promise((resolve) => setTimeout(resolve, 150))
    last = await read()
  }
  return last
}

const EDITOR = '.part.editor .editor-instance .monaco-editor'

/** The visible lines of the active editor, by 1-based line number (one screen line per file line: word wrap is off). */
export async function editorLines(page: Page): Promise<Map<number, string>> {
  const rows = await page.evaluate((selector) => {
    const editor = document.querySelector(selector)
    if (!editor) return []
    const numbers = new Map<string, number>()
    for (const element of editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')) {
      const top = element.parentElement?.style.top ?? element.style.top
      numbers.set(top, Number(element.textContent))
    }
    return [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')].map((line) => [numbers.get(line.style.top) ?? -1, line.textContent ?? ''] as const)
  }, EDITOR)
  return new Map(rows.filter(([line]) => line > 0).map(([line, text]) => [line, plain(text)]))
}

/** The active editor's whole text, as far as it is on screen (a letter is). */
export async function editorText(page: Page): Promise<string> {
  const lines = await editorLines(page)
  const last = Math.max(0, ...lines.keys())
  return Array.from({ length: last }, (_, i) => lines.get(i + 1) ?? '').join('\n')
}

/** Every squiggle drawn in the active editor, with the characters it underlines. */
export async function squiggles(page: Page): Promise<Squiggle[]> {
  const found = await page.evaluate((selector) => {
    const editor = document.querySelector(selector)
    if (!editor) return []
    const numbers = new Map<number, number>()
    for (const element of editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')) {
      numbers.set(Math.round(element.getBoundingClientRect().top), Number(element.textContent))
    }
    const lines = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')]
    return [...editor.querySelectorAll<HTMLElement>('.squiggly-error, .squiggly-warning, .squiggly-info')].map((squiggle) => {
      const box = squiggle.getBoundingClientRect()
      const severity = squiggle.classList.contains('squiggly-error') ? 'error' : squiggle.classList.contains('squiggly-warning') ? 'warning' : 'info'
      const top = Math.round(box.top)
      const line = lines.find((candidate) => Math.abs(Math.round(candidate.getBoundingClientRect().top) - top) <= 2)
      let text = ''
      if (line) {
        // The characters whose middle lies under the squiggle.
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
        const range = document.createRange()
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const content = node.textContent ?? ''
          for (let i = 0; i < content.length; i++) {
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            const rect = range.getBoundingClientRect()
            const middle = rect.left + rect.width / 2
            if (middle > box.left && middle < box.right) text += content[i]
          }
        }
      }
      const number = [...numbers.entries()].find(([y]) => Math.abs(y - top) <= 2)?.[1] ?? -1
      return { severity, line: number, text } as const
    })
  }, EDITOR)
  return found.map((squiggle) => ({ ...squiggle, text: plain(squiggle.text) }))
}

/** `squiggles` as `severity line "text"` strings, sorted, for readable assertions. */
export const describeSquiggles = (list: Squiggle[]) => list.map((s) => `${s.severity} ${s.line} "${s.text}"`).sort()

/** Opens a file of the workspace with Quick Open (Ctrl+P), as a person would, and waits for its tab. */
export async function openFile(page: Page, name: string, folder: string): Promise<void> {
  await page.keyboard.press('Control+P')
  await page.waitForSelector('.quick-input-widget input:focus')
  await page.keyboard.type(name)
  // The row for the file in `folder`: Quick Open labels rows "<name> <folder>, file results", or
  // "<name>, file results" at the workspace's root.
  const label = folder ? `${name} ${folder},` : `${name},`
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label^="${label}"]`)
  for (let i = 0; ; i++) {
    const focused = await page.$eval('.quick-input-list .monaco-list-row.focused', (e) => e.getAttribute('aria-label') ?? '').catch(() => '')
    if (focused.startsWith(label)) break
    if (i === 10) throw new Error(`Quick Open never focused "${label}"`)
    await page.keyboard.press('ArrowDown')
  }
  await page.keyboard.press('Enter')
  await page.waitForSelector(`.tabs-container .tab.active[data-resource-name="${name}"]`)
  await page.waitForSelector(`${EDITOR} .view-lines .view-line`)
}

/** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G), and checks the status bar says so. */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G')
  await page.waitForSelector('.quick-input-widget input:focus')
  await page.keyboard.type(`${line}:${column}`)
  await page.keyboard.press('Enter')
  await waitFor(() => cursor(page), (at) => at.startsWith(`Ln ${line}, Col ${column}`), 5_000, (at) => `the cursor is at "${at}", not at line ${line}, column ${column}`)
}

/** The status bar's cursor position: "Ln 8, Col 41 (17 selected)". */
export async function cursor(page: Page): Promise<string> {
  return plain((await page.textContent('#status\\.editor\\.selection').catch(() => '')) ?? '').trim()
}

/** Makes sure the Problems panel is open, and gives the keyboard back to the editor. */
export async function showProblems(page: Page): Promise<void> {
  if (!(await page.isVisible('.markers-panel'))) {
    await page.keyboard.press('Control+Shift+M')
    await page.waitForSelector('.markers-panel', { state: 'visible' })
  }
  await focusEditor(page)
}

/** Gives the keyboard to the first editor group (Ctrl+1). */
export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+1')
  await page.waitForSelector(`${EDITOR}.focused`)
}

/** The rows of the Problems panel, every file (the panel must be open: `showProblems`). */
export async function problems(page: Page): Promise<Problem[]> {
  const rows = await page.$$eval('.markers-panel .monaco-list-row', (elements) =>
    elements.map((row) => ({
      label: row.getAttribute('aria-label') ?? '',
      code: row.querySelector('.marker-code')?.textContent ?? '',
      source: row.querySelector('.marker-source')?.textContent ?? '',
      message: row.querySelector('.marker-message')?.textContent ?? '',
      position: row.querySelector('.marker-line')?.textContent ?? '',
      icon: row.querySelector('.marker-icon')?.className ?? '',
    })),
  )
  const found: Problem[] = []
  let file = ''
  for (const row of rows) {
    // "5 problems in file northwind-dana.md of folder letters"
    const header = /problems? in file (.+?)(?: of folder (.+))?$/.exec(row.label)
    if (header) {
      file = header[2] ? `${header[2]}/${header[1]}` : header[1]!
      continue
    }
    const position = /Ln (\d+), Col (\d+)/.exec(row.position)
    if (!position) continue
    found.push({
      file,
      severity: /\berror\b/.test(row.icon) ? 'error' : /\bwarning\b/.test(row.icon) ? 'warning' : 'info',
      code: plain(row.code).trim(),
      source: plain(row.source).trim(),
      message: plain(row.message).trim(),
      line: Number(position[1]),
      column: Number(position[2]),
    })
  }
  return found
}

/** `problems` as `file:line:column severity code` strings, sorted. */
export const describeProblems = (list: Problem[]) => list.map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`).sort()

const MENU_ROW = '.context-view .action-widget .monaco-list-row'

async function menuTitles(page: Page): Promise<string[]> {
  return (await page.$$eval(`${MENU_ROW}.action`, (rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''))).map(plain)
}

/** Whether the lightbulb shows on, above or below `line` (it sits where there is room). */
async function lightbulbAt(page: Page, line: number): Promise<boolean> {
  return page.evaluate(
    ({ selector, line }) => {
      const editor = document.querySelector(selector)
      const bulb = editor?.querySelector<HTMLElement>('.lightBulbWidget')
      const number = [...(editor?.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers') ?? [])].find((element) => Number(element.textContent) === line)
      if (!bulb || !number || getComputedStyle(bulb).visibility !== 'visible' || bulb.style.display === 'none') return false
      const a = bulb.getBoundingClientRect()
      const b = number.getBoundingClientRect()
      return Math.abs(a.top - b.top) <= b.height + 2
    },
    { selector: EDITOR, line },
  )
}

/**
 * Opens the Quick Fix menu (Ctrl+.) at a position and returns its titles. It waits for the
 * lightbulb at that line first; VS Code 1.100 sometimes leaves it off after an applied fix even
 * though the server answered with actions (seen in an LSP trace), and Ctrl+. asks afresh anyway,
 * so after 3 s it goes on without. Asked while the server's diagnostics are a version behind,
 * VS Code says "No code actions available" (the server refuses edits computed for older text):
 * then the menu is asked for once more.
 */
export async function openQuickFix(page: Page, line: number, column: number): Promise<string[]> {
  await goTo(page, line, column)
  for (let attempt = 1; ; attempt++) {
    const bulb = await waitFor(() => lightbulbAt(page, line), Boolean, 3_000, () => '').catch(() => false)
    if (!bulb) console.info(`vscode: no lightbulb at line ${line} within 3 s; pressing Ctrl+. all the same`)
    await page.keyboard.press('Control+.')
    const opened = await Promise.race([
      page.waitForSelector('.context-view .action-widget', { state: 'visible' }).then(() => 'menu' as const),
      page.waitForSelector('.monaco-editor-overlaymessage', { state: 'visible' }).then(() => 'message' as const),
    ])
    const titles = opened === 'menu' ? await menuTitles(page) : []
    if (titles.length > 0) return titles
    const shown = plain((await page.textContent(opened === 'menu' ? '.context-view' : '.monaco-editor-overlaymessage').catch(() => '')) ?? '').trim()
    await page.keyboard.press('Escape')
    if (attempt === 2) throw new Error(`the Quick Fix menu at line ${line}, column ${column} offered no action, twice ("${shown}")`)
    await page.waitForTimeout(1_000)
  }
}

/** Picks an item of the open Quick Fix menu with the arrow keys and Enter. */
export async function pickQuickFix(page: Page, title: string): Promise<void> {
  const titles = await menuTitles(page)
  if (!titles.includes(title)) throw new Error(`the Quick Fix menu has no "${title}"; it offers:\n${titles.map((t) => `  ${t}`).join('\n')}`)
  for (let i = 0; i <= titles.length; i++) {
    const focused = plain((await page.$eval(`${MENU_ROW}.action.focused`, (row) => row.getAttribute('aria-label') ?? '').catch(() => '')) ?? '')
    if (focused === title) {
      await page.keyboard.press('Enter')
      await page.waitForSelector('.context-view .action-widget', { state: 'hidden' })
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`the arrow keys never reached "${title}" in the Quick Fix menu`)
}

/** Rests the mouse on the middle of the first squiggle under `text` and returns the hover's text. */
export async function hoverSquiggle(page: Page, text: string): Promise<string> {
  const box = await page.evaluate(
    ({ selector, wanted }) => {
      const editor = document.querySelector(selector)
      for (const line of editor?.querySelectorAll<HTMLElement>('.view-lines .view-line') ?? []) {
        const content = (line.textContent ?? '').replace(/\u00a0/g, ' ')
        const at = content.indexOf(wanted)
        if (at < 0) continue
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT)
        let offset = 0
        const range = document.createRange()
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0
          const middle = at + Math.floor(wanted.length / 2)
          if (middle < offset + length) {
            range.setStart(node, middle - offset)
            range.setEnd(node, middle - offset + 1)
            const rect = range.getBoundingClientRect()
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
          }
          offset += length
        }
      }
      return undefined
    },
    { selector: EDITOR, wanted: text },
  )
  if (!box) throw new Error(`"${text}" is not on screen to hover`)
  await page.mouse.move(box.x, box.y - 40)
  await page.mouse.move(box.x, box.y, { steps: 4 })
  const hover = '.monaco-hover:not(.hidden) .hover-contents'
  await page.waitForSelector(hover, { state: 'visible', timeout: 10_000 })
  // The marker part shows at once, the server's part when its answer arrives.
  await page.waitForTimeout(300)
  return plain(await page.innerText('.monaco-hover:not(.hidden)'))
}

/** The letterlint status-bar item's text ("87 words · 6/6 specifics"), or undefined while it is hidden. */
export async function letterStatus(page: Page): Promise<string | undefined> {
  const item = page.locator('[id$="letterlint.summary"]')
  if ((await item.count()) === 0 || !(await item.first().isVisible())) return undefined
  return plain((await item.first().textContent()) ?? '').trim()
}

/** The notification toasts on screen. */
export async function notifications(page: Page): Promise<string[]> {
  return (await page.$$eval('.notifications-toasts .notification-list-item', (items) => items.map((item) => item.textContent ?? ''))).map(plain)
}
