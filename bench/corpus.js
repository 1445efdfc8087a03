/**
 * A deterministic corpus of interview thank-you letters in Markdown, for benchmarks: the same
 * `{count, words, seed}` gives the same letters everywhere, and letter `i` depends only on the seed,
 * `words` and `i` (so a 20-letter corpus is the start of the 2,000-letter one).
 */
import { COMPANIES, GREETINGS, INTERVIEWERS, PLACEHOLDERS, ROLES, SIGN_OFFS, WEEKDAYS, WRITERS } from './pools.js'
import { createRandom } from './random.js'
import { CLOSERS, COMPANY_LINES, GENERIC, INTEREST, MARKDOWN_EXTRAS, OPENERS, QUALIFICATIONS, REFLECTIONS, TOPICS } from './sentences.js'
import { addTypos, countWords, repeatWord, wrongArticle } from './slips.js'

/** How often each trait appears, per letter unless said otherwise. */
const RATES = {
  frontmatter: 0.8,
  twoInterviewers: 0.15,
  genericGreeting: 0.06,
  noGreeting: 0.03,
  genericLines: 0.4,
  markdownExtra: 0.12,
  /** One typo in this many words of prose. */
  typoEvery: 150,
  repeatedWord: 0.12,
  wrongArticle: 0.1,
  placeholder: 0.03,
  crlf: 0.05,
  emoji: 0.01,
}

const FIRST_DAY = Date.UTC(2026, 0, 5)

function slug(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Fills `{slot}`s; `{n}` is drawn afresh each time it appears. */
function fill(template, slots, random) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name === 'n' ? String(random.int(2, 9)) : (slots[name] ?? whole)))
}

function frontmatter(facts, random) {
  const lines = ['---']
  const names = facts.interviewers.map(([first, last]) => `${first} ${last}`)
  lines.push(names.length === 1 ? `to: ${names[0]}` : `to: [${names.join(', ')}]`)
  lines.push(`company: ${facts.company.name}`)
  if (random.chance(0.9)) lines.push(`role: ${facts.role.title}`)
  const day = new Date(FIRST_DAY + random.int(0, 170) * 86_400_000).toISOString().slice(0, 10)
  lines.push(`interviewed: ${random.chance(0.3) ? `${day}T${String(random.int(9, 17)).padStart(2, '0')}:${random.pick(['00', '30'])}` : day}`)
  if (random.chance(0.85)) {
    const phrases = facts.topics.map((topic) => topic.phrase)
    if (random.chance(0.5)) lines.push(`topics: [${phrases.join(', ')}]`)
    else lines.push('topics:', ...phrases.map((phrase) => `  - ${phrase}`))
  }
  lines.push('---', '')
  return lines.join('\n')
}

function greeting(facts, random) {
  const [[first, last, title], second] = facts.interviewers
  const roll = random.next()
  if (roll < RATES.noGreeting) return undefined
  if (roll < RATES.noGreeting + RATES.genericGreeting) return random.pick(GREETINGS.generic)
  const template = second ? random.pick(GREETINGS.pair) : random.pick(GREETINGS.named)
  return fill(template, { first, last, title, first2: second?.[0] }, random)
}

function signOff(writer, random) {
  const roll = random.next()
  if (roll < 0.03) return undefined
  if (roll < 0.07) return random.pick(SIGN_OFFS)
  if (roll < 0.1) return `— ${writer}`
  if (roll < 0.15) return `${random.pick(SIGN_OFFS)}\n\n${writer}`
  return `${random.pick(SIGN_OFFS)}\n${writer}`
}

/** Splits `sentences` into `parts` runs of about equal word counts, each non-empty when possible. */
function splitEvenly(sentences, parts) {
  const total = sentences.reduce((sum, sentence) => sum + countWords(sentence), 0)
  const runs = Array.from({ length: parts }, () => [])
  let seen = 0
  for (const sentence of sentences) {
    const part = Math.min(parts - 1, Math.floor((seen / Math.max(1, total)) * parts))
    runs[part].push(sentence)
    seen += countWords(sentence)
  }
  return runs.filter((run) => run.length > 0)
}

