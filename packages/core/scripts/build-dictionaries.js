// Writes data/dictionary-<dialect>.bin: every word form dictionary-en (and -en-gb) accepts, as nspell
// expands them from the hunspell affix rules, as a word set (src/spelling/word-set.ts) that loads in
// milliseconds where nspell takes a second to expand the affixes. Forms that must keep their case
// (hunspell KEEPCASE) are flagged. Runs after tsc.
import { mkdir, writeFile } from 'node:fs/promises'
import dictionaryGb from 'dictionary-en-gb'
import dictionaryUs from 'dictionary-en'
import nspell from 'nspell'
import { buildWordSet } from '../dist/spelling/word-set.js'

const has = (flags, name, codes) => codes !== undefined && name in flags && codes.includes(flags[name])

await mkdir(new URL('../data/', import.meta.url), { recursive: true })
for (const [dialect, dictionary] of [['en-US', dictionaryUs], ['en-GB', dictionaryGb]]) {
  const checker = nspell(dictionary)
  const forms = []
  const keepCase = new Set()
  for (const [word, codes] of Object.entries(checker.data)) {
    // Forms valid only inside compounds (hunspell ONLYINCOMPOUND) are never words on their own.
    if (has(checker.flags, 'ONLYINCOMPOUND', codes) || has(checker.flags, 'FORBIDDENWORD', codes)) continue
    forms.push(word)
    if (has(checker.flags, 'KEEPCASE', codes)) keepCase.add(word)
  }
  await writeFile(new URL(`../data/dictionary-${dialect}.bin`, import.meta.url), buildWordSet(forms, (word) => keepCase.has(word)))
  console.log(`dictionary-${dialect}.bin: ${forms.length} forms, ${keepCase.size} keeping their case`)
}
