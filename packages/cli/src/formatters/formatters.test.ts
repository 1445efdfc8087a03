import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import type { Ajv, Options } from 'ajv'
import { describe, expect, it } from 'vitest'
import { runCli } from '../test-support/run-cli.js'

const require = createRequire(import.meta.url)
// The SARIF schema is draft-04, which only ajv-draft-04 validates; it is CommonJS with `exports.default`.
const AjvDraft04 = (require('ajv-draft-04') as { default: new (options: Options) => Ajv }).default

describe('github', () => {
  it('writes one workflow command per finding, escaped', async () => {
    const { stdout } = await runCli(['letters/template.md', '--format', 'github', '--rule', 'missing-interviewer=off'])
    expect(stdout.split('\n')).toEqual([
      '::error file=letters/template.md,line=6,col=6,endLine=6,endColumn=24,title=letterlint(placeholder)::Fill in the placeholder "[Interviewer Name]" before sending.',
      '::error file=letters/template.md,line=8,col=71,endLine=8,endColumn=80,title=letterlint(placeholder)::Fill in the placeholder "<Company>" before sending.',
      '::error file=letters/template.md,line=9,col=35,endLine=9,endColumn=39,title=letterlint(placeholder)::Fill in the placeholder "XXXX" before sending.',
      '::error file=letters/template.md,line=15,col=1,endLine=15,endColumn=10,title=letterlint(placeholder)::Fill in the placeholder "Your Name" before sending.',
      '',
    ])
  })
})

describe('sarif', () => {
  it('is valid SARIF 2.1.0 with rules, regions in UTF-16 code units and plain fixes', async () => {
    const { stdout } = await runCli(['letters', '--format', 'sarif'])
    const log = JSON.parse(stdout)
    const schema = JSON.parse(await readFile(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema)
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    const run = log.runs[0]
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('placeholder')
    const emoji = run.results.find((r: { ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.ruleId === 'indefinite-article' && r.locations[0]!.physicalLocation.artifactLocation.uri === 'letters/emoji.md')
    expect(emoji.locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 30, endLine: 10, endColumn: 31, charOffset: expect.any(Number), charLength: 1 })
    expect(emoji.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('an')
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
  })
})

describe('stylish', () => {
  it('groups by file with a summary, in colour only when asked', async () => {
    const plain = await runCli(['letters/bom.md'])
    expect(plain.stdout).not.toMatch(/\x1b\[/)
    expect(plain.stdout.split('\n')[0]).toBe('letters/bom.md')
    expect(plain.stdout).toMatch(/^ {2}8:33-8:34 +warning +Use "an" before "honor", not "a"\. +indefinite-article$/m)
    expect(plain.stdout).toMatch(/^✖ \d+ problems \(0 errors, \d+ warnings, 0 info\)$/m)
    expect(plain.stdout).toContain('1 problem can be fixed with the --fix option.')
    const coloured = await runCli(['letters/bom.md', '--color'])
    expect(coloured.stdout).toMatch(/\x1b\[/)
  })

  it('prints nothing for clean letters', async () => {
    const { code, stdout } = await runCli(['letters/no-frontmatter.md', '--rule', 'length=off'])
    expect(stdout).toBe('')
    expect(code).toBe(0)
  })
})
