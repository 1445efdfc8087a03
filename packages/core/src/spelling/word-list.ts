import { readFileSync } from 'node:fs'
import { dataFile } from '../data-files.js'
import { BoundedCache } from '../text/bounded-cache.js'

/** The English dictionaries letterlint ships, by dialect. */
export const DIALECTS = ['en-US', 'en-GB'] as const
export type Dialect = (typeof DIALECTS)[number]

/**
 * Every word form of a hunspell dictionary (dictionary-en, dictionary-en-gb), expanded at build time,
 * answering as nspell's `correct` does: the word as written, else for a word in capitals its
 * sentence-case form, else its lower-case form — unless that form must keep its case.
 */
export class WordList {
  private readonly forms = new Set<string>()
  private readonly keepCase = new Set<string>()
  /**
   * Verdicts on words seen lately: a letter reuses a few hundred words, and a small map answers
   * them faster than up to three probes of a set of ~120,000 forms.
   */
  private readonly verdicts = new BoundedCache<string, boolean>(VERDICTS)

  constructor(lines: string) {
    for (const line of lines.split('\n')) {
      if (!line) continue
      if (line.startsWith('=')) {
        this.forms.add(line.slice(1))
        this.keepCase.add(line.slice(1))
      } else this.forms.add(line)
    }
  }

  /** Whether the dictionary accepts `word` (straight apostrophes expected). */
  correct(word: string): boolean {
    return this.verdicts.get(word, (known) => this.lookUp(known))
  }

  private lookUp(word: string): boolean {
    if (this.forms.has(word)) return true
    if (word === word.toUpperCase()) {
      const sentenceCase = word.charAt(0) + word.slice(1).toLowerCase()
      if (this.keepCase.has(sentenceCase)) return false
      if (this.forms.has(sentenceCase)) return true
    }
    const lower = word.toLowerCase()
    return lower !== word && !this.keepCase.has(lower) && this.forms.has(lower)
  }
}

/** How many verdicts `WordList` remembers: far more than the distinct words of a letter. */
const VERDICTS = 20_000

const lists = new Map<Dialect, WordList>()

/** The word list of a dialect, read once on first use. */
export function wordList(dialect: Dialect): WordList {
  let list = lists.get(dialect)
  if (!list) {
    list = new WordList(readFileSync(dataFile(`dictionary-${dialect}.txt`), 'utf8'))
    lists.set(dialect, list)
  }
  return list
}
