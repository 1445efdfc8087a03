import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { presetConfig } from '../config/config.js'
import { lint } from '../lint.js'
import { letterProcessor } from '../pipeline.js'
import { crlf, NOW } from '../test-support/rule-tester.js'
import type { Letter } from './letter.js'

/** The letter facts the pipeline collects for a text (as lint passes it: without a byte order mark). */
async function factsOf(text: string): Promise<Letter> {
  const file = new VFile({ value: text })
  file.data.letterlint = { rules: presetConfig('recommended').rules, words: new Set(), now: NOW, workspace: { companies: [], people: [], similar: [] }, suggest: false }
  const processor = letterProcessor()
  await processor.run(processor.parse(file), file)
  return file.data.letter!
}

/** Source text as Markdown shows it: escapes and the entities used below decoded. */
function rendered(source: string): string {
  return source
    .replace(/\\([\\`*_{}[\]()#+\-.!&<>])/g, '$1')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&eacute;/g, 'é')
    .replace(/&amp;/g, '&')
}

describe('prose words sit on their source text', () => {
  it.each([
    ['an indented continuation line', 'Dear Dana,\n\nI enjoyed the tour and\n    the demo of the depot.\n'],
    ['escapes', 'Dear Dana,\n\nAT\\&T and \\*stars\\* and 5 \\< 6 and the end.\n'],
    ['entities', 'Dear Dana,\n\nCaf&eacute; &amp; tea &#127881; and the end.\n'],
    // Found by fuzzing: after "&amp;" comes the "a" of "amp", which made it look like literal text.
    ['an ampersand entity before the letter "a"', 'Dear Dana,\n\n&amp;a a apple and &#38;a &#x26;a pie.\n'],
    ['an ampersand that is no entity', 'Dear Dana,\n\nAT&T; and &amp the a&b; end.\n'],
    ['hard breaks', 'Dear Dana,\n\nOne line\\\n  and two  \n   and three.\n'],
    ['emphasis, links and code', 'Dear Dana,\n\n*I* **enjoyed** the [demo](https://x.y "t") and `code` and ![the chart](c.png) too.\n'],
    ['CRLF and emoji', crlf('Dear Dana,\n\n🎉 I enjoyed\n   the 👍🏽 tour.\n')],
    ['a block quote and a list', 'Dear Dana,\n\n> You said\n>   the plan\n\n- one\n    continued\n- two\n'],
  ])('%s', async (_, text) => {
    const letter = await factsOf(text)
    const words = letter.sentences.flatMap((sentence) => sentence.words)
    expect(words.length).toBeGreaterThan(0)
    // The range covers the word as written, its escapes and entities included.
    for (const word of words) expect(rendered(text.slice(word.start, word.end)), `word at ${word.start}`).toBe(word.text)
    for (const sentence of letter.sentences) {
      expect(sentence.start).toBe(sentence.words[0]!.start)
      expect(sentence.end).toBeGreaterThanOrEqual(sentence.words[sentence.words.length - 1]!.end)
    }
  })
})

describe('letter facts', () => {
  it('takes the interviewers from the greeting when frontmatter names none', async () => {
    expect((await factsOf('Dear Dana and Marcus,\n\nThank you.\n')).to).toEqual(['Dana', 'Marcus'])
    expect((await factsOf('Dear Hiring Manager,\n\nThank you.\n')).to).toEqual([])
    expect((await factsOf('---\nto: Priya Nair\n---\nDear Dana,\n\nThank you.\n')).to).toEqual(['Priya Nair'])
  })

  it('counts body words only: not the greeting, the sign-off, code or frontmatter', async () => {
    const letter = await factsOf('---\ntopics: [a b c]\n---\nDear Dana,\n\nThank you for the on-call tour.\n\n```\nnot counted\n```\n\nBest regards,\nAlex Rivera\n')
    expect(letter.wordCount).toBe(6)
    expect(letter.sentences.map((sentence) => sentence.words.map((word) => word.text).join(' '))).toEqual(['Thank you for the on-call tour'])
  })
})

describe('huge input', () => {
  it('lints a 300 KB paragraph without overflowing the stack, ranges still on the words', async () => {
    // mdast-util-to-nlcst spreads a block's words into one call: past ~150,000 it threw RangeError.
    const text = 'Dear Dana,\n\n' + 'We talked about the plan and the tuor. '.repeat(8_000)
    const { findings } = await lint(text, { now: NOW })
    const typos = findings.filter((finding) => finding.ruleId === 'spelling')
    expect(typos.length).toBe(8_000)
    expect(typos.every((finding) => text.slice(finding.start, finding.end) === 'tuor')).toBe(true)
  })
})
