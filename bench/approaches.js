/**
 * What is measured, cheapest first, then the peers that install from npm. Each approach builds what
 * it reuses once (`setup`, awaited) and returns a function that processes one letter and returns a
 * number (so nothing is optimised away). Processors and linters are built once and reused across
 * letters, as a CLI or a language server would. An approach with `sample` is timed on that many
 * letters only (harper.js with every rule takes ~0.1 s a letter).
 */
import { readFileSync } from 'node:fs'
import { lint, presetConfig } from '@letterlint/core'
import dictionary from 'dictionary-en'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import { unified } from 'unified'
import { VFile } from 'vfile'

/** harper.js (WebAssembly) with its default rules, or only those `enabled` picks. */
async function harper(enabled) {
  const { LocalLinter } = await import('harper.js')
  const { binaryInlined } = await import('harper.js/binaryInlined')
  const linter = new LocalLinter({ binary: binaryInlined })
  await linter.setup()
  if (enabled) {
    const defaults = await linter.getDefaultLintConfig()
    await linter.setLintConfig(Object.fromEntries(Object.keys(defaults).map((rule) => [rule, enabled(rule)])))
  }
  return async (letter) => (await linter.lint(letter.text, { language: 'markdown' })).length
}

const WORDS = /[\p{L}\p{N}'’-]+/gu

/** The id of the approach the others are compared with. */
export const BASELINE = 'remark-parse'

/** Approaches in the order they run and are reported. */
export const APPROACHES = [
  {
    id: 'read+regex',
    label: 'read file + regex words (floor)',
    setup: () => (letter) => readFileSync(letter.file, 'utf8').match(WORDS)?.length ?? 0,
  },
  {
    id: 'remark-parse',
    label: 'remark-parse',
    setup() {
      const processor = unified().use(remarkParse).freeze()
      return (letter) => processor.parse(letter.text).children.length
    },
  },
  {
    id: 'remark-retext',
    label: '+ remark-retext(retext-english)',
    setup() {
      const processor = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish)).freeze()
      return async (letter) => {
        const file = new VFile(letter.text)
        const tree = await processor.run(processor.parse(file), file)
        return tree.children.length
      }
    },
  },
  {
    id: 'retext-spell',
    label: '+ retext-spell(dictionary-en, max -1)',
    setup() {
      const prose = unified().use(retextEnglish).use(retextSpell, { dictionary, max: -1 })
      const processor = unified().use(remarkParse).use(remarkRetext, prose).freeze()
      return async (letter) => {
        const file = new VFile(letter.text)
        await processor.run(processor.parse(file), file)
        return file.messages.length
      }
    },
  },
  {
    id: 'letterlint',
    label: 'letterlint lint() (recommended)',
    setup({ now }) {
      const config = presetConfig('recommended')
      return async (letter) => (await lint(letter.text, { config, now })).findings.length
    },
  },
  {
    id: 'cspell-lib',
    label: 'peer: cspell-lib spellCheckDocument',
    peer: true,
    async setup() {
      const { spellCheckDocument } = await import('cspell-lib')
      return async (letter) => {
        const result = await spellCheckDocument({ uri: 'file:///letter.md', text: letter.text, languageId: 'markdown', locale: 'en' }, { generateSuggestions: false, noConfigSearch: true }, {})
        return result.issues.length
      }
    },
  },
  {
    id: 'harper-spelling',
    label: 'peer: harper.js, spelling only',
    peer: true,
    setup: () => harper((rule) => rule === 'SpellCheck'),
  },
  {
    id: 'harper',
    label: 'peer: harper.js, default rules',
    peer: true,
    sample: 100,
    setup: () => harper(),
  },
]
