import { compilePattern } from '../phrases/pattern.js'
import type { Span } from '../types.js'
import { GENERIC_WORDS, NOT_NAMES, ROLE_NOUNS, STOPWORDS, TITLES } from '../vocab/words.js'
import type { Letter, Sentence, SentenceViews, Word } from './letter.js'
import { bare, bareWords, contentWords, findCompany, findPerson, findPhrase, nameTokens, WordMatcher } from './mentions.js'
import { sentenceText } from './sentence-text.js'

/** The specifics career advice asks of a thank-you letter. */
export type Specific = 'interviewer' | 'company' | 'role' | 'topic' | 'qualification' | 'interest'

export const SPECIFICS: readonly Specific[] = ['interviewer', 'company', 'role', 'topic', 'qualification', 'interest']

/** Phrases that show a letter refers back to the conversation: "you mentioned", "we discussed". */
const CONVERSATION = cue(
  '(discuss|discussed|discussing|discussion|mentioned|mention|explained|explaining|described|talked|talking|conversation|chat|shared|showed|showing|told|asked|hearing|heard|learning|learned|learnt|walked|walking|tour|demo|question|questions|point|story)',
)
/** Phrases that state a qualification: "I led", "my experience with", "five years of". */
const QUALIFICATION = cue(
  '(i|i\'ve|i\'d) [have|also|recently|previously] (led|built|designed|redesigned|rebuilt|managed|shipped|ran|run|developed|created|launched|improved|reduced|increased|migrated|implemented|automated|scaled|delivered|founded|mentored|coached|taught|wrote|rewrote|owned|own|maintained|maintain|cut|grew|organized|organised|coordinated|trained|worked|spent|supported|handled|negotiated|sold|streamlined|introduced|spearheaded|oversaw|supervised|analyzed|analysed|researched|published|presented|earned|won|raised|saved)|my (experience|background|work|years|skills|track record|time|dissertation|thesis|research|training) (in|with|at|on|as|of|running|leading|building|teaching)|years of|(two|three|four|five|six|seven|eight|nine|ten|several|many) years (as|at|in|on|teaching|running|leading|building|working|managing)|(in|at) my (current|previous|last) (role|job|position|team)|skills in|degree in|certified',
)
/** Phrases that renew interest in the job: "I am excited to", "would love to join". */
const INTEREST = cue(
  '(excited|exciting|enthusiastic|eager|interested|interest|keen|thrilled|drawn|passionate|motivated|inspired|energized)|(would|i\'d) (love|like|welcome|enjoy) (to|the chance|the opportunity)|(hope|want|love|like) to (join|contribute|help|work|be part|bring)|look forward to (joining|working|contributing|helping|building|being|meeting)|looking forward to (joining|working|contributing|helping|building|being|meeting)|(can\'t|cannot) wait',
)

function cue(pattern: string): RegExp {
  return new RegExp(pattern.split(/\|(?![^()[\]]*[)\]])/).map(compilePattern).join('|'))
}

const cache = new WeakMap<Letter, Map<Specific, Span | null>>()

/** Where the letter shows a specific, or `undefined` when it never does. Computed once per letter. */
export function evidence(letter: Letter, specific: Specific): Span | undefined {
  let found = cache.get(letter)
  if (!found) cache.set(letter, (found = new Map()))
  if (!found.has(specific)) found.set(specific, find(letter, specific) ?? null)
  return found.get(specific) ?? undefined
}

function find(letter: Letter, specific: Specific): Span | undefined {
  switch (specific) {
    case 'interviewer':
      return letter.to.length > 0 ? findPerson(letter, letter.to) : findTitledName(letter)
    case 'company':
      return letter.company ? findCompany(letter.text, letter.sentences, letter.company) : inferCompany(letter)
    case 'role':
      return letter.role ? findPhrase(letter, letter.role, 2 / 3) : inferRole(letter)
    case 'topic':
      if (letter.topics.length > 0) {
        for (const topic of letter.topics) {
          const sentence = findPhrase(letter, topic, 1 / 2)
          if (sentence) return sentence
        }
        return undefined
      }
      return letter.sentences.find((sentence) => CONVERSATION.test(sentenceText(sentence).text) && hasSpecificWord(letter, sentence))
    case 'qualification':
      return letter.sentences.find((sentence) => QUALIFICATION.test(sentenceText(sentence).text))
    case 'interest':
      return letter.sentences.find((sentence) => INTEREST.test(sentenceText(sentence).text))
  }
}

/** "Professor Adeyemi", "Dr. Chen": with no interviewer known, a titled name in the body names someone met. */
function findTitledName(letter: Letter): Span | undefined {
  for (const sentence of letter.sentences) {
    const at = sentence.words.findIndex((word, i) => i > 0 && isName(word) && TITLES.has(sentence.words[i - 1]!.lower.replace(/\.$/, '')))
    if (at !== -1) return sentence.words[at]
  }
  return undefined
}

