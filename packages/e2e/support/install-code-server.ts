import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { arch } from 'node:os'
import path from 'node:path'
import { CACHE_DIR } from './paths.js'
import { runLogged } from './processes.js'

/**
 * The newest code-server that runs on Node 20 (VS Code 1.100.3); 4.103 and later need Node 22.
 * Pinned: the scenario's DOM selectors are those of this workbench.
 */
export const CODE_SERVER_VERSION = '4.100.3'

/**
 * What code-server's `lib/vscode` installs (its npm-shrinkwrap.json pins @vscode/ripgrep 1.15.11),
 * and the release that package's postinstall downloads from outside the npm registry unless its
 * download cache already holds the archive (lib/postinstall.js and lib/download.js there).
 */
const RIPGREP = { packageVersion: '1.15.11', release: 'v13.0.0-10' }

/** Where code-server is installed, outside the workspaces: `packages/e2e/.cache/code-server-<version>/`. */
export const CODE_SERVER_DIR = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`)

/** code-server's entry script, run with `node`. */
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js')

/** Written last, so that an interrupted install is started again rather than used. */
const MARKER = path.join(CODE_SERVER_DIR, '.installed')

const INSTALL_TIMEOUT_MS = 10 * 60_000

function ripgrepTarget(): string {
  // @vscode/ripgrep's getTarget() for Linux
  if (arch() === 'x64') return 'x86_64-unknown-linux-musl'
  if (arch() === 'arm64') return 'aarch64-unknown-linux-musl'
  throw new Error(`letterlint e2e: no ripgrep stand-in for ${arch()}; code-server is installed on x64 and arm64 only`)
}

/**
 * Puts Debian's `/usr/bin/rg` into @vscode/ripgrep's download cache, as the archive its postinstall
 * would fetch: it then says "Using cached download" and unpacks it instead of going to the network.
 * The cache is `$TMPDIR/vscode-ripgrep-cache-<package version>/`; the install gets its own TMPDIR.
 */
async function seedRipgrep(tmp: string): Promise<void> {
  const rg = '/usr/bin/rg'
  if (!existsSync(rg)) throw new Error('letterlint e2e: /usr/bin/rg is missing (apt-get install ripgrep); code-server needs it')
  const cache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP.packageVersion}`)
  await mkdir(cache, { recursive: true })
  const staging = await mkdtemp(path.join(tmp, 'rg-'))
  await copyFile(rg, path.join(staging, 'rg'))
  await runLogged('tar', ['-czf', path.join(cache, `ripgrep-${RIPGREP.release}-${ripgrepTarget()}.tar.gz`), '-C', staging, 'rg'], { cwd: tmp, env: process.env, log: path.join(tmp, 'tar.log'), timeoutMs: 60_000 })
}

/**
 * Settings an outer `npm run` exports that would turn the nested install into something else:
 * where it installs (local_prefix, prefix, workspace…) or what it reports itself as.
 */
const OUTER_NPM_SETTINGS = /^npm_config_(local_prefix|prefix|global_prefix|global|location|user_agent|call|workspaces?|include_workspace_root|save(_\w+)?|package_lock(_only)?)$/i

/**
 * The environment of the nested `npm install`: the outer `npm run`'s package and lifecycle
 * variables and location settings left out; registry, proxy, cache and CA settings kept.
 */
function installEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(process.env)) {
    const npm = /^npm_/i.test(name)
    if (name === 'INIT_CWD' || (npm && !/^npm_config_/i.test(name)) || OUTER_NPM_SETTINGS.test(name)) continue
    env[name] = value
  }
  return {
    ...env,
    TMPDIR: tmp,
    // code-server's postinstall refuses to run as root unless npm says unsafe-perm (npm 11 no
    // longer has the setting, but passes it on); a node-pty step runs npx, which must not ask.
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    // argon2 and kerberos would try their prebuilt binaries from GitHub first; build them here.
    npm_config_build_from_source: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  }
}

/**
 * Installs code-server into `packages/e2e/.cache/` (git-ignored) the first time, from the npm
 * registry only: about 280 MB with native modules compiled here, so it is no devDependency that
 * every `npm ci` would pay for (and `npm ci` would need the Debian build packages before the
 * suite's own installer could add them). Later runs find the marker and return at once.
 */
export async function ensureCodeServer(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<string> {
  if (existsSync(MARKER) && existsSync(CODE_SERVER_ENTRY)) return CODE_SERVER_ENTRY
  log(`letterlint e2e: installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), CODE_SERVER_DIR) || '.'} (once; about a minute)…`)
  const started = Date.now()
  await rm(CODE_SERVER_DIR, { recursive: true, force: true })
  const tmp = path.join(CODE_SERVER_DIR, 'tmp')
  await mkdir(tmp, { recursive: true })
  await writeFile(path.join(CODE_SERVER_DIR, 'package.json'), `${JSON.stringify({ name: 'letterlint-e2e-code-server', private: true }, null, 2)}\n`)
  await seedRipgrep(tmp)
  await runLogged(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--workspaces=false', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: CODE_SERVER_DIR, env: installEnv(tmp), log: path.join(CODE_SERVER_DIR, 'install.log'), timeoutMs: INSTALL_TIMEOUT_MS },
  )
  const rg = path.join(CODE_SERVER_DIR, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg')
  if (!existsSync(CODE_SERVER_ENTRY) || !existsSync(rg)) {
    throw new Error(`letterlint e2e: npm installed code-server ${CODE_SERVER_VERSION} without ${existsSync(rg) ? CODE_SERVER_ENTRY : rg}; see ${path.join(CODE_SERVER_DIR, 'install.log')}`)
  }
  await rm(tmp, { recursive: true, force: true })
  await writeFile(MARKER, `${CODE_SERVER_VERSION}\n`)
  log(`letterlint e2e: code-server installed in ${Math.round((Date.now() - started) / 1000)} s`)
  return CODE_SERVER_ENTRY
}
