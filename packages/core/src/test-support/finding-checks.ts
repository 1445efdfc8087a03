/**
 * Independent checks of the finding contract, for tests that run over many letters: positions as an
 * LSP client counts them, surrogate pairs, and the safe fixes `--fix` and `source.fixAll` apply.
 */
import type { Finding, Fix } from '../types.js'

/** Line and column the way an LSP client counts them: `\n`, `\r\n` and a lone `\r` end lines. */
export function lspPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** A finding's line, column, endLine and endColumn as `lspPosition` counts them from its offsets. */
export function expectedPlace(text: string, finding: Pick<Finding, 'start' | 'end'>): Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const from = lspPosition(text, finding.start)
  const to = lspPosition(text, finding.end)
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
}

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return /[\uD800-\uDBFF]/.test(text[offset - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[offset] ?? '')
}

/** The fixes the CLI's `--fix` and the server's fix-all apply: each finding's `fix`, never a suggestion. */
export function safeFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => (finding.fix ? [finding.fix] : []))
}
