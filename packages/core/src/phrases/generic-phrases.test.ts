import { describe, expect, it } from 'vitest'
import type { Letter } from '../letter/letter.js'
import { lint } from '../lint.js'
import { configFor, findingsOf, letter, NOW } from '../test-support/rule-tester.js'
import { hasTabStop, snippetProblems } from '../test-support/snippet-syntax.js'
import { snippetToPlain } from '../text/snippet.js'
import { GENERIC_PHRASES } from './generic-phrases.js'
import { compilePattern } from './pattern.js'
import { renderRewrite } from './rewrite.js'

const FRONTMATTER = 'to: Dana Whitfield\ncompany: Northwind Logistics\nrole: Data Platform Engineer\ntopics: [the Kafka migration]'
/** Paragraphs around the line under test, so it sits in a realistic letter. */
const BEFORE = 'I keep thinking about the depot tour and the routing dashboard.'
const AFTER = 'I led a similar migration of forty services at Contoso last year.'

/** The line as the middle paragraph of a letter, and where it starts. */
function around(line: string, frontmatter?: string): { text: string; start: number } {
  const text = letter(`${BEFORE}\n\n${line}\n\n${AFTER}`, frontmatter === undefined ? {} : { frontmatter })
  return { text, start: text.indexOf(line) }
}

const cases = (kind: 'generic' | 'specific') =>
  GENERIC_PHRASES.flatMap((phrase) => phrase.examples[kind].map((line) => [phrase.id, line, phrase] as const))

describe('generic phrase catalogue', () => {
  it('has at least 30 entries with unique kebab-case ids', () => {
    const ids = GENERIC_PHRASES.map((phrase) => phrase.id)
    expect(ids.length).toBeGreaterThanOrEqual(30)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
  })

  it('gives every entry a generic example and a reason', () => {
    for (const phrase of GENERIC_PHRASES) {
      expect(phrase.examples.generic.length, phrase.id).toBeGreaterThan(0)
      expect(phrase.why, phrase.id).toMatch(/^[^.]+[^.\s]$/)
      expect(phrase.rewrites.length, phrase.id).toBeGreaterThan(0)
    }
  })

  it.each(cases('generic'))('%s: flags "%s"', async (_, line, phrase) => {
    for (const frontmatter of [FRONTMATTER, undefined]) {
      const { text, start } = around(line, frontmatter)
      const inLine = (await findingsOf('generic-phrase', { text })).filter((finding) => finding.start >= start && finding.end <= start + line.length)
      expect(inLine.map((finding) => finding.message.endsWith(`: ${phrase.why}.`))).toContain(true)
    }
  })

  it.each(cases('specific'))('%s: leaves "%s" alone', async (_, line) => {
    for (const frontmatter of [FRONTMATTER, undefined]) {
      const { text } = around(line, frontmatter)
      expect((await findingsOf('generic-phrase', { text })).map((finding) => finding.message)).toEqual([])
    }
  })

  it.each(cases('generic'))('%s: its own pattern matches "%s"', (_, line, phrase) => {
    const words = line.toLowerCase().replace(/[^\p{L}\p{N}'’\s-]/gu, '').replace(/’/g, "'").split(/\s+/).join(' ')
    expect(new RegExp(compilePattern(phrase.pattern)).test(words)).toBe(true)
  })
})

/** Just the facts a rewrite reads. */
function factsLetter(facts: Partial<Pick<Letter, 'to' | 'company' | 'role' | 'topics'>>): Letter {
  return { text: '', frontmatterProblems: [], structure: { blocks: [], contentStart: 0 }, to: [], topics: [], sentences: [], wordCount: 0, prose: [], ...facts }
}

const KNOWN = factsLetter({ to: ['Dana Whitfield'], company: 'Northwind Logistics', role: 'Data Platform Engineer', topics: ['the Kafka migration'] })
/** Facts with snippet syntax in them must come out as written. */
const AWKWARD = factsLetter({ to: ['Dana $1 Whitfield'], company: 'Acme ${Corp}', role: 'C\\C++ Engineer', topics: ['the {placeholder} bug'] })
const UNKNOWN = factsLetter({})

describe('generic phrase rewrites', () => {
  const templates = GENERIC_PHRASES.flatMap((phrase) => phrase.rewrites.map((template) => [phrase.id, template] as const))

  it.each(templates)('%s: "%s" renders with facts known and unknown', (_, template) => {
    for (const facts of [KNOWN, AWKWARD, UNKNOWN]) {
      const { text, snippet } = renderRewrite(template, facts)
      const plain = snippet ? snippetToPlain(text) : text
      expect(snippet ? snippetProblems(text) : [], text).toEqual([])
      expect(snippet).toBe(hasTabStop(text))
      // No template syntax may leak into the letter.
      expect(plain.replace(/\{placeholder\}|\$\{Corp\}/g, '')).not.toMatch(/[{}|?]|\$\d/)
    }
  })

  it.each(templates)('%s: "%s" puts declared facts in as written', (_, template) => {
    const { text, snippet } = renderRewrite(template, AWKWARD)
    const plain = snippet ? snippetToPlain(text) : text
    const wanted = [...template.matchAll(/\{(first|name|company|role|topic)\|/g)].map(([, fact]) => ({ first: 'Dana', name: 'Dana $1 Whitfield', company: 'Acme ${Corp}', role: 'C\\C++ Engineer', topic: 'the {placeholder} bug' })[fact!]!)
    for (const value of wanted) expect(plain).toContain(value)
    // Without `{?…}` slots every fact is known, so the rewrite is plain text.
    if (!template.includes('{?')) expect(snippet).toBe(false)
  })

  it('uses tab stops numbered from 1 with the hint as default when facts are unknown', () => {
    expect(renderRewrite('Thank you, {first|name}, for {topic|what we discussed}', UNKNOWN)).toEqual({
      text: 'Thank you, ${1:name}, for ${2:what we discussed}',
      snippet: true,
    })
  })
})

describe('generic phrase patterns stay linear', () => {
  /** Catalogue words in an order that keeps almost matching, and a phrase repeated back to back. */
  function adversarial(size: number): string {
    const words = [...new Set(GENERIC_PHRASES.flatMap((phrase) => phrase.pattern.replace(/[()[\]|]/g, ' ').split(/\s+/)).filter(Boolean))]
    let near = ''
    for (let i = 0; near.length < size / 2; i++) near += words[(i * 7) % words.length] + ' '
    const repeated = 'thank you so much for your time again thank you '.repeat(Math.ceil(size / 2 / 48))
    return `Dear Dana,\n\n${near}${repeated}.\n`
  }

  it('lints a 200 KB sentence of catalogue words quickly', async () => {
    const config = configFor('generic-phrase', { text: '' })
    await lint(adversarial(2_000), { config, now: NOW })
    const text = adversarial(200_000)
    expect(text.length).toBeGreaterThan(200_000)
    const started = performance.now()
    await lint(text, { config, now: NOW })
    // Linear work takes a few hundred milliseconds here; a quadratic scan took over 30 seconds.
    expect(performance.now() - started).toBeLessThan(3_000)
  })
})
