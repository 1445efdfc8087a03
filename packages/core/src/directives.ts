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

/** What follows `<!--` in a directive: its kind, then its rule list up to the first `>`. */
const KIND = /\s*letterlint-(disable-next-line|disable-line|disable|enable)\b/y

/**
 * The directives written in an HTML node's source, as `/<!--\s*letterlint-(kind)\b([^>]*?)\s*-->/g`
 * would find them, without its backtracking: from each `<!--`, that pattern ran on to the text's
 * end when no `-->` followed, once for every comment opened before it.
 */
function* directivesIn(source: string): Generator<{ index: number; kind: Directive['kind']; list: string; listIndex: number; end: number }> {
  // The first ">" at or after an offset; directives come in text order, so one is looked up again only when passed.
  let gt = -1
  for (let open = source.indexOf('<!--'); open !== -1; open = source.indexOf('<!--', open + 1)) {
    KIND.lastIndex = open + 4
    const kind = KIND.exec(source)
    if (!kind) continue
    const listIndex = KIND.lastIndex
    if (gt < listIndex) gt = source.indexOf('>', listIndex)
    // The rule list holds no ">": the first one must close the comment.
    if (gt === -1) return
    if (gt - 2 < listIndex || source[gt - 1] !== '-' || source[gt - 2] !== '-') continue
    yield { index: open, kind: kind[1] as Directive['kind'], list: source.slice(listIndex, gt - 2).trimEnd(), listIndex, end: gt + 1 }
    open = gt
  }
}

/** The directives in a letter, in text order; comments inside code are not directives. */
export function parseDirectives(tree: Root, text: string): Directive[] {
  const found: Directive[] = []
  visit(tree, 'html', (node: Html, index, parent) => {
    const offset = node.position?.start.offset
    if (offset === undefined) return
    const opening = parent === tree && tree.children.slice(0, index).every((child) => child.type === 'yaml' || child.type === 'html')
    for (const match of directivesIn(text.slice(offset, node.position!.end.offset))) {
      const start = offset + match.index
      // "<!-- letterlint-disable spelling -- names from the CRM -->": after "--" comes a reason (ESLint's form).
      const list = match.list.split(/\s--(?:\s|$)/)[0]!
      const ruleSpans: Directive['ruleSpans'] = []
      const listStart = offset + match.listIndex
      for (const id of list.matchAll(/[\w-]+/g)) ruleSpans.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length })
      found.push({
        kind: match.kind,
        rules: ruleSpans.length > 0 ? ruleSpans.map((rule) => rule.id) : 'all',
        ruleSpans,
        start,
        end: offset + match.end,
        from: opening && match.kind === 'disable' ? 0 : start,
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
