// Writes data/dictionary-<dialect>.txt: every word form dictionary-en (and -en-gb) accepts, as nspell
// expands them from the hunspell affix rules. Loading this list is a few times faster than nspell
// expanding the affixes at start-up, and a Set answers "is this a word?" in constant time.
// Lines: a word, or `=word` for a form that must keep its case (hunspell KEEPCASE).
import { mkdir, writeFile } from 'node:fs/promises'
import dictionaryGb from 'dictionary-en-gb'
import dictionaryUs from 'dictionary-en'
import nspell from 'nspell'

const has = (flags, name, codes) => codes !== undefined && name in flags && codes.includes(flags[name])

await mkdir(new URL('../data/', import.meta.url), { recursive: true })
for (const [dialect, dictionary] of [['en-US', dictionaryUs], ['en-GB', dictionaryGb]]) {
  const checker = nspell(dictionary)
  const lines = []
  for (const [word, codes] of Object.entries(checker.data)) {
    // Forms valid only inside compounds (hunspell ONLYINCOMPOUND) are never words on their own.
    if (has(checker.flags, 'ONLYINCOMPOUND', codes) || has(checker.flags, 'FORBIDDENWORD', codes)) continue
    lines.push(has(checker.flags, 'KEEPCASE', codes) ? `=${word}` : word)
  }
  await writeFile(new URL(`../data/dictionary-${dialect}.txt`, import.meta.url), lines.join('\n') + '\n')
  console.log(`dictionary-${dialect}.txt: ${lines.length} forms`)
}
