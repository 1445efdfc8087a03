import type { Root } from 'nlcst'
import { defineRule } from '../define-rule.js'
import type { Letter } from '../letter/letter.js'
import { personTokens } from '../letter/mentions.js'
import { suggestSpelling } from '../spelling/suggest-spelling.js'
import { editDistance, oneEditFromWord } from '../spelling/suggester.js'
import { unknownWords } from '../spelling/unknown-words.js'
import { DIALECTS, wordList, type Dialect, type WordList } from '../spelling/word-list.js'
import { isWorkplaceWord } from '../vocab/workplace-words.js'

/**
 * Longer than any English word a letter uses ("incomprehensibilities" has 21 letters): a run of
 * 45 or more letters is pasted data (a hash, a token), not a misspelling to suggest for.
 */
const LONGEST_WORD = 44

/** URLs, e-mail addresses and file names are not words to spell. */
const NOT_PROSE = /^(?:[a-z][\w+.-]*:\/\/|www\.)|@|\w\.[a-z]{2,}(?:\/|$)|\/\w/i

function surrounding(text: string, start: number, end: number): string {
  let from = start
  let to = end
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--
  while (to < text.length && !/\s/.test(text[to]!)) to++
  return text.slice(from, to)
}

/** Names the letter itself declares, as written: "Whitfield", "Northwind". */
function declaredNames(letter: Letter): string[] {
  const names = letter.to.flatMap((name) => personTokens(name).tokens)
  for (const phrase of [letter.company, letter.from, letter.role, ...letter.topics]) if (phrase) names.push(...phrase.split(/[^\p{L}\p{N}'’-]+/u))
  return names.filter((name) => name.length > 1)
}

/** "café", "résumé", "éclair": English keeps accents on words that dictionary-en spells without them. */
function isAccented(word: string, list: WordList): boolean {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
  return plain !== word && list.correct(plain)
}

/** "Always proofread": one misspelling undoes the care the letter shows. */
interface SpellingOptions {
  dialect: Dialect
}

export const spelling = defineRule<SpellingOptions, Root>({
  id: 'spelling',
  description: 'Words dictionary-en does not know, with suggestions; names from frontmatter and the personal word list are accepted.',
  note: 'One misspelled word, above all the interviewer\'s name, undoes the care the letter shows.',
  category: 'proofreading',
  defaultSeverity: 'warning',
  fixable: 'suggestion',
  tree: 'prose',
  options: {
    dialect: {
      enum: [...DIALECTS],
      default: 'en-US',
      description: 'Which English: en-US (dictionary-en) or en-GB (dictionary-en-gb, "organised", "colour"). Suggestions come from a US word-frequency list.',
    },
  },
  examples: [
    { title: 'a typo', text: 'I recieve your note with thanks.\n', messages: ['Unknown word "recieve": did you mean "receive"?'] },
    {
      title: 'a misspelled interviewer',
      text: '---\nto: Dana Whitfield\n---\nThank you, Ms. Whitfeld, for the tour.\n',
      messages: ['"Whitfeld" looks like a misspelling of "Whitfield" (from the frontmatter).'],
    },
    { title: 'names, acronyms and addresses', text: 'Dana Kowalczyk showed me the AWS setup at https://example.com/a-b.\n', messages: [] },
    { title: 'British spelling with `dialect: en-GB`', options: { dialect: 'en-GB' }, text: 'I organised the colour review with the team.\n', messages: [] },
    {
      title: 'British spelling in US English',
      text: 'I organised the review with the team.\n',
      messages: ['Unknown word "organised": did you mean "organized"?'],
    },
  ],
  check({ letter, options, run, report }) {
    const names = declaredNames(letter)
    const known = new Set([...names, ...names.map((name) => name.toLowerCase())])
    const accepted = (word: string) =>
      run.words.has(word) || run.words.has(word.toLowerCase()) || known.has(word) || known.has(word.toLowerCase()) || isWorkplaceWord(word)
    const list = wordList(options.dialect)
    for (const unknown of unknownWords(letter.prose, list)) {
      const span = { start: unknown.start, end: unknown.end }
      const actual = unknown.actual
      if (actual.length > LONGEST_WORD) continue
      // "Northwind's": a possessive is spelled right when its name is.
      const base = actual.replace(/['’]s$/, '') || actual
      const parts = base.split(/[-‐]/).filter(Boolean)
      if (accepted(base) || parts.every(accepted) || isAccented(base, list)) continue
      if (/\d/.test(actual) || NOT_PROSE.test(surrounding(letter.text, span.start, span.end))) continue
      // Acronyms and product names ("AWS", "GitHub") are spelled as their owners like.
      if (/^\p{Lu}[\p{Lu}'’s]+$/u.test(actual) || /\p{Ll}\p{Lu}/u.test(actual)) continue

      const near = /^\p{Lu}/u.test(base) ? names.find((name) => name.length >= 4 && /^\p{Lu}/u.test(name) && editDistance(base, name, 2) <= 2) : undefined
      if (near) {
        const at = { start: span.start, end: span.start + base.length }
        report({
          at,
          message: `"${base}" looks like a misspelling of "${near}" (from the frontmatter).`,
          suggestions: [{ title: `Replace with "${near}"`, edits: [{ ...at, newText: near }] }],
        })
        continue
      }
      // A capitalised unknown word is most likely a name ("Kowalczyk"), unless it is one slip away
      // from a common word at the start of a sentence ("Teh").
      if (/^\p{Lu}/u.test(actual) && !(unknown.first && oneEditFromWord(actual))) continue
      // Editors ask for suggestions when a quick fix is wanted, so linting never waits for the index.
      const options = run.suggest ? suggestSpelling(actual) : []
      report({
        at: span,
        message: options.length > 0 ? `Unknown word "${actual}": did you mean "${options[0]}"?` : `Unknown word "${actual}".`,
        suggestions: options.map((option) => ({ title: `Replace with "${option}"`, edits: [{ ...span, newText: option }] })),
      })
    }
  },
})
