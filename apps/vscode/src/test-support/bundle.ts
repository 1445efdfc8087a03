import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as esbuild from 'esbuild'

/**
 * One module of src/ bundled as scripts/build.js bundles the extension (CommonJS, `vscode` left to
 * the host), so `loadWithVscode` can run it against a stand-in `vscode` without a whole build.
 */
export async function bundleModule(entry: string): Promise<string> {
  const outfile = path.join(await mkdtemp(path.join(tmpdir(), 'letterlint-module-')), `${path.basename(entry, '.ts')}.cjs`)
  await esbuild.build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['vscode'], mainFields: ['module', 'main'], logLevel: 'warning' })
  return outfile
}
