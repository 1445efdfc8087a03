import { presetConfig, type LetterJob } from '@letterlint/core'
import { afterEach, describe, expect, it } from 'vitest'
import { LintPool } from './lint-pool.js'

const FAILING_WORKER = new URL('../test-support/failing-worker.js', import.meta.url)
const OPTIONS = { fingerprint: false }

function jobs(texts: string[]): LetterJob[] {
  const config = { ...presetConfig('recommended'), words: ['Kowalczyk'] }
  return texts.map((text, i) => ({ letter: { path: `letters/${i}.md`, text, config }, workspace: {} }))
}

let pool: LintPool | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
  delete process.env['LETTERLINT_TEST_DIE_AT_START']
})

describe('the lint pool', () => {
  it('answers every letter in order, each with its own configuration, calling back once per letter', async () => {
    pool = new LintPool(2, FAILING_WORKER)
    const texts = Array.from({ length: 50 }, (_, i) => 'x'.repeat(i))
    let done = 0
    const results = await pool.linter(jobs(texts), OPTIONS, () => done++)
    expect(results.map((result) => ('facts' in result ? result.facts.words : -1))).toEqual(texts.map((text) => text.length))
    expect(results.every((result) => 'facts' in result && (result.facts as unknown as { config: string[] }).config[0] === 'Kowalczyk')).toBe(true)
    expect(done).toBe(50)
  })

  it('fails only the letters of a batch whose worker died, with the reason, and goes on with a new worker', async () => {
    pool = new LintPool(1, FAILING_WORKER)
    // 8 batches of one letter each for one worker: the third dies.
    const results = await pool.linter(jobs(['a', 'b', 'EXIT', 'c', 'd', 'e', 'f', 'g']), OPTIONS)
    expect(results.map((result) => ('error' in result ? result.error : 'ok'))).toEqual([
      'ok',
      'ok',
      'could not be linted: the worker thread linting it stopped (exit code 3) (a letterlint bug: please report it with this letter)',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
    ])
  })

  it('gives up, failing every letter with the reason, when workers die before they can lint anything', async () => {
    process.env['LETTERLINT_TEST_DIE_AT_START'] = '1'
    pool = new LintPool(2, FAILING_WORKER)
    const results = await pool.linter(jobs(['a', 'b', 'c']), OPTIONS)
    expect(results).toHaveLength(3)
    for (const result of results) expect('error' in result && result.error).toMatch(/^could not be linted: the worker thread linting it stopped \(.*cannot load.*\)/)
  })

  it('fails letters at once when every worker died before they were sent (the CLI reads files meanwhile)', async () => {
    process.env['LETTERLINT_TEST_DIE_AT_START'] = '1'
    pool = new LintPool(2, FAILING_WORKER)
    // Let the workers and all their replacements die first.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const results = await pool.linter(jobs(['a', 'b']), OPTIONS)
    expect(results.map((result) => 'error' in result && /cannot load/.test(result.error))).toEqual([true, true])
  })
})
