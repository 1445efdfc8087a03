import type { Root } from 'nlcst'
import { defineRule } from '../define-rule.js'
import type { Letter, Sentence } from '../letter/letter.js'
import { matchedWords, sentenceText, wordSpan } from '../letter/sentence-text.js'
import { hasSpecificWord } from '../letter/specifics.js'
import { GENERIC_PHRASES, type GenericPhrase } from '../phrases/generic-phrases.js'
import { compilePattern } from '../phrases/pattern.js'
import { renderRewrite } from '../phrases/rewrite.js'
import { snippetToPlain } from '../text/snippet.js'
import type { Fix, Span } from '../types.js'

/** All catalogue patterns in one expression, one capture group each, so a sentence is scanned once. */
const CATALOGUE = new RegExp(GENERIC_PHRASES.map((phrase) => `(${compilePattern(phrase.pattern)})`).join('|'), 'g')

/**
 * Rewrites keep the case of the words they replace: "Again, thank you…" and "Dear Dana, thank you…"
 * get "thank you…", a sentence's "Thank you…" keeps its capital.
 */
function fitCase(text: string, written: string): string {
  if (!/^\p{Ll}/u.test(written) || /^I\b/.test(text)) return text
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function rewrites(phrase: GenericPhrase, at: Span, letter: Letter): Fix[] {
  const written = letter.text.slice(at.start, at.end)
  return phrase.rewrites.map((template) => {
    const { text, snippet } = renderRewrite(template, letter)
    const newText = fitCase(text, written)
    return { title: `Make it specific: "${snippetToPlain(newText)}"`, edits: [{ ...at, newText, snippet }] }
  })
}

interface Match {
  phrase: GenericPhrase
  first: number
  last: number
}

/**
 * Catalogue phrases in a sentence. Matches may overlap ("Again, thank you for your time" holds two),
 * so every word start is tried; the caller keeps the longest of overlapping ones.
 */
function scan(sentence: Sentence): Match[] {
  const text = sentenceText(sentence)
  const found: Match[] = []
  CATALOGUE.lastIndex = 0
  for (let match = CATALOGUE.exec(text.text); match; match = CATALOGUE.exec(text.text)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined)
    const { first, last } = matchedWords(text, match.index, match[0].length)
    found.push({ phrase: GENERIC_PHRASES[group - 1]!, first, last })
    CATALOGUE.lastIndex = text.starts[first + 1] ?? text.text.length + 1
  }
  return found
}

/** The longest matches that do not overlap, in text order; words taken are marked, so this stays linear. */
function longest(matches: Match[], words: number): Match[] {
  const taken = new Uint8Array(words)
  const kept: Match[] = []
  for (const match of [...matches].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first)) {
    if (taken.subarray(match.first, match.last + 1).some(Boolean)) continue
    taken.fill(1, match.first, match.last + 1)
    kept.push(match)
  }
  return kept.sort((a, b) => a.first - b.first)
}

/** "Thank you for your time" could follow any interview; letters that get read say what the time was for. */
export const genericPhrase = defineRule<object, Root>({
  id: 'generic-phrase',
  description: 'Lines that could close any interview ("thank you for your time", "I look forward to hearing from you") in a sentence that says nothing specific.',
  note: 'A line that could follow any interview tells the reader nothing about this one.',
  better: 'Thank you, Dana, for walking me through the Kafka migration.',
  category: 'phrasing',
  defaultSeverity: 'warning',
  fixable: 'suggestion',
  tree: 'prose',
  options: {},
  examples: [
    {
      title: 'a stock thank-you',
      text: 'Thank you for your time.\n',
      messages: ['"Thank you for your time" could close any interview: say what the time was spent on.'],
    },
    {
      title: 'the same words with specifics',
      text: 'Thank you for your time walking me through the Kafka migration.\n',
      messages: [],
    },
  ],
  check({ letter, report }) {
    for (const sentence of letter.sentences) {
      const generic = scan(sentence).filter(({ phrase, first, last }) => phrase.filler || !hasSpecificWord(letter, sentence, { first, last }))
      for (const { phrase, first, last } of longest(generic, sentence.words.length)) {
        const at = wordSpan(sentence.words, first, last)
        // Quoted as read: "thank you *so much*" is "thank you so much".
        const written = letter.text.slice(at.start, at.end).replace(/[*_~`]+/g, '').replace(/\s+/g, ' ')
        report({
          at,
          message: `"${written}" could close any interview: ${phrase.why}.`,
          suggestions: rewrites(phrase, at, letter),
        })
      }
    }
  },
})
