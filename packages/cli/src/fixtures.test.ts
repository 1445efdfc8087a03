import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli } from './test-support/run-cli.js'

interface JsonFinding {
  ruleId: string
  severity: string
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

/** One line per finding, as a person reviews it: place, severity, rule, message. */
function render(findings: JsonFinding[]): string {
  return findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId}: ${f.message}`).join('\n') + '\n'
}

const letters = (await readdir(path.join(FIXTURES, 'letters'))).filter((name) => name.endsWith('.md')).sort()

/**
 * Vale-style scenarios: each fixture letter's findings, linted together as a folder, must match
 * `test-fixtures/expected/<letter>.txt`. After a deliberate change, `UPDATE_EXPECTED=1` rewrites them;
 * read every changed line before committing.
 */
describe('fixture letters', async () => {
  const { stdout } = await runCli(['letters', '--format', 'json'])
  const results = JSON.parse(stdout) as Array<{ path: string; findings: JsonFinding[] }>

  it.each(letters)('%s', async (name) => {
    const result = results.find((r) => r.path === `letters/${name}`)!
    const expectedFile = path.join(FIXTURES, 'expected', name.replace(/\.md$/, '.txt'))
    const actual = render(result.findings)
    if (process.env['UPDATE_EXPECTED']) await writeFile(expectedFile, actual)
    expect(actual).toBe(await readFile(expectedFile, 'utf8'))
  })
})
