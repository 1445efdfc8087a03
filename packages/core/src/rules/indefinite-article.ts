import type { Root, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import retextIndefiniteArticle from 'retext-indefinite-article'
import type { VFile } from 'vfile'
import { defineRule, messageSpan, runInner } from '../define-rule.js'
import { simpleWord } from '../letter/excerpt.js'
import { BoundedCache } from '../text/bounded-cache.js'
import type { Span } from '../types.js'

const articles = retextIndefiniteArticle()

/**
 * Articles one space apart in a sentence, as indexes of its children: "a", "a a", "a an". Only the
 * first may be capitalised: a later "A" is the letter ("a A grade"), a later "a" is a slip. A repeat
 * of the same article joins the run only when `repeats` (repeated-word is on and will remove it).
 */
function articleRuns(children: readonly SentenceContent[], repeats: boolean): number[][] {
  const runs: number[][] = []
  for (let i = 0; i < children.length; i++) {
    if (!/^an?$/i.test(simpleWord(children[i]) ?? '')) continue
    const run = [i]
    for (;;) {
      const next = children[i + 1]?.type === 'WhiteSpaceNode' ? simpleWord(children[i + 2]) : undefined
      if (next === undefined || !/^an?$/.test(next) || (!repeats && next === simpleWord(children[i])!.toLowerCase())) break
      run.push((i += 2))
    }
    runs.push(run)
  }
  return runs
}

/**
 * What the plugin needs to judge a run's first article: the word before it (or none), the article,
 * and the words after the run, so "a a apple" is judged as the "a apple" it becomes once the repeat
 * is removed (the plugin would read the second "a" as the letter and ask for "an a").
 */
function judged(sentence: Sentence, run: number[]): Sentence {
  const children = sentence.children
  const first = run[0]!
  const last = run[run.length - 1]!
  let before = first
  for (let back = first - 1; back >= 0; back--) {
    if (children[back]!.type === 'WordNode') {
      before = back
      break
    }
  }
  return { type: 'SentenceNode', children: [...children.slice(before, first + 1), ...children.slice(last + 1, last + 6)], position: sentence.position }
}

function spanOf(node: SentenceContent): Span {
  return { start: node.position!.start.offset!, end: node.position!.end.offset! }
}

/** Whether only white space stands between two spans: words across Markdown markers ("a *an*") are not removed. */
function spaceBetween(text: string, before: Span, after: Span): boolean {
  return /^\s+$/.test(text.slice(before.end, after.start))
}

/**
 * Where a run's first article and its plain repeats end: "a a apple" becomes "an apple" in one edit,
 * so the fix is whole even where repeated-word's is silenced by a directive.
 */
function repeatsEnd(text: string, children: readonly SentenceContent[], run: number[]): number {
  const first = simpleWord(children[run[0]!])!.toLowerCase()
  let end = spanOf(children[run[0]!]!)
  for (let k = 1; k < run.length && simpleWord(children[run[k]!]) === first; k++) {
    const next = spanOf(children[run[k]!]!)
    if (!spaceBetween(text, end, next)) break
    end = next
  }
  return end.end
}

/**
 * The plugin's verdicts by all it reads of a judged sentence (each node's type and text) and where
 * the article stands in it: a letter relinted at every keystroke asks about the same few dozen
 * articles, and running the plugin was a tenth of a lint.
 */
const verdicts = new BoundedCache<string, string | undefined>(10_000)

/** The article the plugin expects instead of a run's first one, if it expects another. */
function expectedArticle(sentence: Sentence, run: number[], file: VFile): string | undefined {
  const judgedSentence = judged(sentence, run)
  const article = judgedSentence.children.indexOf(sentence.children[run[0]!]!)
  const key = `${article}\u0000${judgedSentence.children.map((child) => `${child.type}:${toString(child)}`).join('\u0000')}`
  return verdicts.get(key, () => {
    const tree: Root = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: [judgedSentence] }] }
    const start = spanOf(judgedSentence.children[article]!).start
    // The words around the article are there to judge it by; what the plugin says about them is dropped.
    return runInner(articles, tree, file).find((message) => messageSpan(message)?.start === start)?.expected?.[0]
  })
}

/** "a interview", "an house": the article follows the sound of the next word. */
export const indefiniteArticle = defineRule<object, Root>({
  id: 'indefinite-article',
  description: '"a" where "an" belongs and back ("a interview", "an house"), found by retext-indefinite-article, and two different articles in a row ("a an").',
  note: 'One slip undoes the care a letter shows: proofread before sending.',
  category: 'proofreading',
  defaultSeverity: 'warning',
  fixable: 'safe',
  tree: 'prose',
  options: {},
  examples: [
    { title: 'the wrong article', text: 'It was a honor to meet you.\n', messages: ['Use "an" before "honor", not "a".'] },
    { title: 'two articles', text: 'It was an a honor to meet you.\n', messages: ['"a" after "an" is one article too many: remove it.'] },
    { title: 'the right articles', text: 'It was an honor to join a user interview.\n', messages: [] },
  ],
  check({ file, letter, run: settings, report }) {
    // "a a apple": with repeated-word on, the second "a" goes, so the first is judged against "apple"
    // (alone, the plugin reads "a a" as an article before the letter "a" and asks for "an a apple").
    const repeats = (settings.rules['repeated-word']?.severity ?? 'off') !== 'off'
    for (const sentence of letter.prose) {
      const children = sentence.children
      for (const run of articleRuns(children, repeats)) {
        const first = spanOf(children[run[0]!]!)
        const expected = expectedArticle(sentence, run, file)
        if (expected) {
          // "a *honor*": Markdown markers may stand between the article and its word.
          const runEnd = spanOf(children[run[run.length - 1]!]!).end
          const next = /^[\s*_`~[(“"‘']*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(letter.text.slice(runEnd, runEnd + 80))?.[1] ?? 'the next word'
          report({
            at: first,
            message: `Use "${expected}" before "${next}", not "${letter.text.slice(first.start, first.end)}".`,
            fix: { title: `Replace with "${expected}"`, edits: [{ start: first.start, end: repeatsEnd(letter.text, children, run), newText: expected }] },
          })
        }
        // "a an honor": a different article after the first is one too many. A repeated one ("a a") is repeated-word's.
        for (let k = 1; k < run.length; k++) {
          const previous = simpleWord(children[run[k - 1]!])!
          const extra = simpleWord(children[run[k]!])!
          if (previous.toLowerCase() === extra) continue
          const before = spanOf(children[run[k - 1]!]!)
          const at = spanOf(children[run[k]!]!)
          report({
            at,
            message: `"${extra}" after "${previous}" is one article too many: remove it.`,
            ...(spaceBetween(letter.text, before, at) ? { fix: { title: `Remove "${extra}"`, edits: [{ start: before.end, end: at.end, newText: '' }] } } : {}),
          })
        }
      }
    }
  },
})
