// Bundles the CLI into bundle/: the bin and the lint worker, sharing one chunk of code, with core's
// word lists beside them. A cold `letterlint letter.md` then loads a few files instead of ~400
// modules. bundle/ sits beside dist/ so that '../package.json' (the version) resolves the same
// from both.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { ESM_BUNDLE_OPTIONS, relocateAssets, writeNotices } from '@letterlint/core/bundling'
import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const outdir = path.join(root, 'bundle')

await rm(outdir, { recursive: true, force: true })
const cli = await esbuild.build({
  ...ESM_BUNDLE_OPTIONS,
  // The pool finds its worker at './lint-worker.js' beside itself, in dist/ and here alike.
  entryPoints: { bin: path.join(root, 'dist/bin.js'), 'lint-worker': path.join(root, 'dist/parallel/lint-worker.js') },
  outdir,
  splitting: true,
  chunkNames: '[name]-[hash]',
  plugins: [relocateAssets(outdir)],
})
await writeNotices([cli.metafile], path.join(outdir, 'THIRD-PARTY-NOTICES.txt'), 'The letterlint command line bundles these packages:')
