import { describe, expect, it } from 'vitest'
import { LineIndex } from './line-index.js'

/** Every offset of the text, mapped and back. */
function roundTrips(text: string): void {
  const lines = new LineIndex(text)
  for (let offset = 0; offset <= text.length; offset++) {
    const { line, column } = lines.position(offset)
    // Offsets inside a CRLF pair belong to no column of their own.
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue
    expect(lines.offset(line, column), `offset ${offset}`).toBe(offset)
  }
}

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns', () => {
    const lines = new LineIndex('ab\ncd\n')
    expect([0, 1, 2, 3, 5, 6].map((offset) => lines.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 1 },
    ])
    expect(lines.lineCount).toBe(3)
  })

  it('counts CRLF once and a lone CR as a line ending, as LSP does', () => {
    const lines = new LineIndex('a\r\nb\rc\nd')
    expect(lines.lineCount).toBe(4)
    expect(lines.position(3)).toEqual({ line: 2, column: 1 })
    expect(lines.position(5)).toEqual({ line: 3, column: 1 })
    expect(lines.position(7)).toEqual({ line: 4, column: 1 })
    expect([1, 2, 3, 4].map((line) => lines.lineSpan(line))).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
      { start: 5, end: 6 },
      { start: 7, end: 8 },
    ])
  })

  it('counts columns in UTF-16 code units: emoji, skin tones and combining marks', () => {
    const text = '🎉👍🏽 e\u0301x'
    const lines = new LineIndex(text)
    expect(lines.position(text.indexOf('x'))).toEqual({ line: 1, column: 10 })
    roundTrips(text)
  })

  it('counts a byte order mark as a column', () => {
    expect(new LineIndex('\uFEFFDear').position(1)).toEqual({ line: 1, column: 2 })
  })

  it('clamps offsets outside the text', () => {
    const lines = new LineIndex('ab\nc')
    expect(lines.position(-5)).toEqual({ line: 1, column: 1 })
    expect(lines.position(99)).toEqual({ line: 2, column: 2 })
  })

  it('refuses lines and columns that do not exist', () => {
    const lines = new LineIndex('ab\r\nc')
    expect(lines.offset(1, 3)).toBe(2)
    // Past the end of line 1 is not the start of line 2.
    expect(lines.offset(1, 4)).toBeUndefined()
    expect(lines.offset(2, 3)).toBeUndefined()
    expect(lines.offset(3, 1)).toBeUndefined()
    expect(lines.offset(0, 1)).toBeUndefined()
    expect(lines.offset(1, 0)).toBeUndefined()
  })

  it('handles the empty text and text ending in a line break', () => {
    expect(new LineIndex('').position(0)).toEqual({ line: 1, column: 1 })
    expect(new LineIndex('').lineSpan(1)).toEqual({ start: 0, end: 0 })
    const lines = new LineIndex('a\r\n')
    expect(lines.lineCount).toBe(2)
    expect(lines.lineSpan(2)).toEqual({ start: 3, end: 3 })
  })

  it('round-trips every offset of mixed line endings', () => {
    roundTrips('Dear Dana,\r\n\r\nThanks 🎉\rfor the\n\ntour.\r\n')
  })
})
