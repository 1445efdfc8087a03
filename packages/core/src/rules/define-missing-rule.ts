import type { Root } from 'nlcst'
import { defineRule, type RuleExample, type RuleMeta } from '../define-rule.js'
import type { Letter } from '../letter/letter.js'
import { evidence, type Specific } from '../letter/specifics.js'
import { renderRewrite } from '../phrases/rewrite.js'
import { snippetToPlain } from '../text/snippet.js'
import type { Span } from '../types.js'

/** Where a missing specific is reported and where its sentence skeleton goes. */
export type Placement = 'opening' | 'first' | 'last'

interface MissingRuleDefinition {
  id: string
  specific: Specific
  description: string
  note: string
  better: string
  placement: Placement
  message(letter: Letter): string
  /** Sentence skeleton in rewrite-template syntax, inserted after the anchor sentence. */
  skeleton: string
  examples: RuleExample[]
  strictSeverity?: RuleMeta['strictSeverity']
}

function anchor(letter: Letter, placement: Placement): { at: Span; insertAt: number } | undefined {
  const sentences = letter.sentences
  const first = sentences[0]
  const last = sentences[sentences.length - 1]
  if (!first || !last) return undefined
  if (placement === 'opening') {
    const greeting = letter.structure.greeting
    return { at: greeting ? { start: greeting.start, end: greeting.end } : first, insertAt: first.end }
  }
  const sentence = placement === 'first' ? first : last
  return { at: sentence, insertAt: sentence.end }
}

/** The shape shared by the `missing-*` rules: one finding when the letter never shows a specific. */
export function defineMissingRule(definition: MissingRuleDefinition) {
  const { specific, placement, message, skeleton, ...meta } = definition
  return defineRule<object, Root>({
    ...meta,
    category: 'specifics',
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    tree: 'prose',
    options: {},
    check({ letter, report }) {
      if (evidence(letter, specific)) return
      const where = anchor(letter, placement)
      if (!where) return
      const { text, snippet } = renderRewrite(skeleton, letter)
      report({
        at: where.at,
        message: message(letter),
        suggestions: [{ title: `Add a sentence: "${snippetToPlain(text)}"`, edits: [{ start: where.insertAt, end: where.insertAt, newText: ' ' + text, snippet }] }],
      })
    },
  })
}
