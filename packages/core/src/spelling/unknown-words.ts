import type { Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst'
import { wordText } from '../letter/excerpt.js'
import type { Span } from '../types.js'
import type { WordList } from './word-list.js'

/** A word of the prose the dictionary does not accept. */
export interface UnknownWord extends Span {
  /** As written, curly apostrophes made straight. */
  actual: string
  /** Whether it opens its sentence ("Teh plan…"). */
  first: boolean
}

/** Numbers and times are not words to spell ("2024", "2:41pm"). */
const DIGITS = /^\d+$|^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i

/**
 * The unknown words of the given sentences, judged as retext-spell judges them (its test suite
 * compares the two): the whole word, else — for "on-call" — each of its parts.
 */
export function unknownWords(sentences: readonly NlcstSentence[], list: WordList): UnknownWord[] {
  const found: UnknownWord[] = []
  for (const sentence of sentences) {
    let first = true
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue
      const opens = first
      first = false
      const written = wordText(child)
      const actual = written.includes('’') ? written.replace(/’/g, "'") : written
      if (DIGITS.test(actual) || list.correct(actual) || partsCorrect(child, list)) continue
      found.push({ actual, first: opens, start: child.position!.start.offset!, end: child.position!.end.offset! })
    }
  }
  return found
}

function partsCorrect(word: NlcstWord, list: WordList): boolean {
  if (word.children.length < 2) return false
  return word.children.every((part) => part.type !== 'TextNode' || DIGITS.test(part.value) || list.correct(part.value.replace(/’/g, "'")))
}
