import type { Span } from '../types.js'
import { COMPANY_SUFFIXES, STOPWORDS, TITLES } from '../vocab/words.js'
import type { Letter, Sentence, Word } from './letter.js'

/** The parts of a person's name that identify them: `Ms. Dana Whitfield` → Dana, Whitfield. */
export function personTokens(name: string): { first?: string; last?: string; tokens: string[] } {
  const tokens = name
    .split(/\s+/)
    .map((token) => token.replace(/[.,]/g, ''))
    .filter((token) => token.length > 1 && !TITLES.has(token.toLowerCase()))
  return { first: tokens[0], last: tokens.length > 1 ? tokens[tokens.length - 1] : undefined, tokens }
}

/** The lower-case tokens that identify these people: `Ms. Dana Whitfield` → dana, whitfield. */
export function nameTokens(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => personTokens(name).tokens.map((token) => token.toLowerCase())))
}

/** A word without a possessive ending: `Dana's` → `dana`. */
export function bare(word: Word): string {
  // Without a regular expression: every word of a letter goes through here, several times.
  const lower = word.lower
  if (lower.endsWith("'s")) return lower.slice(0, -2)
  return lower.endsWith("'") ? lower.slice(0, -1) : lower
}

/** The sentence's words without possessive endings, computed once per sentence (each declared phrase looks at them). */
export function bareWords(sentence: Sentence): string[] {
  return (sentence.views.bare ??= sentence.words.map(bare))
}

/** A word without a plural ending: `migrations` → `migration`, `classes` → `class`. */
function stem(word: string): string {
  return word.replace(/(?:es|s)$/, '')
}

/** Whether two words are the same word, allowing plurals and shared stems (`migrating`, `migration`). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const sa = stem(a)
  if (sa === stem(b) && sa.length >= 3) return true
  let prefix = 0
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++
  return prefix >= 5 && prefix >= Math.min(a.length, b.length) - 3
}

interface PrefixNode {
  next: Map<string, PrefixNode>
  /** Tokens that start with the path to this node. */
  ids: number[]
  /** Length of the shortest of them. */
  shortest: number
}

function add<K>(map: Map<K, number[]>, key: K, id: number): void {
  const ids = map.get(key)
  if (ids) ids.push(id)
  else map.set(key, [id])
}

/**
 * The tokens a word is the `sameWord` of, found in one walk along the word through a tree of the
 * tokens' prefixes instead of one comparison per token: a letter may declare hundreds of fact words,
 * and every word of its body is checked against them.
 */
export class WordMatcher {
  private readonly exact = new Map<string, number[]>()
  private readonly stems = new Map<string, number[]>()
  private readonly root: PrefixNode = { next: new Map(), ids: [], shortest: Infinity }

  constructor(readonly tokens: readonly string[]) {
    tokens.forEach((token, id) => {
      add(this.exact, token, id)
      if (stem(token).length >= 3) add(this.stems, stem(token), id)
      let node = this.root
      for (let i = 0; i < token.length; i++) {
        let child = node.next.get(token[i]!)
        if (!child) node.next.set(token[i]!, (child = { next: new Map(), ids: [], shortest: Infinity }))
        child.ids.push(id)
        child.shortest = Math.min(child.shortest, token.length)
        node = child
      }
    })
  }

  /** Whether `word` is the same word as any token. */
  some(word: string): boolean {
    if (this.exact.has(word) || (stem(word).length >= 3 && this.stems.has(stem(word)))) return true
    let node: PrefixNode | undefined = this.root
    for (let depth = 1; depth <= word.length; depth++) {
      node = node.next.get(word[depth - 1]!)
      if (!node) return false
      // A token sharing `depth` (at least 5) first characters matches when the shorter of the two is at most 3 longer.
      if (depth >= 5 && (word.length - 3 <= depth || node.shortest - 3 <= depth)) return true
    }
    return false
  }

  /** Indexes of the tokens `word` is the same word as. */
  all(word: string): Set<number> {
    const found = new Set([...(this.exact.get(word) ?? []), ...(stem(word).length >= 3 ? (this.stems.get(stem(word)) ?? []) : [])])
    let node: PrefixNode | undefined = this.root
    for (let depth = 1; depth <= word.length; depth++) {
      node = node.next.get(word[depth - 1]!)
      if (!node) break
      if (depth >= 5) for (const id of node.ids) if (word.length - 3 <= depth || this.tokens[id]!.length - 3 <= depth) found.add(id)
    }
    return found
  }
}

/** Content words of a phrase: lower case, no stop words, no company suffixes. */
export function contentWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[^\p{L}\p{N}'+#.-]+/u)
    .map((word) => word.replace(/^[.'-]+|[.'-]+$/g, '').replace(/'s$/, ''))
    .filter((word) => word.length > 1 && !STOPWORDS.has(word) && !COMPANY_SUFFIXES.has(word))
}

/** Where the letter first names any of these people: in the greeting, or in the body. */
export function findPerson(letter: Letter, names: readonly string[]): Span | undefined {
  const tokens = nameTokens(names)
  if (tokens.size === 0) return undefined
  const greeting = letter.structure.greeting
  if (greeting?.name && greeting.nameSpan && contentWords(greeting.name).some((word) => tokens.has(word))) return greeting.nameSpan
  for (const sentence of letter.sentences) {
    for (const word of sentence.words) if (tokens.has(bare(word))) return word
  }
  return undefined
}

/**
 * The first sentence that mentions a phrase: at least `share` of its content words, matched
 * tolerantly (plurals, stems), within one sentence.
 */
export function findPhrase(letter: Letter, phrase: string, share: number): Sentence | undefined {
  const wanted = contentWords(phrase)
  if (wanted.length === 0) return undefined
  const needed = Math.max(1, Math.ceil(wanted.length * share))
  const matcher = new WordMatcher(wanted)
  return letter.sentences.find((sentence) => {
    const matched = new Set<number>()
    for (const word of bareWords(sentence)) for (const id of matcher.all(word)) matched.add(id)
    return matched.size >= needed
  })
}

/** Where the letter names a company: its full name, or its first distinctive word as a capitalised name (`tokens`: its content words). */
export function findCompany(text: string, sentences: readonly Sentence[], company: string, tokens = contentWords(company)): Span | undefined {
  const head = tokens[0]
  if (!head) return findLiteral(text, sentences, company)
  for (const sentence of sentences) {
    const words = sentence.words
    // A letter linted with many others is searched for each of their companies: its bare words are computed once.
    const bares = bareWords(sentence)
    for (let i = 0; i < words.length; i++) {
      if (bares[i] !== head) continue
      const whole = tokens.every((token, k) => bares[i + k] === token)
      const capitalised = /^\p{Lu}/u.test(words[i]!.text) && (i > 0 || head.length >= 4)
      if (whole || (capitalised && head.length >= 3)) return words[i]!
    }
  }
  return undefined
}

/** "AT&T", "X": a name without a distinctive word is looked for as written, as a whole word, in any case. */
function findLiteral(text: string, sentences: readonly Sentence[], name: string): Span | undefined {
  const trimmed = name.trim()
  if (!trimmed) return undefined
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu')
  for (const sentence of sentences) {
    const match = pattern.exec(text.slice(sentence.start, sentence.end))
    if (match) return { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length }
  }
  return undefined
}
