import { existsSync } from 'node:fs'
import path from 'node:path'
import { ensureCodeServer } from './install-code-server.js'
import { ensureEditors } from './install-editors.js'
import { PACKAGE_DIR, REPO_ROOT, SERVER_BIN, vsixPath } from './paths.js'

/** Once per `test:e2e` run: the editors and code-server are installed, the server is built and the extension packaged. */
export default async function setup(): Promise<void> {
  ensureEditors()
  if (!process.env['LETTERLINT_E2E_SERVER_BIN'] && !existsSync(SERVER_BIN)) {
    const relative = path.relative(REPO_ROOT, SERVER_BIN)
    throw new Error(`letterlint e2e: ${relative} is missing. Build first (npx turbo run build); \`npm run test:e2e\` does it through turbo.`)
  }
  const vsix = vsixPath()
  if (!existsSync(vsix)) {
    throw new Error(
      `letterlint e2e: ${path.relative(PACKAGE_DIR, vsix)} is missing. Package the extension first (npx turbo run package --filter=letterlint-vscode); \`npm run test:e2e\` does it through turbo.`,
    )
  }
  await ensureCodeServer()
}
