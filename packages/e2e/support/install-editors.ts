import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Emacs is usable when eglot and markdown-mode load the way an interactive start would load them. */
const EMACS_CHECK = "(progn (package-activate-all) (require 'eglot) (require 'markdown-mode))"

function works(command: string, args: string[]): 'ok' | 'missing' | 'broken' {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000, env: { ...process.env, HOME: process.env['HOME'] ?? '/tmp' } })
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return 'missing'
  return run.status === 0 ? 'ok' : 'broken'
}

/** The Debian packages still needed: none when `nvim` runs and Emacs loads eglot and markdown-mode. */
export function missingPackages(): string[] {
  const missing: string[] = []
  if (works('nvim', ['--version']) !== 'ok') missing.push('neovim')
  const emacs = works('emacs', ['--batch', '--eval', EMACS_CHECK])
  if (emacs === 'missing') missing.push('emacs-nox')
  if (emacs !== 'ok') missing.push('elpa-eglot', 'elpa-markdown-mode')
  return missing
}

function aptGet(args: string[]): void {
  const run = spawnSync('apt-get', ['-qq', '-o', 'DPkg::Lock::Timeout=300', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  })
  if (run.status !== 0) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n')
    throw new Error(`letterlint e2e: apt-get ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}):\n${output}`)
  }
}

/**
 * Installs Neovim and Emacs with eglot from Debian when they are missing (CI runs as root): one
 * `apt-get update`, one `apt-get install`, nothing at all when the editors are already there.
 */
export function ensureEditors(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  const missing = missingPackages()
  if (missing.length === 0) return
  const root = process.getuid?.() === 0
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get') || !root) {
    throw new Error(
      `letterlint e2e needs ${missing.join(', ')}. Install them (Debian: apt-get install -y ${missing.join(' ')}) ` +
        'or run the suite as root on Debian/Ubuntu, where it installs them itself.',
    )
  }
  log(`letterlint e2e: installing ${missing.join(' ')} with apt-get…`)
  const started = Date.now()
  aptGet(['update'])
  aptGet(['install', '-y', '--no-install-recommends', ...missing])
  const still = missingPackages()
  if (still.length > 0) throw new Error(`letterlint e2e: still missing after apt-get install: ${still.join(', ')}`)
  log(`letterlint e2e: installed in ${Math.round((Date.now() - started) / 1000)} s`)
}
