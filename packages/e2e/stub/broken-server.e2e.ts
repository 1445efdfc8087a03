import { beforeAll, describe, expect, it } from 'vitest'
import { STUB_SERVER, serverCommand } from '../support/paths.js'
import { describeRun, runEditor, type Editor, type EditorRun } from '../support/run-editor.js'
import { completed } from '../support/scenario.js'

const EDITORS: Editor[] = ['neovim', 'emacs']
const WAIT_MS = 3_000

// The suite must be able to fail: against a server that completes the handshake but publishes
// nothing, each editor script gives up with "no diagnostics", and `completed` (what every
// scenario test calls first) turns that into a failure that says so.
describe('a server that publishes nothing', () => {
  const runs = new Map<Editor, EditorRun>()

  beforeAll(async () => {
    for (const run of await Promise.all(EDITORS.map((editor) => runEditor(editor, { server: serverCommand(STUB_SERVER), waitMs: WAIT_MS, timeoutMs: 30_000 })))) {
      runs.set(run.editor, run)
    }
  }, 60_000)

  it.each(EDITORS)('%s: the scenario fails with "no diagnostics from the server"', (editor) => {
    const run = runs.get(editor)!
    expect(run.timedOut, describeRun(run)).toBe(false)
    expect(run.code, describeRun(run)).toBe(1)
    expect(run.result?.steps).toEqual(['attached'])
    expect(run.result?.error).toMatch(new RegExp(`^no diagnostics from the server within ${WAIT_MS} ms after opening the letter`))
    expect(() => completed(run)).toThrow(`the ${editor} scenario did not complete: ${editor} exited with 1`)
    expect(run.leftovers).toEqual([])
  })
})
