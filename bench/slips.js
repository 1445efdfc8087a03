/**
 * The mistakes real letters carry, added to clean sentences: typos (a known misspelling of a common
 * word, or a swapped, dropped or doubled letter), a repeated word, a wrong article.
 */

/** Misspellings people actually make, by the word they meant. */
const KNOWN_TYPOS = {
  receive: 'recieve',
  definitely: 'definately',
  separate: 'seperate',
  occurred: 'occured',
  until: 'untill',
  which: 'wich',
  because: 'becuase',
  believe: 'beleive',
  opportunity: 'oppurtunity',
  experience: 'experiance',
  appreciate: 'appriciate',
  appreciated: 'apreciated',
  really: 'realy',
  interview: 'intervew',
  environment: 'enviroment',
  thinking: 'thinkng',
  conversation: 'conversaton',
  customers: 'custmers',
  their: 'thier',
  would: 'woudl',
  about: 'abotu',
  team: 'taem',
  with: 'wiht',
  that: 'taht',
}

const WORD = /[\p{L}\p{N}'’-]+/gu

/** Words as a reader counts them ("on-call" is one). */
export function countWords(text) {
  return text.match(WORD)?.length ?? 0
}

/** A slip of the finger inside `word`, never at its first letter, always different from it. */
function fingerSlip(word, random) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const at = random.int(1, word.length - 2)
    const kind = random.int(0, 2)
    let out
    if (kind === 0) out = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
    else if (kind === 1) out = word.slice(0, at) + word.slice(at + 1)
    else out = word.slice(0, at) + word[at] + word.slice(at)
    if (out !== word) return out
  }
  return word.slice(0, 1) + word.slice(2)
}

/**
 * Misspells about one word in `every` across the sentences (Bernoulli per eligible word, so some
 * letters have none and some have several). Only lower-case words of four letters or more are
 * touched, so names and acronyms stay right.
 */
export function addTypos(sentences, random, every) {
  const total = sentences.reduce((sum, sentence) => sum + countWords(sentence), 0)
  const eligible = sentences.reduce((sum, sentence) => sum + (sentence.match(/\b[a-z]{4,}\b/g)?.length ?? 0), 0)
  /** Each typo with the word it stands for, for judging spelling suggestions. */
  const typos = []
  if (eligible === 0) return { sentences, typos }
  const p = Math.min(1, total / every / eligible)
  const out = sentences.map((sentence) =>
    sentence.replace(/(?<![\p{L}’'`/.-])[a-z]{4,}(?![\p{L}’'`/-])/gu, (word) => {
      if (!random.chance(p)) return word
      const known = KNOWN_TYPOS[word]
      const typo = known && random.chance(0.6) ? known : fingerSlip(word, random)
      typos.push({ typo, intended: word })
      return typo
    }),
  )
  return { sentences: out, typos }
}

/** Writes one word twice ("to to"), as a hurried edit leaves it. */
export function repeatWord(sentence, random) {
  const words = [...sentence.matchAll(/\b(the|to|a|of|and|in|for|on|that|is|with|team|work)\b/g)]
  if (words.length === 0) return sentence
  const { index, 0: word } = random.pick(words)
  return `${sentence.slice(0, index)}${word} ${sentence.slice(index)}`
}

/** Swaps one "a" for "an" or the reverse ("an busy week", "a interview"). */
export function wrongArticle(sentence, random) {
  const articles = [...sentence.matchAll(/\b(a|an) (?=[a-z])/g)]
  if (articles.length === 0) return sentence
  const { index, 1: article } = random.pick(articles)
  return `${sentence.slice(0, index)}${article === 'a' ? 'an' : 'a'}${sentence.slice(index + article.length)}`
}
