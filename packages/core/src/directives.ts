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
}

const DIRECTIVE = /<!--\s*letterlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/dg

/** The directives in a letter, in text order; comments inside code are not directives. */
export function parseDirectives(tree: Root, text: string): Directive[] {
  const found: Directive[] = []
  visit(tree, 'html', (node: Html) => {
    const offset = node.position?.start.offset
    if (offset === undefined) return
    const source = text.slice(offset, node.position!.end.offset)
    for (const match of source.matchAll(DIRECTIVE)) {
      const start = offset + match.index
      const list = match[2]!
      const ruleSpans: Directive['ruleSpans'] = []
      const listStart = offset + match.indices![2]![0]
      for (const id of list.matchAll(/[\w-]+/g)) ruleSpans.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length })
      found.push({
        kind: match[1] as Directive['kind'],
        rules: ruleSpans.length > 0 ? ruleSpans.map((rule) => rule.id) : 'all',
        ruleSpans,
        start,
        end: start + match[0].length,
      })
    }
  })
  return found.sort((a, b) => a.start - b.start)
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
      if (d.start > start) break
      if (names(d.rules, ruleId)) off = d.kind === 'disable'
    }
    return off
  }
}
