import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

/** Emacs is usable when eglot and markdown-mode load the way an interactive start would load them. */
const EMACS_CHECK = "(progn (package-activate-all) (require 'eglot) (require 'markdown-mode))"

function works(command: string, args: string[]): 'ok' | 'missing' | 'broken' {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000, env: { ...process.env, HOME: process.env['HOME'] ?? '/tmp' } })
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return 'missing'
  return run.status === 0 ? 'ok' : 'broken'
}

/**
 * What VS Code's part needs from Debian: Chromium for playwright-core to drive, and what
 * `npm install code-server` builds its native modules with (node-pty, kerberos, @vscode/spdlog…);
 * ripgrep stands in for the binary @vscode/ripgrep would download (see install-code-server.ts).
 */
export const VSCODE_PACKAGES = ['chromium', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'ripgrep', 'build-essential', 'python3']

/** Those of `packages` that dpkg does not list as installed (all of them where there is no dpkg). */
function notInstalled(packages: string[]): string[] {
  const run = spawnSync('dpkg-query', ['-W', '-f', '${Package} ${db:Status-Status}\\n', ...packages], { encoding: 'utf8', timeout: 30_000 })
  const installed = new Set(
    (run.stdout ?? '')
      .split('\n')
      .filter((line) => line.endsWith(' installed'))
      .map((line) => line.split(/[ :]/)[0]),
  )
  return packages.filter((name) => !installed.has(name))
}

/**
 * The Debian packages still needed: none when `nvim` runs, Emacs loads eglot and markdown-mode,
 * and dpkg lists every package of `VSCODE_PACKAGES`.
 */
export function missingPackages(): string[] {
  const missing: string[] = []
  if (works('nvim', ['--version']) !== 'ok') missing.push('neovim')
  const emacs = works('emacs', ['--batch', '--eval', EMACS_CHECK])
  if (emacs === 'missing') missing.push('emacs-nox')
  if (emacs !== 'ok') missing.push('elpa-eglot', 'elpa-markdown-mode')
  missing.push(...notInstalled(VSCODE_PACKAGES))
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
 * Installs Neovim, Emacs with eglot, Chromium and code-server's build dependencies from Debian
 * when they are missing (CI runs as root): one `apt-get update`, one `apt-get install`, nothing at
 * all when everything is there already.
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
