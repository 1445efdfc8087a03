import type { Sentence, Word } from './letter.js'

/** A sentence's words in lower case joined by single spaces, for phrase patterns. */
export interface SentenceText {
  text: string
  /** Character offset in `text` at which each word starts. */
  starts: number[]
}

/** The normalised text of a sentence, computed once per sentence. */
export function sentenceText(sentence: Sentence): SentenceText {
  let found = sentence.views.text
  if (!found) {
    const starts: number[] = []
    let text = ''
    for (const word of sentence.words) {
      if (text) text += ' '
      starts.push(text.length)
      text += word.lower
    }
    found = sentence.views.text = { text, starts }
  }
  return found
}

/** The words a match in the sentence text covers, as indexes into `sentence.words`. */
export function matchedWords(text: SentenceText, index: number, length: number): { first: number; last: number } {
  // Binary search: a long sentence may hold thousands of matches.
  const first = lastStartBefore(text.starts, index + 1)
  return { first, last: Math.max(first, lastStartBefore(text.starts, index + length)) }
}

/** Index of the last word that starts before `offset` (0 when none does). */
function lastStartBefore(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! < offset) low = mid
    else high = mid - 1
  }
  return low
}

/** Span of the words `first..last` of a sentence. */
export function wordSpan(words: Word[], first: number, last: number): { start: number; end: number } {
  return { start: words[first]!.start, end: words[last]!.end }
}
