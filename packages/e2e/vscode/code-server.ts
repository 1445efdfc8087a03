import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { appendFile, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { ARTIFACTS_DIR, VSCODE_WORKSPACE_FIXTURE } from '../support/paths.js'
import { isolatedEnv, kill, killTaggedSync, reap, runLogged } from '../support/processes.js'

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium'

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * User settings written before start: no welcome page, nothing saved behind the test's back (an
 * applied fix stays in the buffer, the fixture copy on disk changes only through the server's own
 * writes), no trust prompt, no telemetry or gallery traffic, and one line per line of the letter
 * so that screen lines are file lines.
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'editor.wordWrap': 'off',
  '[markdown]': { 'editor.wordWrap': 'off' },
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
}

export interface StartOptions {
  /** code-server's `out/node/entry.js`. */
  entry: string
  /** The .vsix to install. */
  vsix: string
  /** Replaces the installed extension's `dist/server.js` (the negative test's stub). */
  serverScript?: string
  /** Prefix of this session's artifacts (`code-server.log`, screenshots…) under `.e2e-artifacts/vscode/`. */
  name: string
}

/** One code-server with the extension installed, a fresh workspace, and headless Chromium showing it. */
export interface Session {
  page: Page
  /** The workspace folder (a fresh copy of `fixtures/vscode/`). */
  workspace: string
  /** Milliseconds from spawning code-server to a workbench on screen. */
  startupMs: number
  /** The end of the letterlint output channel (the extension and its server), for failure messages. */
  extensionLog(): Promise<string>
  /** A screenshot under `.e2e-artifacts/vscode/<name>-<step>.png`; returns its path. */
  screenshot(step: string): Promise<string>
  /**
   * Closes Chromium and stops code-server's process group; returns the processes of this session
   * still alive 5 s later (they are killed then).
   */
  stop(): Promise<string[]>
}

async function waitForUrl(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const url = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output())?.[1]
    if (url) return url
    if (child.exitCode !== null || child.signalCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const tail = output().trim().split('\n').slice(-15).join('\n')
  const how = child.exitCode !== null || child.signalCode !== null ? `exited (${child.exitCode ?? child.signalCode})` : `did not listen within ${timeoutMs / 1000} s`
  throw new Error(`letterlint e2e: code-server ${how}:\n${tail}`)
}

/** The letterlint output channel's log files (one per extension host), newest last. */
async function letterlintLogs(logsDir: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && depth < 4) await walk(full, depth + 1)
      else if (entry.isFile() && entry.name === 'letterlint.log') found.push(full)
    }
  }
  await walk(logsDir, 0)
  return found
}

/**
 * Starts a session: installs the .vsix with `code-server --install-extension` into a scratch
 * extensions folder, copies the workspace, starts code-server on 127.0.0.1 (a free port) in its
 * own process group with a scratch HOME, and opens the workspace in headless Chromium. Everything
 * started carries one run token, so `stop` (or the exit hook) can find and end all of it.
 */
