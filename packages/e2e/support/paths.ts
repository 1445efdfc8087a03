import { readFileSync } from 'node:fs'
import path from 'node:path'

/** This package's folder; every other path is computed from it at run time. */
export const PACKAGE_DIR = path.resolve(import.meta.dirname, '..')

/** The built language server, as `npx turbo run build` leaves it (`test:e2e` depends on `^build`). */
export const SERVER_BIN = path.resolve(PACKAGE_DIR, '../language-server/dist/bundle/server.js')

/** A server that answers `initialize` and `shutdown` and never publishes a diagnostic. */
export const STUB_SERVER = path.join(PACKAGE_DIR, 'stub/stub-server.mjs')

/** The letter each run copies fresh into `<tmp>/letters/dana.md`. */
export const LETTER_FIXTURE = path.join(PACKAGE_DIR, 'fixtures/letters/dana.md')

/**
 * The server command the editors start: `node <bin> --stdio`. `LETTERLINT_E2E_SERVER_BIN` points the
 * whole suite at another server script, e.g. the stub, to watch it fail.
 */
export function serverCommand(bin = process.env['LETTERLINT_E2E_SERVER_BIN'] || SERVER_BIN): string[] {
  return [process.execPath, path.resolve(bin), '--stdio']
}

/** The repository's root folder. */
export const REPO_ROOT = path.resolve(PACKAGE_DIR, '../..')

/** Programs the suite installs for itself (code-server), git-ignored. */
export const CACHE_DIR = path.join(PACKAGE_DIR, '.cache')

/** Screenshots and logs of the VS Code run, git-ignored, for CI to keep. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, '.e2e-artifacts/vscode')

/** The workspace each VS Code run copies fresh: `letters/` with two letters to one company, and a README. */
export const VSCODE_WORKSPACE_FIXTURE = path.join(PACKAGE_DIR, 'fixtures/vscode')

/** The extension's folder; `npm run package` there writes the .vsix (turbo's `letterlint-vscode#package`). */
export const EXTENSION_DIR = path.join(REPO_ROOT, 'apps/vscode')

/**
 * The packaged extension the VS Code scenario installs: `LETTERLINT_E2E_VSIX` if set (a path
 * relative to this package), else the `--out` file of the extension's `package` script.
 */
export function vsixPath(): string {
  const override = process.env['LETTERLINT_E2E_VSIX']
  if (override) return path.resolve(PACKAGE_DIR, override)
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }
  const out = /--out\s+(\S+\.vsix)/.exec(manifest.scripts?.['package'] ?? '')?.[1] ?? 'letterlint.vsix'
  return path.resolve(EXTENSION_DIR, out)
}
