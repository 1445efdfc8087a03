/** A word as a speller sees it: letters and marks, with inner apostrophes ("O'Neill", "Kowalczyk’s"). */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu
const ONE_WORD = new RegExp(`^${WORD.source}$`, 'u')

/** "Kowalczyk's" is in the dictionary when "Kowalczyk" is. */
const withoutPossessive = (word: string) => word.replace(/['’]s$/u, '')

/** The word that the cursor is in or touches, at a UTF-16 `character` of a line. */
export function wordAt(line: string, character: number): string | undefined {
  for (const match of line.matchAll(WORD)) {
    if (match.index <= character && character <= match.index + match[0].length) return withoutPossessive(match[0])
  }
  return undefined
}

/** The selected text as one dictionary entry, or `undefined` when it is not one word. */
export function selectedWord(selected: string): string | undefined {
  const text = selected.trim()
  return ONE_WORD.test(text) ? withoutPossessive(text) : undefined
}
