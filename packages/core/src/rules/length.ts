import type { Root } from 'nlcst'
import { defineRule } from '../define-rule.js'
import { blockLines } from '../letter/structure.js'

interface LengthOptions {
  maxWords: number
  minWords: number
  maxParagraphs: number
  maxSentenceWords: number
}

const PARAGRAPH_KINDS = new Set(['paragraph', 'list', 'blockquote', 'table'])

/** "A couple of brief paragraphs": long-winded letters stop being read. */
export const length = defineRule<LengthOptions, Root>({
  id: 'length',
  description: 'Body too long or too short, too many paragraphs, overlong sentences.',
  note: 'Keep it to a couple of brief paragraphs: a long-winded letter stops being read.',
  category: 'length',
  defaultSeverity: 'warning',
  fixable: 'none',
  tree: 'prose',
  options: {
    maxWords: { type: 'integer', minimum: 1, default: 250, description: 'Most words in the body (greeting and sign-off excluded).' },
    minWords: { type: 'integer', minimum: 0, default: 50, description: 'Fewest words in the body.' },
    maxParagraphs: { type: 'integer', minimum: 1, default: 4, description: 'Most paragraphs in the body.' },
    maxSentenceWords: { type: 'integer', minimum: 1, default: 35, description: 'Most words in one sentence.' },
  },
  examples: [
    {
      title: 'too short',
      text: 'Dear Dana,\n\nThanks for the chat about the Kafka migration.\n\nBest,\nAlex\n',
      messages: ['The letter has 8 words; say a little more (at least 50): a specific thanks, one qualification, your interest.'],
    },
    {
      title: 'an overlong sentence',
      options: { minWords: 0 },
      text: 'I enjoyed the talk about the migration and the team and the roadmap and the on-call load and the dashboards and the customers and the depot and the drivers and the weather and the trucks and the plan.\n',
      messages: ['This sentence has 38 words; split it (at most 35).'],
    },
    {
      title: 'within bounds',
      options: { minWords: 5 },
      text: 'Dear Dana,\n\nThank you for walking me through the Kafka migration plan.\n\nBest,\nAlex\n',
      messages: [],
    },
  ],
  check({ letter, options, report }) {
    const { sentences, wordCount } = letter
    const body = letter.structure.blocks.filter((block) => PARAGRAPH_KINDS.has(block.kind))
    if (wordCount > options.maxWords) {
      let seen = 0
      const over = sentences.find((sentence) => (seen += sentence.words.length) > options.maxWords)!
      report({ at: over, message: `The letter runs to ${wordCount} words; keep it under ${options.maxWords}: a couple of brief paragraphs.` })
    } else if (wordCount < options.minWords) {
      const first = body[0]
      const { greeting, signOff, contentStart } = letter.structure
      // A letter with nothing but a greeting and a sign-off: point at what is there.
      const at = first ? blockLines(first)[0]! : (greeting ?? signOff?.closing ?? { start: contentStart, end: contentStart })
      report({
        at,
        message: `The letter has ${wordCount} word${wordCount === 1 ? '' : 's'}; say a little more (at least ${options.minWords}): a specific thanks, one qualification, your interest.`,
      })
    }
    if (body.length > options.maxParagraphs) {
      const extra = blockLines(body[options.maxParagraphs]!)[0]!
      report({ at: extra, message: `The letter has ${body.length} paragraphs; keep it to ${options.maxParagraphs} or fewer.` })
    }
    for (const sentence of sentences) {
      if (sentence.words.length > options.maxSentenceWords) {
        report({ at: sentence, message: `This sentence has ${sentence.words.length} words; split it (at most ${options.maxSentenceWords}).` })
      }
    }
  },
})
