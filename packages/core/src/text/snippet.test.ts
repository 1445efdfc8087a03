import { describe, expect, it } from 'vitest'
import { snippetProblems } from '../test-support/snippet-syntax.js'
import { escapeSnippet, snippetToPlain, tabStop } from './snippet.js'

describe('snippetToPlain', () => {
  it.each([
    ['plain text', 'Thank you, Dana.', 'Thank you, Dana.'],
    ['a tab stop with a default', 'Thank you for ${1:the tour}.', 'Thank you for the tour.'],
    ['several tab stops', '${1:a} and ${2:b}', 'a and b'],
    ['tab stops without defaults', 'Dear $1, ${2} and $0.', 'Dear ,  and .'],
    ['nested defaults', '${1:the ${2:Kafka} migration}', 'the Kafka migration'],
    ['an empty default', '${1:}x', 'x'],
    ['escapes', 'costs \\$5 \\} and a \\\\ slash', 'costs $5 } and a \\ slash'],
    ['an escaped brace inside a default', '${1:a \\} b}', 'a } b'],
    ['a dollar that starts no tab stop', 'US$ and ${name}', 'US$ and ${name}'],
    ['a closing brace outside any tab stop', 'a } b', 'a } b'],
    ['emoji and combining marks in a default', '${1:🎉 cafe\u0301}', '🎉 cafe\u0301'],
    ['a trailing backslash', 'end \\', 'end \\'],
  ])('%s', (_, snippet, plain) => {
    expect(snippetToPlain(snippet)).toBe(plain)
  })
})

describe('escapeSnippet and tabStop', () => {
  it.each(['Acme ${Corp}', 'C:\\Users\\dana', 'costs $5 }', '🎉 plain'])('round-trips %s', (text) => {
    expect(snippetToPlain(escapeSnippet(text))).toBe(text)
    const stop = tabStop(3, text)
    expect(snippetProblems(stop)).toEqual([])
    expect(snippetToPlain(stop)).toBe(text)
  })

  it('writes the LSP form', () => {
    expect(tabStop(1, 'name')).toBe('${1:name}')
  })
})
