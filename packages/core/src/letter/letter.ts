import type { Root as MdastRoot } from 'mdast'
import type { Root as NlcstRoot, Sentence as NlcstSentence, Word as NlcstWord } from 'nlcst'
import type { VFile } from 'vfile'
import type { Span } from '../types.js'
import { wordText } from './excerpt.js'
import { parseFrontmatterCached, unclosedFrontmatter, type Frontmatter, type FrontmatterProblem, type InterviewTime } from './frontmatter.js'
import type { SentenceText } from './sentence-text.js'
import { analyseStructure, type Structure } from './structure.js'
import { GENERIC_ADDRESSEE } from '../vocab/words.js'

/** A word of the letter's prose. */
export interface Word extends Span {
  /** As written. */
  text: string
  /** Lower case, curly apostrophes made straight: for matching. */
  lower: string
}

/** A sentence of the letter's body (greeting and sign-off excluded). */
export interface Sentence extends Span {
  words: Word[]
  /** Index of the body block the sentence belongs to. */
  block: number
  /** What helpers work out from the sentence, on first use. */
  views: SentenceViews
}

/**
 * Views of a sentence kept with it rather than in WeakMaps keyed by it: a lint makes dozens of
 * sentences at every keystroke, and each WeakMap entry costs a write barrier and garbage-collector work.
 */
export interface SentenceViews {
  /** `sentenceText`: the words in lower case, joined. */
  text?: SentenceText
  /** `bareWords`: the words without possessive endings. */
  bare?: string[]
  /** The specific-word tally (letter/specifics.ts): running counts of specific and content words. */
  tally?: { specific: number[]; content: number[] }
}

/** Everything the rules know about a letter: frontmatter, structure and prose. */
export interface Letter {
  /** The text as parsed: the original without its leading byte order mark(s). */
  text: string
  frontmatter?: Frontmatter
  frontmatterProblems: FrontmatterProblem[]
  structure: Structure
  /** Interviewers: declared in frontmatter, else the name in the greeting. */
  to: string[]
  company?: string
  role?: string
  topics: string[]
  interviewed?: InterviewTime
  from?: string
  /** Body sentences, in order; filled by the prose phase. */
  sentences: Sentence[]
  /** Words of the body (greeting and sign-off excluded). */
  wordCount: number
  /** Every sentence of the prose tree, greeting, headings and sign-off included (for proofreading). */
  prose: NlcstSentence[]
}

declare module 'vfile' {
  interface DataMap {
    letter: Letter
  }
}

/** The letter facts of `file`, or a clear error when the facts plugin did not run first. */
export function letterOf(file: VFile): Letter {
  const letter = file.data.letter
  if (!letter) throw new Error('letterlint rules need `remarkLetter` earlier in the pipeline (see @letterlint/core)')
  return letter
}

/** unified plugin: reads frontmatter and letter structure from the Markdown tree into `file.data.letter`. */
export function remarkLetter() {
  return (tree: MdastRoot, file: VFile): undefined => {
    const text = String(file.value)
    const structure = analyseStructure(tree, text)
    const letter: Letter = { text, frontmatterProblems: [], structure, to: [], topics: [], sentences: [], wordCount: 0, prose: [] }
    const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined
    if (yaml?.position) {
      const span = { start: yaml.position.start.offset!, end: yaml.position.end.offset! }
      // After the opening fence's line ending, which may be "\r" alone (old Mac files).
      const valueStart = span.start + /^[^\r\n]*(?:\r\n|\r|\n)/.exec(text.slice(span.start, span.end))![0].length
      // yaml ends lines at "\n" and "\r\n" only: a lone "\r" becomes "\n", the same length, so offsets hold.
      const { frontmatter, problems } = parseFrontmatterCached(yaml.value.replace(/\r(?!\n)/g, '\n'), valueStart, span)
      letter.frontmatter = frontmatter
      letter.frontmatterProblems = problems
      letter.to = frontmatter.to
      letter.topics = frontmatter.topics
      if (frontmatter.company) letter.company = frontmatter.company
      if (frontmatter.role) letter.role = frontmatter.role
      if (frontmatter.interviewed) letter.interviewed = frontmatter.interviewed
      if (frontmatter.from) letter.from = frontmatter.from
    }
    const unclosed = yaml ? undefined : unclosedFrontmatter(text)
    if (unclosed) letter.frontmatterProblems.push(unclosed)
    const greeted = structure.greeting?.name
    if (letter.to.length === 0 && greeted && !GENERIC_ADDRESSEE.test(greeted)) letter.to = splitNames(greeted)
    file.data.letter = letter
  }
}

/** retext plugin: collects the body's sentences and words from the prose tree into `file.data.letter`. */
export function retextLetter() {
  return (tree: NlcstRoot, file: VFile): undefined => {
    const letter = letterOf(file)
    const blocks = letter.structure.blocks
    const sentences: Sentence[] = []
    const prose: NlcstSentence[] = []
    let wordCount = 0
    // Words arrive in text order, so one cursor walks the blocks once.
    let cursor = 0
    const blockOf = (offset: number): number | undefined => {
      while (cursor < blocks.length && blocks[cursor]!.end <= offset) cursor++
      const block = blocks[cursor]
      return block !== undefined && offset >= block.start ? cursor : undefined
    }
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue
        prose.push(sentence)
        const words: Word[] = []
        let block: number | undefined
        for (const child of sentence.children) {
          if (child.type !== 'WordNode' || !child.position) continue
          const word = toWord(child)
          const at = blockOf(word.start)
          if (at === undefined) continue
          block ??= at
          words.push(word)
        }
        if (block === undefined) continue
        const last = words[words.length - 1]!
        // A sentence ends at its closing punctuation, unless the block (e.g. before the sign-off) ends first.
        const end = Math.min(sentence.position?.end.offset ?? last.end, blocks[block]!.end)
        wordCount += words.length
        sentences.push({ start: words[0]!.start, end: Math.max(end, last.end), words, block, views: {} })
      }
    }
    letter.sentences = sentences
    letter.prose = prose
    letter.wordCount = wordCount
  }
}

function toWord(node: NlcstWord): Word {
  const text = wordText(node)
  const lower = text.toLowerCase()
  return {
    start: node.position!.start.offset!,
    end: node.position!.end.offset!,
    text,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
  }
}

/** `Dana and Marcus`, `Dana, Marcus & Lee` → separate names. */
export function splitNames(names: string): string[] {
  return names
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
}
