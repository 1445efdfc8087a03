import { readFileSync } from 'node:fs'
import { dataFile } from '../data-files.js'
import { BoundedCache } from '../text/bounded-cache.js'
import { WordSet } from './word-set.js'

/** The English dictionaries letterlint ships, by dialect. */
export const DIALECTS = ['en-US', 'en-GB'] as const
export type Dialect = (typeof DIALECTS)[number]

/**
 * Every word form of a hunspell dictionary (dictionary-en, dictionary-en-gb), expanded at build time,
 * answering as nspell's `correct` does: the word as written, else for a word in capitals its
 * sentence-case form, else its lower-case form — unless that form must keep its case (flagged).
 */
export class WordList {
  /**
   * Verdicts on words seen lately: a letter reuses a few hundred words, and a small map answers
   * them faster than up to three probes of a table of ~124,000 forms.
   */
  private readonly verdicts = new BoundedCache<string, boolean>(VERDICTS)

  constructor(private readonly forms: WordSet) {}

  /** Whether the dictionary accepts `word` (straight apostrophes expected). */
  correct(word: string): boolean {
    return this.verdicts.get(word, this.lookUp)
  }

  /** A bound function, made once: `correct` runs for every word of every lint. */
  private readonly lookUp = (word: string): boolean => {
    if (this.forms.find(word) !== -1) return true
    if (word === word.toUpperCase()) {
      const sentenceCase = this.forms.find(word.charAt(0) + word.slice(1).toLowerCase())
      if (sentenceCase !== -1) return !this.forms.flagged(sentenceCase)
    }
    const lower = word.toLowerCase()
    const form = lower === word ? -1 : this.forms.find(lower)
    return form !== -1 && !this.forms.flagged(form)
  }
}

/** How many verdicts `WordList` remembers: far more than the distinct words of a letter. */
const VERDICTS = 20_000

const lists = new Map<Dialect, WordList>()

/** The word list of a dialect, read once on first use. */
export function wordList(dialect: Dialect): WordList {
  let list = lists.get(dialect)
  if (!list) {
    list = new WordList(new WordSet(readFileSync(dataFile(`dictionary-${dialect}.bin`))))
    lists.set(dialect, list)
  }
  return list
}
