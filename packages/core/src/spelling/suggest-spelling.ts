import { suggester } from './suggester.js'

/** Keeps the writer's capitalisation: "Recieve" → "Receive", "RECIEVE" → "RECEIVE". */
export function matchCase(suggestion: string, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return suggestion.toUpperCase()
  if (/^\p{Lu}/u.test(word)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1)
  return suggestion
}

/** Spelling suggestions for a word, best first, in the word's own capitalisation. */
export function suggestSpelling(word: string): string[] {
  return suggester()
    .suggest(word)
    .map((suggestion) => matchCase(suggestion.word, word))
}
