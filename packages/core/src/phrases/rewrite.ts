import type { Letter } from '../letter/letter.js'
import { personTokens } from '../letter/mentions.js'
import { tabStop } from '../text/snippet.js'

/** The letter facts a rewrite template can use. */
function fact(letter: Letter, name: string): string | undefined {
  switch (name) {
    case 'first':
      return letter.to[0] ? personTokens(letter.to[0]).first : undefined
    case 'name':
      return letter.to[0]
    case 'company':
      return letter.company
    case 'role':
      return letter.role
    case 'topic':
      return letter.topics[0]
    default:
      throw new Error(`Unknown fact "${name}" in a rewrite template`)
  }
}

/**
 * Renders a rewrite template: `{fact|hint}` becomes the letter's fact or a tab stop with the hint,
 * `{?hint}` always a tab stop. Returns the text and whether it needs snippet support.
 */
export function renderRewrite(template: string, letter: Letter): { text: string; snippet: boolean } {
  let stops = 0
  const text = template.replace(/\{(\?)?([^|}]*)(?:\|([^}]*))?\}/g, (_, ask: string | undefined, name: string, hint: string | undefined) => {
    const known = ask ? undefined : fact(letter, name)
    if (known) return known.replace(/[\\$}]/g, (c) => '\\' + c)
    return tabStop(++stops, ask ? name : hint ?? name)
  })
  // Facts were escaped for the snippet; without tab stops the text is plain.
  return stops > 0 ? { text, snippet: true } : { text: text.replace(/\\([\\$}])/g, '$1'), snippet: false }
}
