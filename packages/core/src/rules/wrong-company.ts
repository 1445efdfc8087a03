import type { Root } from 'nlcst'
import { defineRule, type Report } from '../define-rule.js'
import { bare, contentWords, findCompany, nameTokens, personTokens, sameWord } from '../letter/mentions.js'
import { companyMentions, isExperience } from '../letter/specifics.js'
import { GENERIC_ADDRESSEE } from '../vocab/words.js'
import { editDistance } from '../spelling/suggester.js'
import type { Span } from '../types.js'

function replaceWith(at: Span, value: string): Report['suggestions'] {
  return [{ title: `Replace with "${value}"`, edits: [{ ...at, newText: value }] }]
}

/** The name in a span without its possessive ending: replacing "Contoso" in "Contoso's team" keeps the "'s". */
function nameAt(text: string, at: Span): Span & { name: string } {
  const name = text.slice(at.start, at.end).replace(/['’]s$/, '')
  return { start: at.start, end: at.start + name.length, name }
}

/**
 * The other letters' interviewers as lower-case name tokens, and their companies' content words:
 * the CLI hands every letter of a run the same lists, so they are worked out once per run, not once
 * per letter.
 */
const peopleTokens = new WeakMap<readonly string[], Set<string>>()
const companyWords = new WeakMap<readonly string[], string[][]>()

function tokensOf(people: readonly string[]): Set<string> {
  let found = peopleTokens.get(people)
  if (!found) peopleTokens.set(people, (found = nameTokens(people)))
  return found
}

function wordsOf(companies: readonly string[]): string[][] {
  let found = companyWords.get(companies)
  if (!found) companyWords.set(companies, (found = companies.map(contentWords)))
  return found
}

/** The copy-paste letter: it still names the last company, or the other interviewer. */
export const wrongCompany = defineRule<object, Root>({
  id: 'wrong-company',
  description: 'The body names a company or interviewer other than the ones in frontmatter (or in the other letters linted with it).',
  note: 'Naming the wrong company or person is the surest sign of a copied letter.',
  category: 'specifics',
  defaultSeverity: 'error',
  fixable: 'suggestion',
  tree: 'prose',
  options: {},
  examples: [
    {
      title: 'the last application\'s company',
      text: '---\ncompany: Northwind Logistics\n---\nI would love to join Contoso and help with the migration.\n',
      messages: ['"Contoso" is not the company this letter is for (Northwind Logistics): a copy-paste slip?'],
    },
    {
      title: 'greeting the other interviewer',
      text: '---\nto: Dana Whitfield\n---\nDear Marcus,\n\nThank you, Dana.\n',
      messages: ['"Marcus" is not the interviewer this letter is for (Dana Whitfield): a copy-paste slip?'],
    },
    { title: 'the right names', text: '---\nto: Dana Whitfield\ncompany: Northwind\n---\nDear Dana,\n\nI would love to join Northwind.\n', messages: [] },
  ],
  check({ letter, run, report }) {
    const company = letter.company
    if (company) {
      // "AT&T" has no distinctive word: the name as written is its own.
      const own = contentWords(company).length > 0 ? contentWords(company) : [company.trim().toLowerCase()]
      const isOwn = (word: string) => own.some((token) => sameWord(word, token))
      const reported = new Set<number>()
      const wrong = (found: Span) => {
        const { name, ...at } = nameAt(letter.text, found)
        if (reported.has(at.start)) return
        reported.add(at.start)
        report({ at, message: `"${name}" is not the company this letter is for (${company}): a copy-paste slip?`, suggestions: replaceWith(at, company) })
      }
      // Past employers belong in sentences about experience: "I led a migration at Contoso".
      const sentences = letter.sentences.filter((sentence) => !isExperience(sentence))
      // The other letters' interviewers are reported below as people, not as companies.
      const people = tokensOf(run.workspace.people)
      for (const word of companyMentions(letter, sentences)) if (!isOwn(bare(word)) && !people.has(bare(word))) wrong(word)
      const otherWords = wordsOf(run.workspace.companies)
      for (const [k, other] of run.workspace.companies.entries()) {
        if (otherWords[k]!.some(isOwn)) continue
        const at = findCompany(letter.text, sentences, other, otherWords[k])
        if (at) wrong(at)
      }
    }

    const declared = letter.frontmatter?.to ?? []
    if (declared.length === 0) return
    const ownNames = nameTokens(declared)
    const greeting = letter.structure.greeting
    const greeted = greeting?.name ? personTokens(greeting.name).tokens : []
    // "Dear Ms. Whitfeld" is a typo of the right name (the spelling rule's finding), not another person.
    const isOwnName = (token: string) => [...ownNames].some((own) => own === token || (own.length >= 4 && editDistance(own, token, 2) <= 2))
    if (greeting?.nameSpan && greeted.length > 0 && !GENERIC_ADDRESSEE.test(greeting.name!) && !greeted.some((token) => isOwnName(token.toLowerCase())) && /^\p{Lu}/u.test(greeted[0]!)) {
      const first = personTokens(declared[0]!).first ?? declared[0]!
      report({
        at: greeting.nameSpan,
        message: `"${greeting.name}" is not the interviewer this letter is for (${declared.join(', ')}): a copy-paste slip?`,
        suggestions: replaceWith(greeting.nameSpan, first),
      })
    }
    const others = new Set([...tokensOf(run.workspace.people)].filter((token) => !ownNames.has(token)))
    if (others.size === 0) return
    for (const sentence of letter.sentences) {
      for (const word of sentence.words) {
        if (!/^\p{Lu}/u.test(word.text) || !others.has(bare(word))) continue
        const { name, ...at } = nameAt(letter.text, word)
        report({
          at,
          message: `"${name}" is not the interviewer this letter is for (${declared.join(', ')}): a copy-paste slip?`,
          suggestions: replaceWith(at, personTokens(declared[0]!).first ?? declared[0]!),
        })
      }
    }
  },
})