export async function startSession(options: StartOptions): Promise<Session> {
  const token = randomUUID()
  const scratch = await mkdtemp(path.join(tmpdir(), 'letterlint-e2e-vscode-'))
  const home = path.join(scratch, 'home')
  const data = path.join(scratch, 'data')
  const extensions = path.join(scratch, 'extensions')
  const workspace = path.join(scratch, 'job-search')
  await mkdir(path.join(data, 'User'), { recursive: true })
  await mkdir(path.join(home, '.config'), { recursive: true })
  await mkdir(extensions)
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  // This session's artifacts of an earlier run would mix with this run's.
  for (const file of await readdir(ARTIFACTS_DIR)) if (file.startsWith(`${options.name}-`)) await rm(path.join(ARTIFACTS_DIR, file), { force: true })
  await cp(VSCODE_WORKSPACE_FIXTURE, workspace, { recursive: true })
  await writeFile(path.join(data, 'User/settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`)
  const logFile = path.join(ARTIFACTS_DIR, `${options.name}-code-server.log`)
  await writeFile(logFile, '')
  // No extension gallery: code-server would ask open-vsx.org about the installed extension.
  const env = isolatedEnv(home, token, { EXTENSIONS_GALLERY: '{}' })

  let child: ChildProcess | undefined
  let browser: Browser | undefined
  // If the test process exits without `stop` (an error, a time-out), nothing of the session stays.
  const killAll = () => {
    if (child?.pid) kill(-child.pid, 'SIGKILL')
    killTaggedSync(token)
  }
  process.once('exit', killAll)

  let stopping: Promise<string[]> | undefined
  const stop = (): Promise<string[]> => (stopping ??= stopAll())
  const stopAll = async (): Promise<string[]> => {
    for (const [i, log] of (await letterlintLogs(path.join(data, 'logs'))).entries()) {
      await copyFile(log, path.join(ARTIFACTS_DIR, `${options.name}-letterlint${i === 0 ? '' : `-${i + 1}`}.log`)).catch(() => undefined)
    }
    if (browser) await Promise.race([browser.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000))])
    if (child?.pid) kill(-child.pid, 'SIGTERM')
    const leftovers = await reap(token, { graceMs: 5_000, ...(child?.pid ? { group: child.pid } : {}) })
    process.removeListener('exit', killAll)
    if (!process.env['LETTERLINT_E2E_KEEP']) await rm(scratch, { recursive: true, force: true })
    return leftovers
  }

  try {
    await runLogged(process.execPath, [options.entry, '--user-data-dir', data, '--extensions-dir', extensions, '--install-extension', options.vsix], {
      cwd: scratch,
      env,
      log: path.join(scratch, 'install-extension.log'),
      timeoutMs: 60_000,
    })
    if (options.serverScript) {
      const installed = (await readdir(extensions)).find((name) => name.startsWith('letterlint.letterlint-vscode-'))
      if (!installed) throw new Error(`letterlint e2e: ${options.vsix} installed no letterlint.letterlint-vscode-* folder`)
      await copyFile(options.serverScript, path.join(extensions, installed, 'dist/server.js'))
    }

    const started = Date.now()
    let output = ''
    child = spawn(
      process.execPath,
      [
        options.entry,
        '--bind-addr', '127.0.0.1:0',
        '--auth', 'none',
        '--user-data-dir', data,
        '--extensions-dir', extensions,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      { cwd: scratch, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const collect = (chunk: Buffer) => {
      const text = chunk.toString('utf8')
      output = (output + text).slice(-50_000)
      void appendFile(logFile, text).catch(() => undefined)
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.on('error', (error) => collect(Buffer.from(`\n${error.message}\n`)))
    const url = await waitForUrl(child, () => output, 30_000)

    if (!existsSync(CHROMIUM)) throw new Error(`letterlint e2e: ${CHROMIUM} is missing (apt-get install chromium)`)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      env: isolatedEnv(path.join(scratch, 'chromium-home'), token),
      timeout: 30_000,
    })
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    page.setDefaultTimeout(10_000)
    await page.goto(`${url}?folder=${encodeURIComponent(workspace)}`, { timeout: 30_000 })
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 30_000 })
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 30_000 })
    const startupMs = Date.now() - started

    return {
      page,
      workspace,
      startupMs,
      async extensionLog() {
        const logs = await letterlintLogs(path.join(data, 'logs'))
        if (logs.length === 0) return '(no letterlint output channel: the extension never activated)'
        const lines = (await readFile(logs[logs.length - 1]!, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean)
        if (lines.length === 0) return '(the letterlint output channel is empty)'
        // The first error is the cause (a server that crashes at start-up); what follows, its echoes.
        const first = Math.max(0, lines.findIndex((line) => line.includes('[error]')))
        const shown = lines.slice(first, first + 16)
        if (first + 16 < lines.length) shown.push('…', ...lines.slice(Math.max(first + 16, lines.length - 4)))
        // Prefixed, so that no test runner takes the log's "at …" lines for the test's own stack.
        return shown.map((line) => `│ ${line}`).join('\n')
      },
      async screenshot(step: string) {
        const file = path.join(ARTIFACTS_DIR, `${options.name}-${step}.png`)
        await page.screenshot({ path: file, timeout: 10_000 })
        return file
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}
