// Bundles the extension (CommonJS, for VS Code's extension host) and the language server (ESM, as
// its packages are, with the word lists it reads beside it: the language server package's own
// bundling) into dist/.
import { copyFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE_OPTIONS, writeNotices } from '@letterlint/core/bundling'
import { bundleServer } from '@letterlint/language-server/bundle'
import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

const extension = await esbuild.build({
  ...BUNDLE_OPTIONS,
  entryPoints: { extension: path.join(root, 'src/extension.ts') },
  outExtension: { '.js': '.cjs' },
  outdir: dist,
  format: 'cjs',
  external: ['vscode'],
  // The snippets file is the single source of the letter template the "new letter" command inserts.
  loader: { '.code-snippets': 'json' },
})

const server = await bundleServer(dist)

// The configuration schema the core build writes, for `jsonValidation` of .letterlintrc.json.
await copyFile(fileURLToPath(import.meta.resolve('@letterlint/core/schema.json')), path.join(dist, 'letterlintrc.schema.json'))

await writeNotices([extension.metafile, server.metafile], path.join(dist, 'THIRD-PARTY-NOTICES.txt'), 'The letterlint extension bundles these packages:')
