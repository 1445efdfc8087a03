import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applySettings, presetConfig } from './config/config.js'
import { parseDirectives } from './directives.js'
import { lint } from './lint.js'
import { crlf, NOW } from './test-support/rule-tester.js'

/** Only the proofreading rules and the directive rule, so each case shows what was silenced. */
const config = applySettings(presetConfig('recommended'), {
  rules: Object.fromEntries(
    Object.keys(presetConfig('recommended').rules)
      .filter((id) => !['spelling', 'repeated-word', 'directive', 'timeliness'].includes(id))
      .map((id) => [id, 'off' as const]),
  ),
})

/** `ruleId@line` of every finding: what survived the directives. */
async function remaining(text: string): Promise<string[]> {
  const { findings } = await lint(text, { config, now: NOW })
  return findings.map((finding) => `${finding.ruleId}@${finding.line}`)
}

describe('inline directives', () => {
  it('disable and enable one rule around a range', async () => {
    const text = [
      'Dear Dana,',
      '',
      'I recieve the notes.',
      '',
      '<!-- letterlint-disable spelling -->',
      'I recieve the the notes.',
      '',
      '<!-- letterlint-enable spelling -->',
      'I recieve the notes.',
      '',
    ].join('\n')
    expect(await remaining(text)).toEqual(['spelling@3', 'repeated-word@6', 'spelling@9'])
  })

  it('disable every rule, then enable one', async () => {
    const text = ['Dear Dana,', '', '<!-- letterlint-disable -->', 'I recieve the the notes.', '', '<!-- letterlint-enable spelling -->', 'I recieve the the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual(['spelling@7'])
  })

  it('disable one rule, then enable every rule', async () => {
    const text = ['Dear Dana,', '', '<!-- letterlint-disable spelling -->', 'I recieve the the notes.', '', '<!-- letterlint-enable -->', 'I recieve the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual(['repeated-word@4', 'spelling@7'])
  })

  it('several rules, separated by commas, with a reason after "--"', async () => {
    const text = ['Dear Dana,', '', '<!-- letterlint-disable spelling, repeated-word -- the quote is verbatim -->', 'I recieve the the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual([])
  })

  it('disable-next-line silences the next line only, CRLF included', async () => {
    const text = crlf(['Dear Dana,', '', '<!-- letterlint-disable-next-line spelling -->', 'I recieve the the notes,', 'and I recieve more.', ''].join('\n'))
    expect(await remaining(text)).toEqual(['repeated-word@4', 'spelling@5'])
  })

  it('disable-next-line for every rule, after a byte order mark', async () => {
    const text = '\uFEFF' + ['Dear Dana,', '', '<!-- letterlint-disable-next-line -->', 'I recieve the the notes,', 'and I recieve more.', ''].join('\n')
    expect(await remaining(text)).toEqual(['spelling@5'])
  })

  it('disable-line silences its own line, wherever the comment stands on it', async () => {
    const text = [
      'Dear Dana,',
      '',
      'I recieve the notes. <!-- letterlint-disable-line spelling -->',
      '<!-- letterlint-disable-line --> I recieve the the notes.',
      'I recieve the notes.',
      '',
    ].join('\n')
    expect(await remaining(text)).toEqual(['spelling@5'])
  })

  it('a disable that opens the letter covers the frontmatter too', async () => {
    const text = ['---', 'interviewed: 2026-11-17T10:00:00Z', '---', '<!-- letterlint-disable timeliness -->', '', 'Dear Dana,', ''].join('\n')
    expect(await remaining(text)).toEqual([])
  })

  it('a disable further down does not reach back', async () => {
    const text = ['---', 'interviewed: 2026-11-17T10:00:00Z', '---', 'Dear Dana,', '', '<!-- letterlint-disable timeliness -->', 'I recieve the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual(['timeliness@2', 'spelling@7'])
  })

  it('comments inside code are not directives', async () => {
    const text = [
      'Dear Dana,',
      '',
      '```html',
      '<!-- letterlint-disable -->',
      '```',
      '',
      'The `<!-- letterlint-disable-line -->` comment: I recieve the notes.',
      '',
      '    <!-- letterlint-disable spelling -->',
      '',
      'I recieve the notes.',
      '',
    ].join('\n')
    expect(await remaining(text)).toEqual(['spelling@7', 'spelling@11'])
  })

  it('a misspelled rule id silences nothing and is reported', async () => {
    const text = ['Dear Dana,', '', '<!-- letterlint-disable speling -->', 'I recieve the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual(['directive@3', 'spelling@4'])
  })

  it('a look-alike comment is not a directive', async () => {
    const text = ['Dear Dana,', '', '<!-- letterlint-disabled -->', '<!-- eslint-disable -->', 'I recieve the notes.', ''].join('\n')
    expect(await remaining(text)).toEqual(['spelling@5'])
  })
})

describe('parseDirectives', () => {
  const parse = (text: string) => parseDirectives(unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as Root, text)

  it('gives the kind, the rules and the exact span of each rule id', () => {
    const text = 'Dear Dana,\n\n<!--letterlint-disable-next-line  spelling,repeated-word -- why -->\nText.\n'
    const [directive] = parse(text)
    expect(directive).toMatchObject({ kind: 'disable-next-line', rules: ['spelling', 'repeated-word'], start: 12, end: text.indexOf('-->') + 3 })
    expect(directive!.ruleSpans.map((span) => text.slice(span.start, span.end))).toEqual(['spelling', 'repeated-word'])
  })

  it('finds several directives in one HTML block, in order', () => {
    const text = '<!-- letterlint-enable --><!-- letterlint-disable greeting -->\n\nDear Dana,\n'
    expect(parse(text).map((d) => [d.kind, d.rules, d.from])).toEqual([
      ['enable', 'all', 0],
      ['disable', ['greeting'], 0],
    ])
  })

  it('applies an opening disable from the start of the text', () => {
    const text = '---\nto: Dana\n---\n<!-- letterlint-disable timeliness -->\n\nDear Dana,\n\n<!-- letterlint-disable spelling -->\n'
    expect(parse(text).map((d) => d.from)).toEqual([0, text.lastIndexOf('<!--')])
  })
  /** A root holding `source` as one HTML node, so every directive it writes is looked at. */
  const htmlOnly = (source: string): Root => ({ type: 'root', children: [{ type: 'html', value: source, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: source.length } } }] })

  it('finds what the regular expression it replaced finds, on any mix of comment pieces', () => {
    const REFERENCE = /<!--\s*letterlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/dg
    const piece = fc.constantFrom(
      ...['<!-- letterlint-disable', '<!--letterlint-enable', '<!-- letterlint-disable-next-line', '<!--\tletterlint-disable-line', ' spelling,greeting', ' -- why', ' -->', '-->'],
      ...['<!--', '-->', '--', '-', '>', ' ', '\n', 'letterlint-', 'disable', '-line', 'x'],
    )
    let found = 0
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const source = pieces.join('')
        const expected = [...source.matchAll(REFERENCE)].map((match) => {
          const list = match[2]!.split(/\s--(?:\s|$)/)[0]!
          const at = match.indices![2]![0]
          return { kind: match[1], start: match.index, end: match.index + match[0].length, ids: [...list.matchAll(/[\w-]+/g)].map((id) => [id[0], at + id.index]) }
        })
        // Sorted by where they are written: an opening "disable" counts from offset 0.
        const actual = parseDirectives(htmlOnly(source), source).sort((a, b) => a.start - b.start).map((d) => ({ kind: d.kind, start: d.start, end: d.end, ids: d.ruleSpans.map((span) => [span.id, span.start]) }))
        expect(actual).toEqual(expected)
        found += expected.length
      }),
      { numRuns: 2_000 },
    )
    expect(found, 'directives among the generated texts').toBeGreaterThan(200)
  })

  it('reads a megabyte of comments that never close in linear time', () => {
    // Found by the linear-time tests: the regular expression ran from each "<!--" to the end of the text.
    const source = '<!-- letterlint-disable spelling\n'.repeat(32_000)
    const started = performance.now()
    expect(parseDirectives(htmlOnly(source), source)).toEqual([])
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
