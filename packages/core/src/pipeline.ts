import type { Root as MdastRoot } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import { unified, type Processor } from 'unified'
import type { VFile } from 'vfile'
import { applySettings } from './config/config.js'
import { validateSettings } from './config/validate.js'
import { configSpan } from './letter/frontmatter.js'
import { remarkLetter, retextLetter } from './letter/letter.js'
import { remarkProseText, retextSourcePositions } from './letter/prose-positions.js'
import { installSentenceBreaks } from './letter/sentence-breaks.js'
import { rules } from './rules/index.js'

/** Applies a letter's own `letterlint:` frontmatter settings over the run's, reporting invalid ones. */
function remarkLetterConfig() {
  return (_: MdastRoot, file: VFile): undefined => {
    const letter = file.data.letter
    const run = file.data.letterlint
    const data = letter?.frontmatter?.config
    if (!letter || !run || data === undefined) return
    const problems = validateSettings(data, 'frontmatter')
    for (const problem of problems) letter.frontmatterProblems.push({ at: configSpan(letter.frontmatter!, problem.path), message: `Frontmatter \`letterlint\`: ${problem.message}` })
    if (problems.length > 0) return
    const merged = applySettings({ rules: run.rules, words: [] }, data as Parameters<typeof applySettings>[1])
    run.rules = merged.rules
    run.words = new Set([...run.words, ...merged.words, ...merged.words.map((word) => word.toLowerCase())])
  }
}

let processor: Processor<MdastRoot, MdastRoot, MdastRoot> | undefined

/**
 * The one unified processor every letter goes through, built on first use and frozen: Markdown
 * (remark-parse, frontmatter) → letter facts → structure rules → prose (remark-retext with
 * retext-english) → prose rules. Rules read per-letter settings from `file.data`, so one processor
 * serves every configuration.
 */
export function letterProcessor(): Processor<MdastRoot, MdastRoot, MdastRoot> {
  if (!processor) {
    installSentenceBreaks()
    const prose = unified()
      .use(retextEnglish)
      .use(retextSourcePositions)
      .use(retextLetter)
      .use(rules.filter((rule) => rule.meta.tree === 'prose').map((rule) => rule.plugin))
    processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(remarkLetter)
      .use(remarkLetterConfig)
      .use(rules.filter((rule) => rule.meta.tree === 'markdown').map((rule) => rule.plugin))
      .use(remarkProseText)
      .use(remarkRetext, prose as never, { ignore: ['yaml', 'code', 'html'] })
      .freeze() as unknown as Processor<MdastRoot, MdastRoot, MdastRoot>
  }
  return processor
}
