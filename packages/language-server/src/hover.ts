import { ruleById } from '@letterlint/core'
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver'

function contains(diagnostic: Diagnostic, position: Position): boolean {
  const { start, end } = diagnostic.range
  const after = position.line > start.line || (position.line === start.line && position.character >= start.character)
  const before = position.line < end.line || (position.line === end.line && position.character <= end.character)
  return after && before
}

/** The advice behind each diagnostic under the cursor: why, a better line, and the rule's docs. */
export function hover(diagnostics: readonly Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter((diagnostic) => contains(diagnostic, position))
  if (here.length === 0) return null
  const sections = here.map((diagnostic) => {
    const meta = ruleById.get(String(diagnostic.code))?.meta
    // The editor shows the message itself; the hover adds the advice behind it.
    const lines = [`**letterlint · ${String(diagnostic.code)}**`, '']
    if (meta) {
      lines.push(meta.note)
      if (meta.better) lines.push('', `Better: *${meta.better.replace(/\n/g, ' / ')}*`)
      lines.push('', `[letterlint: ${meta.id}](${meta.url})`)
    }
    return lines.join('\n')
  })
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0]!.range }
}
