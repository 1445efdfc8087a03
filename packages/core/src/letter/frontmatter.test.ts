import { describe, expect, it } from 'vitest'
import { lint } from '../lint.js'
import { NOW } from '../test-support/rule-tester.js'
import { configSpan, parseFrontmatter, parseFrontmatterCached, unclosedFrontmatter } from './frontmatter.js'

/** Parses YAML as if it stood in a letter right after a `---` line. */
function parse(yaml: string) {
  const text = `---\n${yaml}\n---\n`
  const { frontmatter, problems } = parseFrontmatter(yaml, 4, { start: 0, end: text.length - 1 })
  const slice = (span: { start: number; end: number }) => text.slice(span.start, span.end)
  return { frontmatter, problems: problems.map((problem) => [slice(problem.at), problem.message]), slice }
}

describe('parseFrontmatter', () => {
  it('reads every field, trimmed, with the span of each value', () => {
    const { frontmatter, problems, slice } = parse(
      'to: " Dana Whitfield "\ncompany: Northwind Logistics\nrole: Data Platform Engineer\ninterviewed: 2026-11-20\ntopics: the Kafka migration\nfrom: Alex Rivera',
    )
    expect(problems).toEqual([])
    expect(frontmatter).toMatchObject({
      to: ['Dana Whitfield'],
      company: 'Northwind Logistics',
      role: 'Data Platform Engineer',
      interviewed: { dateOnly: true, text: '2026-11-20', at: new Date(2026, 10, 20).getTime() },
      topics: ['the Kafka migration'],
      from: 'Alex Rivera',
    })
    expect(Object.fromEntries(Object.entries(frontmatter.fields).map(([key, span]) => [key, slice(span)]))).toEqual({
      to: '" Dana Whitfield "',
      company: 'Northwind Logistics',
      role: 'Data Platform Engineer',
      interviewed: '2026-11-20',
      topics: 'the Kafka migration',
      from: 'Alex Rivera',
    })
  })

  it('accepts the aliases people use and ignores other keys and empty values', () => {
    const { frontmatter, problems } = parse('interviewers: [Dana Whitfield, Marcus Lee]\nposition: Analyst\ntopic: dashboards\ntitle: Thanks\ncompany:')
    expect(problems).toEqual([])
    expect(frontmatter).toMatchObject({ to: ['Dana Whitfield', 'Marcus Lee'], role: 'Analyst', topics: ['dashboards'] })
    expect(frontmatter.company).toBeUndefined()
  })

  it('reads a date-time with its zone as an exact moment', () => {
    expect(parse('interviewed: 2026-11-20T15:30:00+01:00').frontmatter.interviewed).toEqual({ at: Date.parse('2026-11-20T14:30:00Z'), dateOnly: false, text: '2026-11-20T15:30:00+01:00' })
  })

  it('keeps letterlint: settings for later validation, with their span', () => {
    const { frontmatter, slice } = parse('letterlint:\n  rules:\n    speling: off')
    expect(frontmatter.config).toEqual({ rules: { speling: 'off' } })
    expect(slice(configSpan(frontmatter, ['rules', 'speling']))).toBe('speling')
    expect(slice(configSpan(frontmatter, []))).toBe('rules:\n    speling: off')
    // A path YAML does not have falls back to the whole value.
    expect(slice(configSpan(frontmatter, ['words', 0]))).toBe('rules:\n    speling: off')
  })

  it.each([
    ['to: 42', [['42', 'Frontmatter `to` should be a name or a list of names, not 42.']]],
    ['to: {first: Dana}', [['{first: Dana}', 'Frontmatter `to` should be a name or a list of names, not a mapping.']]],
    ['interviewed: next Tuesday', [['next Tuesday', 'Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "next Tuesday".']]],
    ['interviewed: 2026-13-01', [['2026-13-01', 'Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "2026-13-01".']]],
    ['role: true', [['true', 'Frontmatter `role` should be text, not true.']]],
    ['company: "   "', [['"   "', 'Frontmatter `company` should be text, not "   ".']]],
    ['to: Dana\n\tcompany: X', [['\t', 'Invalid frontmatter: Tabs are not allowed as indentation']]],
    ['to: "Dana', [['"', 'Invalid frontmatter: Missing closing "quote']]],
    ['just text', [['just text', 'Frontmatter should be a mapping of keys (`to:`, `company:`, …).']]],
  ])('reports %j at the value', (yaml, expected) => {
    expect(parse(yaml).problems).toEqual(expected)
  })

  it('refuses an alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'to: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n')
    const { frontmatter, problems } = parse(bomb)
    expect(frontmatter.to).toEqual([])
    expect(problems).toEqual([['[*c, *c, *c, *c, *c, *c, *c, *c, *c]', 'Frontmatter `to`: Excessive alias count indicates a resource exhaustion attack']])
  })

  it('reports a key given again in any mapping, nested or flow, where it is written again', () => {
    const { problems } = parse('letterlint:\n  rules: {length: warning, length: off}\n  words: [a]\n  words: [b]\n2: x\n"2": y\n.nan: a\n.nan: b')
    expect(problems).toEqual([
      ['l', 'Invalid frontmatter: Map keys must be unique'],
      ['w', 'Invalid frontmatter: Map keys must be unique'],
    ])
  })

  it('reads thousands of keys and errors in linear time', () => {
    // Comparing every key with every earlier one, and looking for each error's opening bracket through
    // the whole document, took seconds at a few thousand lines.
    const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n')
    const started = performance.now()
    expect(parse(lines(20_000, (i) => `k${i}: v`)).problems).toEqual([])
    expect(parse(lines(20_000, (i) => `t${i}: "open`)).problems).toHaveLength(20_000)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('reads the first 20 items of a list and values of at most 100 characters, and says what it left out', () => {
    const topics = Array.from({ length: 25 }, (_, i) => `topic ${i}`)
    const long = 'x'.repeat(101)
    const { frontmatter, problems } = parse(`topics: [${topics.join(', ')}]\nto: [Dana, ${long}]\nrole: ${long}`)
    expect(frontmatter.topics).toEqual(topics.slice(0, 20))
    expect(frontmatter.to).toEqual(['Dana'])
    expect(frontmatter.role).toBeUndefined()
    expect(problems.map(([, message]) => message)).toEqual([
      'Frontmatter `topics` lists 25 items; letterlint reads the first 20.',
      'Frontmatter `to` has a value of 101 characters ("xxxxxxxxxxxxxxxxxxxx…"); names and topics of more than 100 are not read.',
      'Frontmatter `role` has a value of 101 characters ("xxxxxxxxxxxxxxxxxxxx…"); names and topics of more than 100 are not read.',
    ])
  })

  it('remembers the parse of a short block, not of a long one', () => {
    const cached = (yaml: string) => parseFrontmatterCached(yaml, 4, { start: 0, end: yaml.length + 8 }).frontmatter
    const short = 'to: Dana'
    expect(cached(short)).toBe(cached(short))
    const long = `to: Dana\n# ${'x'.repeat(5_000)}`
    expect(cached(long)).not.toBe(cached(long))
    expect(cached(long)).toEqual(cached(long))
  })

  it('points at a whole emoji, never half of its surrogate pair', () => {
    // Found by fuzzing: YAML's one-unit error position split the pair.
    const { problems } = parse('{\n\t- tab\nto: 🎉 Zoë\nto: Dana Whitfield')
    expect(problems).toContainEqual(['🎉', 'Invalid frontmatter: Nested mappings are not allowed in compact mappings'])
  })
})

describe('unclosedFrontmatter', () => {
  it.each([
    ['---\nto: Dana\n\nDear Dana,', true],
    ['---\r\n\r\ncompany: Northwind\r\n', true],
    ['---\n\nDear Dana,', false],
    ['---\nDear Dana: thank you.', false],
    ['Dear Dana,\n---\nto: x', false],
    ['', false],
  ])('%j → %s', (text, unclosed) => {
    expect(unclosedFrontmatter(text) !== undefined).toBe(unclosed)
  })
})

describe('broken frontmatter never throws', () => {
  it.each([
    '---\n: :\n---\n',
    '---\n? [a, b]\n: c\n---\n',
    '---\n!!binary |\n  R0lGODlh\n---\n',
    '---\nto: !!js/function "function () {}"\n---\n',
    '---\nto: *nowhere\n---\n',
    '---\n\u0000\u0007: \uD83D\n---\n',
    '---\nletterlint: [1, 2]\n---\n',
    '---\nletterlint:\n  rules: { length: { maxWords: -1 } }\n---\n',
    `---\nto: ${'['.repeat(500)}\n---\n`,
    '---\n---\n---\n',
  ])('%j', async (text) => {
    const { findings } = await lint(`${text}Dear Dana,\n\nThank you for the tour.\n`, { now: NOW })
    expect(findings.every((finding) => finding.ruleId !== 'frontmatter' || (finding.start >= 0 && finding.end <= text.length))).toBe(true)
  })
})
