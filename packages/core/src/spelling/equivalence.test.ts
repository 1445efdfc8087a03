import { readdirSync, readFileSync } from 'node:fs'
import dictionaryUs from 'dictionary-en'
import dictionaryGb from 'dictionary-en-gb'
import type { Root as NlcstRoot, Sentence } from 'nlcst'
import nspell from 'nspell'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRepeatedWords from 'retext-repeated-words'
import retextSpell from 'retext-spell'
import { unified, type Plugin } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: the bench's corpus generator is plain JavaScript without types.
import { generateCorpus } from '../../../../bench/corpus.js'
import { lint } from '../lint.js'
import { applySettings, presetConfig } from '../config/config.js'
import { unknownWords } from './unknown-words.js'
import { wordList, type Dialect } from './word-list.js'

/**
 * letterlint replaced the whole-tree walks of three retext plugins with faster equivalents (an
 * expanded word list instead of retext-spell's nspell, excerpts of the tree for the other two).
 * These tests hold them to the same answers as the plugins, on the bench corpus and the fixtures.
 */
const root = new URL('../../../../', import.meta.url)
const letters: string[] = [
  ...(generateCorpus({ count: 250, words: 300, seed: 'equivalence' }) as Array<{ text: string }>).map((letter) => letter.text),
  ...['test-fixtures/letters/', 'examples/good/', 'examples/needs-work/'].flatMap((folder) =>
    readdirSync(new URL(folder, root)).map((name) => readFileSync(new URL(folder + name, root), 'utf8')),
  ),
]

/** What a plugin reports on a letter's prose tree, as `start-end actual`. */
async function pluginFindings(text: string, plugin: Plugin<[], NlcstRoot>): Promise<string[]> {
  const prose = unified().use(retextEnglish).use(plugin)
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkRetext, prose as never, { ignore: ['yaml', 'code', 'html'] })
  const file = new VFile(text.replace(/^\uFEFF/, ''))
  await processor.run(processor.parse(file), file)
  return file.messages.map((m) => `${m.place && 'start' in m.place ? `${m.place.start.offset}-${m.place.end.offset}` : '?'} ${m.actual}`)
}

function spellPlugin(dialect: Dialect): Plugin<[], NlcstRoot> {
  const dictionary = dialect === 'en-US' ? dictionaryUs : dictionaryGb
  const transform = retextSpell({ dictionary, max: -1, ignoreLiteral: false })
  return () => transform as never
}

/** The prose sentences letterlint collects for a letter, through its real pipeline. */
async function proseOf(text: string): Promise<Sentence[]> {
  let sentences: Sentence[] = []
  const capture: Plugin<[], NlcstRoot> = () => (tree) => {
    sentences = tree.children.flatMap((paragraph) => (paragraph.type === 'ParagraphNode' ? paragraph.children.filter((s): s is Sentence => s.type === 'SentenceNode') : []))
  }
  const prose = unified().use(retextEnglish).use(capture)
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkRetext, prose as never, { ignore: ['yaml', 'code', 'html'] })
  const file = new VFile(text.replace(/^\uFEFF/, ''))
  await processor.run(processor.parse(file), file)
  return sentences
}

describe('spelling finds what retext-spell finds', () => {
  it.each(['en-US', 'en-GB'] as const)('%s, on the bench corpus and every fixture and example letter', async (dialect) => {
    let compared = 0
    const plugin = spellPlugin(dialect)
    for (const text of letters) {
      const expected = await pluginFindings(text, plugin)
      const actual = unknownWords(await proseOf(text), wordList(dialect)).map((word) => `${word.start}-${word.end} ${word.actual}`)
      expect(actual).toEqual(expected.map((line) => line.replace(/’/g, "'")))
      compared += expected.length
    }
    // The corpus has typos and names: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(100)
  })

  it.each(['en-US', 'en-GB'] as const)('%s, on a sample of the dictionary\'s own words in every case', (dialect) => {
    // dictionary-en's files are Uint8Arrays; @types/nspell asks for Buffers, which nspell reads alike.
    const checker = nspell((dialect === 'en-US' ? dictionaryUs : dictionaryGb) as unknown as { aff: Buffer; dic: Buffer })
    const list = wordList(dialect)
    // Every form nspell expanded from the affix rules (its internal table).
    const forms = Object.keys((checker as unknown as { data: Record<string, unknown> }).data).filter((_, i) => i % 25 === 0)
    const variants = forms.flatMap((form) => [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), form.toLowerCase(), form + 'x', form.slice(1)])
    const disagreements = variants.filter((word) => list.correct(word) !== checker.correct(word))
    expect(disagreements).toEqual([])
    expect(variants.length).toBeGreaterThan(20_000)
  })
})

describe('repeated-word and indefinite-article report what their retext plugins report', () => {
  const only = (id: string) => applySettings(presetConfig('recommended'), { rules: Object.fromEntries(Object.keys(presetConfig('recommended').rules).map((rule) => [rule, rule === id ? 'warning' : 'off'])) })

  it.each([
    ['repeated-word', retextRepeatedWords],
    ['indefinite-article', retextIndefiniteArticle],
  ] as const)('%s', async (id, plugin) => {
    const config = only(id)
    let compared = 0
    for (const text of letters) {
      const expected = (await pluginFindings(text, plugin as never)).map((line) => line.split(' ')[0])
      const { findings } = await lint(text.replace(/^\uFEFF/, ''), { config })
      // letterlint merges "the the the" (two overlapping plugin messages) into one finding.
      const merged: string[] = []
      for (const span of expected) {
        const [start, end] = span!.split('-').map(Number) as [number, number]
        const last = merged[merged.length - 1]?.split('-').map(Number)
        if (last && start < last[1]!) merged[merged.length - 1] = `${last[0]}-${Math.max(end, last[1]!)}`
        else merged.push(`${start}-${end}`)
      }
      expect(findings.map((f) => `${f.start}-${f.end}`)).toEqual(merged)
      compared += merged.length
    }
    expect(compared).toBeGreaterThan(10)
  })
})
