import { describe, expect, it } from 'vitest'
import { bare } from '../letter/mentions.js'
import { lint } from '../lint.js'
import { parseLetter } from '../test-support/parse-letter.js'
import { fingerprint, similarity } from './fingerprint.js'
import { findSimilar } from './find-similar.js'
import { SimilarityIndex } from './similarity-index.js'

const SENTENCES = [
  'Thank you for walking me through the Kafka migration on Thursday.',
  'Your point about keeping on-call load flat while both pipelines run stayed with me.',
  'At Contoso I led a similar move of forty services onto Kafka.',
  'The runbook I wrote for it halved our overnight pages.',
  'I would bring that experience to the data platform role from the first week.',
  'Seeing the broken-consumer dashboard made the schema registry checks concrete.',
  'I left our conversation excited about helping the team finish the cut-over.',
  'The Denver depot tour showed how much the routing events matter to drivers.',
  'I have been sketching how contract tests could run in the producers’ pipelines.',
  'Your question about rollback drills is one I would love to keep working on.',
]

function letter(sentences: string[]): string {
  return `Dear Dana,\n\n${sentences.join(' ')}\n\nBest regards,\nAlex\n`
}

/** Jaccard similarity of the two letters' three-word shingles, counted exactly. */
async function exact(a: string, b: string): Promise<number> {
  const shingles = async (text: string) => {
    const words = (await parseLetter(text)).sentences.flatMap((s) => s.words.map(bare))
    return new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' ')))
  }
  const [x, y] = [await shingles(a), await shingles(b)]
  return [...x].filter((s) => y.has(s)).length / new Set([...x, ...y]).size
}

async function print(text: string): Promise<Uint32Array> {
  return (await lint(text, { fingerprint: true })).facts.fingerprint!
}

describe('fingerprint', () => {
  it('estimates the Jaccard similarity of shingles within 0.15, from identical to unrelated letters', async () => {
    const base = letter(SENTENCES)
    for (let replaced = 0; replaced <= SENTENCES.length; replaced += 2) {
      const other = letter(SENTENCES.map((sentence, i) => (i < replaced ? `Replacement number ${i} talks about a different afternoon entirely.` : sentence)))
      const estimate = similarity(await print(base), await print(other))
      expect(Math.abs(estimate - (await exact(base, other))), `${replaced} sentences replaced`).toBeLessThan(0.15)
    }
  })

  it('is the same for the same body whatever the greeting', async () => {
    const body = SENTENCES.slice(0, 5)
    expect(similarity(await print(letter(body)), await print(letter(body).replace('Dear Dana', 'Dear Marcus')))).toBe(1)
  })

  it('finds the near-identical pair among many letters without comparing all of them', async () => {
    const prints = await Promise.all(
      SENTENCES.map(async (_, i) => ({ path: `letter-${i}.md`, signature: await print(letter([...SENTENCES.slice(i), ...SENTENCES.slice(0, i)].slice(0, 4))) })),
    )
    prints.push({ path: 'copy.md', signature: await print(letter(SENTENCES.slice(3, 7))) })
    // letter-3 is the same text; letter-2 and letter-4 share three of its four sentences.
    expect(findSimilar(prints, 0.9).get('copy.md')).toEqual([{ path: 'letter-3.md', similarity: 1 }])
    expect(findSimilar(prints, 0.4).get('copy.md')?.map((match) => match.path).sort()).toEqual(['letter-2.md', 'letter-3.md', 'letter-4.md'])
  })

  it('needs three words', async () => {
    expect(fingerprint(await parseLetter('Dear Dana,\n\nThanks again.\n'))).toBeUndefined()
  })
})

describe('SimilarityIndex', () => {
  it('follows a letter as it is indexed again and again (an open letter, at every keystroke)', async () => {
    const index = new SimilarityIndex()
    const near = await print(letter(SENTENCES.slice(0, 6)))
    index.set({ path: 'other.md', signature: near })
    const query = { path: 'open.md', signature: near }
    const typing = [letter(SENTENCES.slice(0, 6)), letter(SENTENCES.slice(0, 5)), letter(SENTENCES.slice(5)), letter(SENTENCES.slice(0, 6))]
    const found: string[][] = []
    const prints: Uint32Array[] = []
    for (const text of typing) {
      prints.push(await print(text))
      index.set({ path: 'open.md', signature: prints.at(-1)! })
      found.push(index.similarTo({ path: 'other.md', signature: near }, 0.7).map((match) => match.path))
    }
    expect(found).toEqual([['open.md'], ['open.md'], [], ['open.md']])
    expect(index.similarTo(query, 0.7).map((match) => match.path)).toEqual(['other.md'])
    index.delete('open.md')
    // Nothing of any version of it is left behind.
    for (const signature of prints) expect(index.similarTo({ path: 'other.md', signature }, 0)).toEqual([])
    expect(index.size).toBe(1)
  })
})
