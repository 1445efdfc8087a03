import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES } from '../test-support/run-cli.js'

const run = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../../bundle/bin.js')

/** Two near copies to one company (unique-letter) and a letter naming another letter's company (wrong-company). */
const BODY = 'Thank you for the tour of the Denver depot on Thursday. I would love to help the team finish the routing migration before the spring peak, and the runbook I wrote at my last job halved our overnight pages.'
const LETTERS: Record<string, string> = {
  'acme-dana.md': `---\nto: Dana Whitfield\ncompany: Acme Freight\n---\nDear Dana,\n\n${BODY}\n\nBest,\nSam\n`,
  'acme-marcus.md': `---\nto: Marcus Lee\ncompany: Acme Freight\n---\nDear Marcus,\n\n${BODY}\n\nBest,\nSam\n`,
  'globex-priya.md': `---\nto: Priya Raman\ncompany: Globex\n---\nDear Priya,\n\nThank you for the talk about the Globex billing rewrite. I would love to bring my Acme Freight work on invoices to it.\n\nBest,\nSam\n`,
}

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'letterlint-concurrency-'))
  await cp(path.join(FIXTURES, 'letters'), path.join(folder, 'letters'), { recursive: true })
  await mkdir(path.join(folder, 'letters', 'more'))
  for (const [name, text] of Object.entries(LETTERS)) await writeFile(path.join(folder, 'letters', 'more', name), text)
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function lintWith(concurrency: string) {
  const outcome = await run(process.execPath, [BIN, 'letters', '--format', 'json', '--concurrency', concurrency], { cwd: folder }).catch((error: { code: number; stdout: string; stderr: string }) => error)
  return { code: 'code' in outcome ? outcome.code : 0, stdout: outcome.stdout, stderr: outcome.stderr }
}

describe('--concurrency', () => {
  it('lints in worker threads with the same findings, byte for byte, as in the main thread, letters compared across threads included', async () => {
    const [inThread, inWorkers, inMany] = await Promise.all([lintWith('off'), lintWith('2'), lintWith('5')])
    expect(inThread.code).toBe(1)
    expect(inThread.stderr).toBe('')
    const results = JSON.parse(inThread.stdout) as Array<{ path: string; findings: Array<{ ruleId: string; message: string }> }>
    expect(results).toHaveLength(13)
    const messages = (name: string, ruleId: string) => results.find((result) => result.path === `letters/more/${name}`)!.findings.filter((f) => f.ruleId === ruleId).map((f) => f.message)
    expect(messages('acme-dana.md', 'unique-letter')).toEqual(['Nearly the same letter as letters/more/acme-marcus.md (100% alike): write each interviewer their own.'])
    expect(messages('globex-priya.md', 'wrong-company')).toEqual(['"Acme" is not the company this letter is for (Globex): a copy-paste slip?'])
    expect(inWorkers).toEqual(inThread)
    expect(inMany).toEqual(inThread)
  })

  it('refuses a count it cannot use, with one line and exit code 2', async () => {
    for (const value of ['0', 'many', '65', '1.5']) {
      const outcome = await lintWith(value)
      expect(outcome.code).toBe(2)
      expect(outcome.stderr).toBe(`letterlint: --concurrency takes a number of worker threads from 1 to 64, auto or off, not "${value}".\nRun "letterlint --help" for usage.\n`)
    }
  })
})
