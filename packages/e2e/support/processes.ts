import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { open, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

/** A process found by `tagged`: its id and command line, for reports of leftovers. */
export interface TaggedProcess {
  pid: number
  cmdline: string
}

/** The environment variable that marks every process a run starts (inherited by their children). */
export const RUN_TOKEN_VARIABLE = 'LETTERLINT_E2E_RUN'

/** Processes whose environment carries this run's token: the editor and everything it started, even in another session. */
export async function tagged(token: string): Promise<TaggedProcess[]> {
  const found: TaggedProcess[] = []
  let entries: string[]
  try {
    entries = await readdir('/proc')
  } catch {
    return found // no /proc: the process group kill is all we have
  }
  const needle = `${RUN_TOKEN_VARIABLE}=${token}`
  await Promise.all(
    entries.map(async (entry) => {
      const pid = Number(entry)
      if (!Number.isInteger(pid) || pid === process.pid) return
      try {
        const environ = await readFile(`/proc/${pid}/environ`, 'latin1')
        if (!environ.split('\0').includes(needle)) return
        const cmdline = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ').trim()
        found.push({ pid, cmdline })
      } catch {
        // gone already, or not ours to read
      }
    }),
  )
  return found
}

/** SIGKILLs every process carrying the token, synchronously: for `process.on('exit')`, where nothing can be awaited. */
export function killTaggedSync(token: string): void {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return
  }
  const needle = `${RUN_TOKEN_VARIABLE}=${token}`
  for (const entry of entries) {
    const pid = Number(entry)
    if (!Number.isInteger(pid) || pid === process.pid) continue
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(needle)) kill(pid, 'SIGKILL')
    } catch {
      // gone already, or not ours to read
    }
  }
}

/** Sends a signal to a process (or, with a negative id, a process group) that may be gone already. */
export function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Waits up to `graceMs` for every process carrying the token to exit, then SIGKILLs the ones that
 * did not (and the process group `group`, if given). Returns those stragglers, `pid cmdline`.
 */
export async function reap(token: string, options: { graceMs: number; group?: number }): Promise<string[]> {
  let alive = await tagged(token)
  for (let waited = 0; alive.length > 0 && waited < options.graceMs; waited += 100) {
    await sleep(100)
    alive = await tagged(token)
  }
  if (options.group) kill(-options.group, 'SIGKILL')
  for (const straggler of alive) kill(straggler.pid, 'SIGKILL')
  return alive.map((p) => `${p.pid} ${p.cmdline}`)
}

/**
 * The environment for a program under test: a scratch HOME and XDG folders (editors write their
 * state there, never into the real home), and the run's token so that `tagged` finds it and
 * everything it starts.
 */
export function isolatedEnv(home: string, token: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_STATE_HOME: path.join(home, '.local/state'),
    [RUN_TOKEN_VARIABLE]: token,
    ...extra,
  }
}

/** Runs a command in its own process group, its output to `log`; kills the group at the time limit. */
export async function runLogged(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string; timeoutMs: number }): Promise<void> {
  const log = await open(options.log, 'w')
  try {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', log.fd, log.fd] })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      if (child.pid) kill(-child.pid, 'SIGKILL')
    }, options.timeoutMs)
    const code = await new Promise<number | string>((resolve) => {
      child.on('error', (error) => resolve(error.message))
      child.on('close', (exitCode, signal) => resolve(exitCode ?? String(signal)))
    })
    clearTimeout(timer)
    if (code === 0) return
    const tail = (await readFile(options.log, 'utf8')).trim().split('\n').slice(-25).join('\n')
    const how = timedOut ? `was killed after ${options.timeoutMs / 1000} s` : `failed (${code})`
    throw new Error(`letterlint e2e: ${command} ${args.join(' ')} ${how}; the end of ${options.log}:\n${tail}`)
  } finally {
    await log.close()
  }
}
