import type { Sentence, Word } from './letter.js'

/** A sentence's words in lower case joined by single spaces, for phrase patterns. */
export interface SentenceText {
  text: string
  /** Character offset in `text` at which each word starts. */
  starts: number[]
}

const cache = new WeakMap<Sentence, SentenceText>()

/** The normalised text of a sentence, computed once per sentence. */
export function sentenceText(sentence: Sentence): SentenceText {
  let found = cache.get(sentence)
  if (!found) {
    const starts: number[] = []
    let text = ''
    for (const word of sentence.words) {
      if (text) text += ' '
      starts.push(text.length)
      text += word.lower
    }
    found = { text, starts }
    cache.set(sentence, found)
  }
  return found
}

/** The words a match in the sentence text covers, as indexes into `sentence.words`. */
export function matchedWords(text: SentenceText, index: number, length: number): { first: number; last: number } {
  let first = 0
  while (first + 1 < text.starts.length && text.starts[first + 1]! <= index) first++
  let last = first
  while (last + 1 < text.starts.length && text.starts[last + 1]! < index + length) last++
  return { first, last }
}

/** Span of the words `first..last` of a sentence. */
export function wordSpan(words: Word[], first: number, last: number): { start: number; end: number } {
  return { start: words[first]!.start, end: words[last]!.end }
}
