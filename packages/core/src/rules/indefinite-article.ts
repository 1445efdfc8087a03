import type { Root } from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import { defineRule, messageSpan, runInner } from '../define-rule.js'
import { excerpt, simpleWord } from '../letter/excerpt.js'

const articles = retextIndefiniteArticle()

/** "a interview", "an house": the article follows the sound of the next word. */
export const indefiniteArticle = defineRule<object, Root>({
  id: 'indefinite-article',
  description: '"a" where "an" belongs and back ("a interview", "an house"), found by retext-indefinite-article.',
  note: 'One slip undoes the care a letter shows: proofread before sending.',
  category: 'proofreading',
  defaultSeverity: 'warning',
  fixable: 'safe',
  tree: 'prose',
  options: {},
  examples: [
    { title: 'the wrong article', text: 'It was a honor to meet you.\n', messages: ['Use "an" before "honor", not "a".'] },
    { title: 'the right articles', text: 'It was an honor to join a user interview.\n', messages: [] },
  ],
  check({ file, letter, report }) {
    // The plugin needs an article, the words after it, and whether a word comes before it.
    const candidates = excerpt(letter.prose, (children, i) => {
      if (!/^an?$/i.test(simpleWord(children[i]) ?? '')) return undefined
      // From the word before it (or the sentence start), so "Station A equals" stays mid-sentence.
      let start = 0
      for (let back = i - 1; back >= 0; back--) {
        if (children[back]!.type === 'WordNode') {
          start = back
          break
        }
      }
      return [start, Math.min(children.length, i + 6)]
    })
    for (const message of runInner(articles, candidates, file)) {
      const span = messageSpan(message)
      const expected = message.expected?.[0]
      if (!span || !expected) continue
      const { start, end } = span
      // "a *honor*": Markdown markers may stand between the article and its word.
      const next = /^[\s*_`~[(“"‘']*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(letter.text.slice(end, end + 80))?.[1] ?? 'the next word'
      report({
        at: { start, end },
        message: `Use "${expected}" before "${next}", not "${letter.text.slice(start, end)}".`,
        fix: { title: `Replace with "${expected}"`, edits: [{ start, end, newText: expected }] },
      })
    }
  },
})