/** "…at Northwind", "join Northwind", "Northwind's team": capitalised names after a company cue. */
export function companyMentions(letter: Letter, sentences: readonly Sentence[] = letter.sentences): Word[] {
  // "join Dana's team" names a person the letter knows, not a company.
  const people = nameTokens([...letter.to, letter.from ?? ''])
  const found: Word[] = []
  for (const sentence of sentences) {
    const words = sentence.words
    // "lunch at Denver Depot" is a place; "the role at Contoso" is an employer.
    const aboutWork = words.some((word) => WORK_WORDS.has(word.lower))
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!
      if (!isName(word) || people.has(bare(word))) continue
      const before = words[i - 1]!.lower
      const after = words[i + 1]?.lower ?? ''
      const employer = before === 'at' ? aboutWork : COMPANY_BEFORE.has(before)
      if (employer || (word.lower.endsWith("'s") && COMPANY_AFTER.has(after))) found.push(word)
    }
  }
  return found
}

const COMPANY_BEFORE = new Set(['join', 'joining'])
/** Words that make "at X" name an employer. */
const WORK_WORDS = new Set([
  'interview', 'interviews', 'interviewing', 'role', 'position', 'job', 'team', 'teams', 'work', 'working', 'join', 'joining',
  'company', 'opportunity', 'career', 'hiring', 'employer', 'colleagues', 'engineers', 'staff', 'office', 'offer',
])
const COMPANY_AFTER = new Set(['team', 'teams', 'mission', 'product', 'products', 'customers', 'engineering', 'culture', 'office', 'platform'])

function inferCompany(letter: Letter): Span | undefined {
  return companyMentions(letter)[0]
}

/** "the data platform role", "as a data engineer": a job title, or a described job word. */
function inferRole(letter: Letter): Span | undefined {
  return letter.sentences.find((sentence) =>
    sentence.words.some((word, i) => {
      if (ROLE_NOUNS.has(word.lower.endsWith('s') ? word.lower.slice(0, -1) : word.lower)) return true
      const before = sentence.words[i - 1]?.lower
      return /^(?:role|position|opening)$/.test(word.lower) && before !== undefined && !STOPWORDS.has(before) && !VAGUE.has(before)
    }),
  )
}

/** Adjectives that describe any job: "the exciting role" names nothing. */
const VAGUE = new Set(['exciting', 'great', 'new', 'open', 'amazing', 'wonderful', 'current', 'same', 'available', 'perfect', 'ideal'])

/** Capitalised, not a sentence-start word, not a month or pronoun: probably a name. */
export function isName(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) && !NOT_NAMES.has(word.lower.replace(/'s$/, ''))
}

/** Sentences about the writer's own experience ("I led a migration at Contoso"), where other companies belong. */
export function isExperience(sentence: Sentence): boolean {
  return QUALIFICATION.test(sentenceText(sentence).text)
}

/** Words naming what the letter declares: interviewers, company, role, topics. */
export function factWords(letter: Letter): Set<string> {
  const words = new Set<string>()
  for (const token of nameTokens(letter.to)) words.add(token)
  for (const phrase of [letter.company, letter.role, ...letter.topics]) if (phrase) for (const word of contentWords(phrase)) words.add(word)
  return words
}

const factMatchers = new WeakMap<Letter, WordMatcher>()

/** `factWords` ready to match body words against, built once per letter. */
function factMatcher(letter: Letter): WordMatcher {
  let found = factMatchers.get(letter)
  if (!found) factMatchers.set(letter, (found = new WordMatcher([...factWords(letter)])))
  return found
}

/** Per sentence, running counts of specific and content words: prefix sums, so each query is O(1). */
function tally(letter: Letter, sentence: Sentence): NonNullable<SentenceViews['tally']> {
  let found = sentence.views.tally
  if (found) return found
  const facts = factMatcher(letter)
  found = { specific: [0], content: [0] }
  const bares = bareWords(sentence)
  sentence.words.forEach((word, i) => {
    const plain = bares[i]!
    const specific = /\d/.test(plain) || (i > 0 && isName(word) && plain !== 'i') || facts.some(plain)
    const content = plain.length >= 3 && !STOPWORDS.has(plain) && !GENERIC_WORDS.has(plain)
    found!.specific.push(found!.specific[i]! + (specific ? 1 : 0))
    found!.content.push(found!.content[i]! + (content ? 1 : 0))
  })
  sentence.views.tally = found
  return found
}

/**
 * Whether a sentence says something particular to this interview outside the words `skip.first` to
 * `skip.last`: a name, a number, a declared fact, or at least three content words.
 */
export function hasSpecificWord(letter: Letter, sentence: Sentence, skip?: { first: number; last: number }): boolean {
  const { specific, content } = tally(letter, sentence)
  const n = sentence.words.length
  const outside = (counts: number[]) => counts[n]! - (skip ? counts[skip.last + 1]! - counts[skip.first]! : 0)
  return outside(specific) > 0 || outside(content) >= 3
}
