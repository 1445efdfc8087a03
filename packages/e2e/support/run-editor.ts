import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { LETTER_FIXTURE, PACKAGE_DIR } from './paths.js'
import { isolatedEnv, kill, reap } from './processes.js'
import type { ScenarioResult } from './scenario.js'

export type Editor = 'neovim' | 'emacs'

/** Everything one headless editor run left behind, for assertions and failure messages. */
export interface EditorRun {
  editor: Editor
  /** The temporary workspace folder (the letter is `letters/dana.md` under it). */
  root: string
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number
  /** The end of the editor's stdout and stderr. */
  output: string
  /** The JSON the editor script wrote, if it wrote one. */
  result: ScenarioResult | undefined
  /** Processes started for this run (the server…) still alive 2 s after the editor exited; they were killed. */
  leftovers: string[]
}

export interface RunOptions {
  /** The server command line, `node <bin> --stdio`. */
  server: string[]
  /** How long the script waits for each thing it expects (diagnostics, a code action answer). */
  waitMs?: number
  /** Hard limit for the whole editor process; then its process group and every straggler are killed. */
  timeoutMs?: number
}

const SCRIPTS: Record<Editor, string> = {
  neovim: path.join(PACKAGE_DIR, 'neovim/letter.lua'),
  emacs: path.join(PACKAGE_DIR, 'emacs/letter.el'),
}

function command(editor: Editor): [string, string[]] {
  const script = SCRIPTS[editor]
  if (editor === 'neovim') return ['nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script.replace(/([ \\%#|"])/g, '\\$1')}`]]
  return ['emacs', ['--batch', '-l', script]]
}

/** A fresh workspace `<tmp>/letters/dana.md` and a scratch HOME, removed by `cleanup`. */
export async function prepareWorkspace(editor: Editor): Promise<{ root: string; letter: string; home: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), `letterlint-e2e-${editor}-`))
  const home = await mkdtemp(path.join(tmpdir(), `letterlint-e2e-home-`))
  await mkdir(path.join(root, 'letters'))
  const letter = path.join(root, 'letters', 'dana.md')
  await cp(LETTER_FIXTURE, letter)
  return {
    root,
    letter,
    home,
    cleanup: async () => {
      if (process.env['LETTERLINT_E2E_KEEP']) return
      await Promise.all([rm(root, { recursive: true, force: true }), rm(home, { recursive: true, force: true })])
    },
  }
}

/**
 * Runs one editor script headless on a fresh copy of the letter, in its own process group with a
 * scratch HOME, and makes sure that nothing it started outlives it: the group is killed on timeout,
 * and any process still carrying the run's token afterwards (Emacs starts its servers in a session
 * of their own) is reported and killed.
 */
export async function runEditor(editor: Editor, options: RunOptions): Promise<EditorRun> {
  const { server, waitMs = 15_000, timeoutMs = 45_000 } = options
  const workspace = await prepareWorkspace(editor)
  const resultFile = path.join(workspace.home, 'result.json')
  const token = randomUUID()
  const [bin, args] = command(editor)
  const env = isolatedEnv(workspace.home, token, {
    LETTERLINT_E2E_SERVER: JSON.stringify(server),
    LETTERLINT_E2E_ROOT: workspace.root,
    LETTERLINT_E2E_LETTER: workspace.letter,
    LETTERLINT_E2E_RESULT: resultFile,
    LETTERLINT_E2E_TIMEOUT_MS: String(waitMs),
  })
  const started = Date.now()
  const child = spawn(bin, args, { cwd: workspace.root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000)
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    if (child.pid) kill(-child.pid, 'SIGKILL')
  }, timeoutMs)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('error', (error) => {
      collect(Buffer.from(`\n${bin}: ${error.message}\n`))
      resolve([null, null])
    })
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]))
  })
  clearTimeout(timer)
  const ms = Date.now() - started

  // A server asked to exit gets two seconds to do so; whatever remains is a leftover and is killed.
  const leftovers = await reap(token, { graceMs: 2_000, ...(child.pid ? { group: child.pid } : {}) })

  let result: ScenarioResult | undefined
  try {
    result = JSON.parse(await readFile(resultFile, 'utf8')) as ScenarioResult
  } catch {
    result = undefined
  }
  await workspace.cleanup()
  return { editor, root: workspace.root, code, signal, timedOut, ms, output, result, leftovers }
}

/** One line (plus the output's tail) that says what happened, for assertion messages. */
export function describeRun(run: EditorRun): string {
  const how = run.timedOut ? 'was killed at its time limit' : run.signal ? `died of ${run.signal}` : `exited with ${run.code}`
  const error = run.result?.error ?? (run.result ? undefined : 'it wrote no result file')
  const tail = run.output.trim().split('\n').slice(-12).join('\n')
  return `${run.editor} ${how} after ${run.ms} ms${error ? `: ${error}` : ''}${run.result ? ` (steps done: ${run.result.steps.join(', ') || 'none'})` : ''}${tail ? `\n--- editor output (tail) ---\n${tail}` : ''}`
}
