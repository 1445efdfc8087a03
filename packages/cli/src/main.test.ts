import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, scratchCopy } from './test-support/run-cli.js'

interface JsonResult {
  path: string
  findings: Array<{ ruleId: string; severity: string; line: number; column: number; message: string; fix?: unknown }>
  error?: string
}

const parse = (stdout: string) => JSON.parse(stdout) as JsonResult[]

describe('usage', () => {
  it('prints help and exits 0', async () => {
    const { code, stdout } = await runCli(['--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: letterlint \[options\]/)
  })

  it('prints the version', async () => {
    const { code, stdout } = await runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it.each([
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['--format', 'xml'], 'Unknown format "xml"; use stylish, json, sarif, github.'],
    [['--max-warnings', 'many'], '--max-warnings takes a whole number, not "many".'],
    [['--rule', 'spelling'], '--rule takes id=severity (off, info, warning, error), not "spelling".'],
    [['--rule', 'speling=off', 'letters'], '--rule names an unknown rule "speling"; see letterlint --list-rules.'],
    [['--fix', '--fix-dry-run'], 'Use --fix or --fix-dry-run, not both.'],
    [['no/such/folder'], 'No such file or folder: no/such/folder'],
    [['nothing-*.md'], 'No files match "nothing-*.md".'],
  ])('%j is a usage error: one line, exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.split('\n')[0]).toContain(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })
})

describe('linting folders', () => {
  it('lints every letter of a folder in path order, with paths relative to the working folder', async () => {
    const { code, stdout } = await runCli(['letters', '--format', 'json'])
    const results = parse(stdout)
    expect(results.map((result) => result.path)).toEqual([...results.map((result) => result.path)].sort())
    expect(results.map((result) => result.path)).toContain('letters/generic.md')
    expect(results.find((result) => result.path === 'letters/template.md')!.findings.filter((f) => f.ruleId === 'placeholder')).toHaveLength(4)
    expect(code).toBe(1)
  })

  it('exits 0 when there are only warnings, 1 with --max-warnings below their count', async () => {
    expect((await runCli(['letters/generic.md'])).code).toBe(0)
    const over = await runCli(['letters/generic.md', '--max-warnings', '3'])
    expect(over.code).toBe(1)
    expect(over.stderr).toMatch(/^letterlint: \d+ warnings, more than --max-warnings 3\.\n$/)
  })

  it('exits 1 on errors, and --quiet shows errors only', async () => {
    const { code, stdout } = await runCli(['letters/template.md', '--quiet', '--format', 'json'])
    expect(code).toBe(1)
    expect(new Set(parse(stdout)[0]!.findings.map((f) => f.severity))).toEqual(new Set(['error']))
  })

  it('--rule turns a rule off for the run', async () => {
    const { stdout } = await runCli(['letters/template.md', '--rule', 'placeholder=off', '--format', 'json'])
    expect(parse(stdout)[0]!.findings.some((f) => f.ruleId === 'placeholder')).toBe(false)
  })

  it('skips README files and .letterlintignore entries when searching folders, not when named', async () => {
    const dir = await scratchCopy('generic.md', 'specific.md')
    await writeFile(path.join(dir, 'README.md'), 'To whom it may concern,\n')
    await mkdir(path.join(dir, 'drafts'))
    await writeFile(path.join(dir, 'drafts', 'old.md'), 'To whom it may concern,\n')
    await writeFile(path.join(dir, '.letterlintignore'), 'drafts/\n')
    const all = parse((await runCli(['--format', 'json'], { cwd: dir })).stdout).map((result) => result.path)
    expect(all).toEqual(['generic.md', 'specific.md'])
    const named = parse((await runCli(['README.md', '--format', 'json'], { cwd: dir })).stdout).map((result) => result.path)
    expect(named).toEqual(['README.md'])
  })

  it('reports unreadable input per file and goes on with the rest', async () => {
    const dir = await scratchCopy('specific.md')
    await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await writeFile(path.join(dir, 'latin1.md'), Buffer.from('Dear Zo\xeb,\n', 'latin1'))
    const { code, stdout, stderr } = await runCli(['--format', 'json'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const results = parse(stdout)
    expect(results.find((r) => r.path === 'binary.md')!.error).toBe('looks like a binary file (it contains NUL bytes); skipped')
    expect(results.find((r) => r.path === 'latin1.md')!.error).toBe('is not valid UTF-8 text; skipped')
    expect(results.find((r) => r.path === 'specific.md')!.error).toBeUndefined()
  })
})

describe('configuration', () => {
  it('uses the nearest .letterlintrc.json', async () => {
    const dir = await scratchCopy('template.md')
    await writeFile(path.join(dir, '.letterlintrc.json'), JSON.stringify({ rules: { placeholder: 'warning', 'missing-interviewer': 'off' } }))
    const { code, stdout } = await runCli(['--format', 'json'], { cwd: dir })
    const findings = parse(stdout)[0]!.findings
    expect(findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning'])
    expect(findings.some((f) => f.ruleId === 'missing-interviewer')).toBe(false)
    expect(code).toBe(0)
  })

  it('names the file, line and column of a broken configuration and exits 2', async () => {
    const dir = await scratchCopy('generic.md')
    await writeFile(path.join(dir, '.letterlintrc.json'), '{\n  "rules": {\n    "lenght": "off"\n  }\n}\n')
    const { code, stdout, stderr } = await runCli(['generic.md'], { cwd: dir })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`letterlint: ${path.join(dir, '.letterlintrc.json')}:3:5: Unknown rule "lenght". Did you mean "length"?\n`)
  })

  it('--config applies one file to every letter', async () => {
    const dir = await scratchCopy('generic.md')
    await writeFile(path.join(dir, 'strict.yaml'), 'extends: letterlint:strict\n')
    const { code, stdout } = await runCli(['generic.md', '--config', 'strict.yaml', '--format', 'json'], { cwd: dir })
    expect(code).toBe(1)
    expect(new Set(parse(stdout)[0]!.findings.map((f) => f.severity))).toEqual(new Set(['error']))
  })

  it('--print-config shows what applies to a letter', async () => {
    const dir = await scratchCopy('generic.md')
    await writeFile(path.join(dir, '.letterlintrc.json'), JSON.stringify({ rules: { length: { maxWords: 180 } }, words: ['Kowalczyk'] }))
    const { code, stdout } = await runCli(['--print-config', 'generic.md'], { cwd: dir })
    expect(code).toBe(0)
    const printed = JSON.parse(stdout)
    expect(printed.file).toBe(path.join(dir, '.letterlintrc.json'))
    expect(printed.rules.length).toEqual({ severity: 'warning', options: { maxWords: 180, minWords: 50, maxParagraphs: 4, maxSentenceWords: 35 } })
    expect(printed.words).toEqual(['Kowalczyk'])
  })

  it('--init writes a configuration and an example letter that lints clean, and never overwrites', async () => {
    const dir = await scratchCopy()
    const first = await runCli(['--init'], { cwd: dir })
    expect(first.code).toBe(0)
    expect(JSON.parse(await readFile(path.join(dir, '.letterlintrc.json'), 'utf8')).extends).toBe('letterlint:recommended')
    const lint = await runCli(['letters', '--format', 'json'], { cwd: dir })
    expect(parse(lint.stdout)[0]!.findings.filter((f) => f.ruleId !== 'timeliness')).toEqual([])
    const again = await runCli(['--init'], { cwd: dir })
    expect(again.code).toBe(2)
    expect(again.stderr.split('\n')[0]).toBe('letterlint: .letterlintrc.json and letters/example.md already exist; nothing was written.')
  })
})

describe('rules listing', () => {
  it('lists every rule as text and as JSON', async () => {
    const text = await runCli(['--list-rules'])
    expect(text.stdout).toMatch(/^directive\s+warning\s+Â?/m)
    const json = JSON.parse((await runCli(['--list-rules', '--format', 'json'])).stdout) as Array<{ id: string; url: string }>
    expect(json.map((rule) => rule.id)).toContain('generic-phrase')
    expect(json.every((rule) => rule.url.endsWith('#' + rule.id))).toBe(true)
  })
})

describe('standard input', () => {
  it('lints text from stdin under the name given', async () => {
    const { code, stdout } = await runCli(['--stdin', '--stdin-filename', 'letters/new.md', '--format', 'json'], { stdin: 'Dear [Name],\n\nThank you for your time.\n' })
    expect(code).toBe(1)
    const [result] = parse(stdout)
    expect(result!.path).toBe('letters/new.md')
    expect(result!.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toContain('1:6 placeholder')
  })
})

describe('--fix', () => {
  it('applies safe fixes only, keeps CRLF, BOM and file mode, and leaves the rest reported', async () => {
    const dir = await scratchCopy('crlf.md', 'bom.md', 'misspelled.md')
    await chmod(path.join(dir, 'crlf.md'), 0o640)
    const { code, stdout } = await runCli(['--fix', '--format', 'json'], { cwd: dir })
    expect(code).toBe(0)
    const crlf = await readFile(path.join(dir, 'crlf.md'), 'utf8')
    expect(crlf).toContain('the tour of the depot and the routing dashboard.\r\n')
    expect(crlf.replace(/\r\n/g, '')).not.toContain('\n')
    expect((await stat(path.join(dir, 'crlf.md'))).mode & 0o777).toBe(0o640)
    const bom = await readFile(path.join(dir, 'bom.md'))
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bom.toString('utf8')).toContain('It was an honor to tour the depot.')
    const misspelled = await readFile(path.join(dir, 'misspelled.md'), 'utf8')
    expect(misspelled).toContain('before the peak season.')
    expect(misspelled).toContain('I led a similar migration')
    // Spelling is a suggestion, never applied blindly.
    expect(misspelled).toContain('explaning')
    const after = parse(stdout)
    expect(after.flatMap((result) => result.findings).filter((f) => f.fix)).toEqual([])
    expect(after.find((r) => r.path === 'misspelled.md')!.findings.some((f) => f.ruleId === 'spelling')).toBe(true)
    expect((await readdir(dir)).filter((name) => name.includes('letterlint-tmp'))).toEqual([])
  })

  it('--fix-dry-run prints a diff and changes nothing', async () => {
    const dir = await scratchCopy('misspelled.md')
    const before = await readFile(path.join(dir, 'misspelled.md'), 'utf8')
    const { stdout } = await runCli(['--fix-dry-run', '--format', 'json'], { cwd: dir })
    expect(await readFile(path.join(dir, 'misspelled.md'), 'utf8')).toBe(before)
    expect(stdout).toContain('--- a/misspelled.md')
    expect(stdout).toContain('-the chance to see how Ms. Whitfeld\'s team tests a cut-over before the the peak season.')
    expect(stdout).toContain('+the chance to see how Ms. Whitfeld\'s team tests a cut-over before the peak season.')
  })
})