/** The body's sentences, in letter order: opening, middle (topics, qualifications), closing. */
function bodySentences(facts, target, random) {
  const slots = {
    first: facts.interviewers[0][0],
    first2: facts.interviewers[1]?.[0],
    company: facts.company.name,
    business: facts.company.business,
    role: facts.role.title,
    day: random.pick(WEEKDAYS),
  }
  const used = new Set()
  const take = (templates) => {
    const fresh = templates.filter((template) => !used.has(template))
    if (fresh.length === 0) return undefined
    const template = random.pick(fresh)
    used.add(template)
    return fill(template, slots, random)
  }

  const opening = [take(OPENERS)]
  const closing = []
  if (random.chance(0.9)) closing.push(take(INTEREST))
  if (random.chance(0.5)) closing.push(take(CLOSERS))
  if (facts.interviewers[1] && random.chance(0.6)) closing.push(fill('Please pass my thanks to {first2} as well; the questions about {topic} were the best part of the day.', { ...slots, topic: facts.topics[0].phrase }, random))
  if (random.chance(RATES.genericLines)) {
    for (let i = random.int(1, 2); i > 0; i--) {
      const line = take(GENERIC)
      if (random.chance(0.5)) opening.push(line)
      else closing.push(line)
    }
  }

  // The middle: the chosen topics' sentences first, then qualifications and company lines, then
  // other topics, until the letter reaches its length.
  const extra = random.chance(RATES.markdownExtra) ? random.pick(MARKDOWN_EXTRAS) : undefined
  let words = [...opening, ...closing, extra ?? ''].reduce((sum, sentence) => sum + countWords(sentence), 0)
  const middle = []
  const add = (sentence) => {
    // Stop at the sentence that gets closest to the target, not the first one past it.
    if (sentence === undefined || words + countWords(sentence) / 2 > target) return
    middle.push(sentence)
    words += countWords(sentence)
  }
  for (const topic of facts.topics) for (let i = random.int(2, 3); i > 0; i--) add(take(topic.sentences))
  add(take(QUALIFICATIONS))
  if (random.chance(0.6)) add(take(COMPANY_LINES))
  if (random.chance(0.5)) add(take(REFLECTIONS))
  // Longer letters say more about the same things first, and only then wander to related topics.
  const related = random.shuffle(TOPICS.filter((topic) => topic.field === facts.role.field && !facts.topics.includes(topic)))
  const pools = [
    ...facts.topics.map((topic) => topic.sentences),
    QUALIFICATIONS,
    REFLECTIONS,
    COMPANY_LINES,
    ...related.map((topic) => topic.sentences),
    ...random.shuffle(TOPICS).map((topic) => topic.sentences),
  ]
  for (const pool of pools) {
    for (let i = random.int(1, 3); i > 0; i--) add(take(pool))
  }
  if (extra) middle.splice(random.int(0, middle.length), 0, extra)
  return { opening, middle, closing, extra }
}

function generateLetter(index, wordsWanted, seed) {
  const random = createRandom(`${seed}:${wordsWanted}:${index}`)
  const role = random.pick(ROLES)
  const company = random.pick(COMPANIES)
  const interviewers = random.sample(INTERVIEWERS, random.chance(RATES.twoInterviewers) ? 2 : 1)
  const writer = random.pick(WRITERS)
  const fitting = TOPICS.filter((topic) => topic.field === role.field || topic.field === 'general')
  const topics = random.sample(fitting.length >= 3 ? fitting : TOPICS, random.int(1, 3))
  const facts = { role, company, interviewers, writer, topics }
  const target = Math.round(wordsWanted * (0.9 + 0.2 * random.next()))

  let { opening, middle, closing, extra } = bodySentences(facts, target, random)
  // Mistakes go into prose only: never into links, code or lists.
  const prose = [...opening, ...middle.filter((sentence) => sentence !== extra), ...closing]
  const { sentences: slipped, typos } = addTypos(prose, random, RATES.typoEvery)
  const mistakes = [...slipped]
  if (random.chance(RATES.repeatedWord)) {
    const at = random.int(0, mistakes.length - 1)
    mistakes[at] = repeatWord(mistakes[at], random)
  }
  if (random.chance(RATES.wrongArticle)) {
    const at = random.int(0, mistakes.length - 1)
    mistakes[at] = wrongArticle(mistakes[at], random)
  }
  if (random.chance(RATES.placeholder)) {
    const at = random.int(0, mistakes.length - 1)
    const slot = random.pick(PLACEHOLDERS)
    mistakes[at] = mistakes[at].includes(company.name) ? mistakes[at].replace(company.name, slot) : `${mistakes[at]} I have attached the notes on ${slot}.`
  }
  let next = 0
  opening = opening.map(() => mistakes[next++])
  middle = middle.map((sentence) => (sentence === extra ? sentence : mistakes[next++]))
  closing = closing.map(() => mistakes[next++])
  if (closing.length > 0 && random.chance(RATES.emoji)) closing[closing.length - 1] += ' 🙂'

  // 2–4 paragraphs of about equal length: the opening starts the first, the closing ends the last.
  const blocks = splitEvenly([...opening, ...middle, ...closing], random.int(2, 4))

  const parts = []
  if (random.chance(RATES.frontmatter)) parts.push(frontmatter(facts, random))
  const hello = greeting(facts, random)
  if (hello) parts.push(hello, '')
  // A list or a line-leading extra needs a paragraph of its own to stay Markdown.
  for (const block of blocks) {
    const inline = block.filter((sentence) => !sentence.includes('\n'))
    if (inline.length > 0) parts.push(inline.join(' '), '')
    for (const sentence of block) if (sentence.includes('\n')) parts.push(sentence, '')
  }
  const bye = signOff(writer, random)
  if (bye) parts.push(bye, '')
  let text = parts.join('\n')
  if (random.chance(RATES.crlf)) text = text.replace(/\n/g, '\r\n')

  const [first, last] = interviewers[0]
  return { path: `letters/${slug(company.name)}/${slug(`${first} ${last}`)}-${String(index).padStart(4, '0')}.md`, text, typos }
}

/**
 * `count` letters of about `words` words each (±10 %), as `{path, text, typos}` (each typo with the
 * word it stands for): Markdown with YAML
 * frontmatter on most, greetings, 2–4 paragraphs, sign-offs, and the slips real letters have.
 */
export function generateCorpus({ count = 2000, words = 300, seed = 1 } = {}) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, not ${count}`)
  if (!Number.isInteger(words) || words < 20) throw new RangeError(`words must be an integer of at least 20, not ${words}`)
  return Array.from({ length: count }, (_, index) => generateLetter(index, words, seed))
}
