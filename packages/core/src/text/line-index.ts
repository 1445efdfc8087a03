/**
 * Maps UTF-16 offsets to 1-based line/column pairs. Lines end as LSP and editors end them: at `\n`,
 * `\r\n` (counted once) or a lone `\r` (old Mac files), so CLI positions match the editor's.
 */
export class LineIndex {
  /** Offset at which each line starts. */
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1)
    }
  }

  /** 1-based line and UTF-16 column of `offset` (clamped into the text). */
  position(offset: number): { line: number; column: number } {
    const at = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid]! <= at) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: at - this.starts[low]! + 1 }
  }

  /** Offset of a 1-based line and column; `undefined` outside the line (its end included) or the text. */
  offset(line: number, column: number): number | undefined {
    if (line < 1 || column < 1 || line > this.starts.length) return undefined
    const { start, end } = this.lineSpan(line)
    const offset = start + column - 1
    return offset <= end ? offset : undefined
  }

  /** Span of a 1-based line without its line ending. */
  lineSpan(line: number): { start: number; end: number } {
    const start = this.starts[line - 1] ?? this.text.length
    let end = this.starts[line] === undefined ? this.text.length : this.starts[line]! - 1
    if (end > start && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--
    return { start, end }
  }

  get lineCount(): number {
    return this.starts.length
  }
}
