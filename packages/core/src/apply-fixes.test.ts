import { describe, expect, it } from 'vitest'
import { applyFixes } from './apply-fixes.js'
import type { Fix, TextEdit } from './types.js'

const fix = (...edits: TextEdit[]): Fix => ({ title: 'fix', edits })
const edit = (start: number, end: number, newText: string, snippet?: boolean): TextEdit => (snippet ? { start, end, newText, snippet } : { start, end, newText })

describe('applyFixes', () => {
  it('applies non-overlapping fixes in any order', () => {
    expect(applyFixes('a the the b a apple', [fix(edit(12, 13, 'an')), fix(edit(2, 9, 'the'))])).toEqual({ text: 'a the b an apple', applied: 2 })
  })

  it('applies every edit of a fix or none of it', () => {
    const text = 'one two three'
    const result = applyFixes(text, [fix(edit(0, 3, '1')), fix(edit(4, 7, '2'), edit(2, 5, 'x'))])
    expect(result).toEqual({ text: '1 two three', applied: 1 })
  })

  it('skips a fix that overlaps one taken before, and a second insertion at the same place', () => {
    expect(applyFixes('abcdef', [fix(edit(1, 4, 'X')), fix(edit(3, 5, 'Y')), fix(edit(5, 5, '1')), fix(edit(5, 5, '2'))])).toEqual({ text: 'aXe1f', applied: 2 })
  })

  it('puts an insertion before a replacement that starts at the same place', () => {
    expect(applyFixes('abcdef', [fix(edit(2, 2, 'X')), fix(edit(2, 4, 'Y'))]).text).toBe('abXYef')
    expect(applyFixes('abcdef', [fix(edit(2, 4, 'Y')), fix(edit(2, 2, 'X'))]).text).toBe('abXYef')
    // Adjacent edits both apply.
    expect(applyFixes('abcdef', [fix(edit(0, 2, 'A')), fix(edit(2, 4, 'C')), fix(edit(4, 4, '|'))]).text).toBe('AC|ef')
  })

  it('refuses edits outside the text, reversed ranges and a fix whose own edits overlap', () => {
    expect(applyFixes('abc', [fix(edit(2, 9, 'x')), fix(edit(-1, 0, 'x')), fix(edit(2, 1, 'x')), fix(edit(0, 2, 'x'), edit(1, 3, 'y'))])).toEqual({ text: 'abc', applied: 0 })
  })

  it('turns snippets into their plain text and keeps plain text as written', () => {
    expect(applyFixes('Dear ,', [fix(edit(5, 5, '${1:name}', true))]).text).toBe('Dear name,')
    expect(applyFixes('Cost: ', [fix(edit(6, 6, '$5 ${1:x}'))]).text).toBe('Cost: $5 ${1:x}')
  })

  it('keeps surrogate pairs and CRLF intact around edits', () => {
    const text = '🎉 the the\r\nend'
    expect(applyFixes(text, [fix(edit(3, 10, 'the'))]).text).toBe('🎉 the\r\nend')
  })

  it('stays fast with thousands of fixes', () => {
    const text = 'the the '.repeat(20_000)
    const fixes = Array.from({ length: 20_000 }, (_, i) => fix(edit(i * 8, i * 8 + 7, 'the')))
    const started = performance.now()
    const result = applyFixes(text, fixes)
    expect(result.applied).toBe(20_000)
    expect(result.text).toBe('the '.repeat(20_000))
    // Checking each fix against every earlier one and rebuilding the text per edit took over a second.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})
