import type { Html, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Span } from './types.js'

/** An inline comment that turns rules off or on: `<!-- letterlint-disable spelling -->`. */
export interface Directive extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line'
  /** Rule ids named, or every rule. */
  rules: string[] | 'all'
  /** Spans of each named rule id, for reporting unknown ones. */
  ruleSpans: Array<Span & { id: string }>
  /**
   * Offset from which the directive applies: its start, or 0 for a `disable` that opens the letter
   * (only frontmatter before it), which must also cover findings in the frontmatter it cannot precede.
   */
  from: number
}

const DIRECTIVE = /<!--\s*letterlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/dg

/** The directives in a letter, in text order; comments inside code are not directives. */
export function parseDirectives(tree: Root, text: string): Directive[] {
  const found: Directive[] = []
  visit(tree, 'html', (node: Html, index, parent) => {
    const offset = node.position?.start.offset
    if (offset === undefined) return
    const opening = parent === tree && tree.children.slice(0, index).every((child) => child.type === 'yaml' || child.type === 'html')
    const source = text.slice(offset, node.position!.end.offset)
    for (const match of source.matchAll(DIRECTIVE)) {
      const start = offset + match.index
      // "<!-- letterlint-disable spelling -- names from the CRM -->": after "--" comes a reason (ESLint's form).
      const list = match[2]!.split(/\s--(?:\s|$)/)[0]!
      const ruleSpans: Directive['ruleSpans'] = []
      const listStart = offset + match.indices![2]![0]
      for (const id of list.matchAll(/[\w-]+/g)) ruleSpans.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length })
      const kind = match[1] as Directive['kind']
      found.push({
        kind,
        rules: ruleSpans.length > 0 ? ruleSpans.map((rule) => rule.id) : 'all',
        ruleSpans,
        start,
        end: start + match[0].length,
        from: opening && kind === 'disable' ? 0 : start,
      })
    }
  })
  return found.sort((a, b) => a.from - b.from || a.start - b.start)
}

/**
 * A test of whether a finding is silenced: by a disable/enable range around its start, a
 * disable-next-line on the line before, or a disable-line on its own line.
 */
export function suppressor(directives: readonly Directive[], lineOf: (offset: number) => number): (ruleId: string, start: number) => boolean {
  if (directives.length === 0) return () => false
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable')
  const lines = directives
    .filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line')
    .map((d) => ({ line: lineOf(d.end) + (d.kind === 'disable-next-line' ? 1 : 0), rules: d.rules }))
  const names = (rules: Directive['rules'], ruleId: string) => rules === 'all' || rules.includes(ruleId)

  return (ruleId, start) => {
    const line = lineOf(start)
    if (lines.some((d) => d.line === line && names(d.rules, ruleId))) return true
    let off = false
    for (const d of ranges) {
      if (d.from > start) break
      if (names(d.rules, ruleId)) off = d.kind === 'disable'
    }
    return off
  }
}
