import path from 'node:path'

/** This package's folder; every other path is computed from it at run time. */
export const PACKAGE_DIR = path.resolve(import.meta.dirname, '..')

/** The built language server, as `npx turbo run build` leaves it (`test:e2e` depends on `^build`). */
export const SERVER_BIN = path.resolve(PACKAGE_DIR, '../language-server/dist/bin.js')

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
