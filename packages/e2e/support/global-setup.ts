import { existsSync } from 'node:fs'
import path from 'node:path'
import { ensureEditors } from './install-editors.js'
import { PACKAGE_DIR, SERVER_BIN } from './paths.js'

/** Once per `test:e2e` run: the editors are installed and the server is built. */
export default function setup(): void {
  ensureEditors()
  if (!process.env['LETTERLINT_E2E_SERVER_BIN'] && !existsSync(SERVER_BIN)) {
    const relative = path.relative(path.resolve(PACKAGE_DIR, '../..'), SERVER_BIN)
    throw new Error(`letterlint e2e: ${relative} is missing. Build first (npx turbo run build); \`npm run test:e2e\` does it through turbo.`)
  }
}
