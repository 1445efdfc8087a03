import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileResult } from './formatters/index.js'
import { FIXTURES, runCli, scratchCopy } from './test-support/run-cli.js'

const parse = (stdout: string) => JSON.parse(stdout) as Array<FileResult & { messages?: unknown }>

/** Nine aliases of nine aliases of…: expanding `to: *i` would make 387,420,489 strings. */
function aliasBomb(): string {
  let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level)
    const previous = String.fromCharCode(96 + level)
    yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`
  }
  return `---\n${yaml}to: *i\n---\nDear Dana,\n\nThanks.\n`
}

/** Each finding of a result as "line:column rule". */
function places(result: FileResult | undefined): string[] {
  return (result?.findings ?? []).map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`)
}

describe('bad input', () => {
  it('gives each bad file one clear message, no stack trace, and lints the rest of the folder', async () => {
    const dir = await scratchCopy('specific.md')
    const write = (name: string, content: string | Buffer) => writeFile(path.join(dir, name), content)
    await write('empty.md', '')
    await write('only-frontmatter.md', '---\nto: Dana\ncompany: Acme\n---\n')
    await write('wrong-types.md', '---\nto: 42\ninterviewed: next Tuesday\n---\nDear Dana,\n\nThanks.\n')
    await write('unterminated.md', '---\nto: Dana\ncompany: Acme\n')
    await write('tabs.md', '---\nto: Dana\n\tcompany: Acme\n---\nDear Dana,\n\nThanks.\n')
    await write('alias-bomb.md', aliasBomb())
    await write('nested-lists.md', `Dear Dana,\n\n${'- '.repeat(10_000)}item\n`)
    await write('nested-quotes.md', `Dear Dana,\n\n${'>'.repeat(10_000)} deep\n`)
    await write('unclosed-html.md', `Dear Dana,\n\n${'x <?\n'.repeat(1000)}${'We talked about the depot rota.\n'.repeat(7000)}`)
    await write('huge.md', `Dear Dana,\n\n${'We talked about the depot rota. '.repeat(350_000)}\n`)
    await write('many-lines.md', `Dear Dana,\n\n${'word\n'.repeat(200_000)}`)
    await write('long-line.md', `Dear Dana,\n\n${'x'.repeat(1_000_000)}\n`)
    await mkdir(path.join(dir, 'folder.md'))
    await symlink('loop.md', path.join(dir, 'loop.md'))

    const started = performance.now()
    const { code, stdout, stderr } = await runCli(['--format', 'json', '.', 'loop.md'], { cwd: dir })
    // Nested lists alone took micromark a minute before they were refused up front.
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(code).toBe(1)
    expect(stderr).toBe('')
    const results = parse(stdout)
    const byPath = (name: string) => results.find((result) => result.path === name)
    expect(results.map((result) => result.path)).toEqual([
      'alias-bomb.md',
      'empty.md',
      'huge.md',
      'long-line.md',
      'loop.md',
      'many-lines.md',
      'nested-lists.md',
      'nested-quotes.md',
      'only-frontmatter.md',
      'specific.md',
      'tabs.md',
      'unclosed-html.md',
      'unterminated.md',
      'wrong-types.md',
    ])
    expect(byPath('huge.md')!.error).toBe('skipped: 10.7 MB is over the size limit of 256 KB for one letter (raise it with --max-file-size)')
    expect(byPath('many-lines.md')!.error).toBe('skipped: 977 KB is over the size limit of 256 KB for one letter (raise it with --max-file-size)')
    expect(byPath('long-line.md')!.error).toBe('skipped: 977 KB is over the size limit of 256 KB for one letter (raise it with --max-file-size)')
    expect(byPath('nested-lists.md')!.error).toBe('skipped: line 3 nests block quotes or list items 10000 deep, more than the 64 a letter could need')
    expect(byPath('nested-quotes.md')!.error).toBe('skipped: line 3 nests block quotes or list items 10000 deep, more than the 64 a letter could need')
    // micromark alone took 12 s on this one: each "<?" sent it looking for "?>" to the paragraph's end.
    expect(byPath('unclosed-html.md')!.error).toBe('skipped: line 3 starts a paragraph the Markdown parser would take too long on: 1000 "<!" or "<?" in 224 KB without a blank line')
    expect(byPath('loop.md')!.error).toBe('is a symbolic link that loops')
    // Malformed frontmatter is a finding at its place, and the rest of the letter is still linted.
    const frontmatter = (name: string) => byPath(name)!.findings.filter((finding) => finding.ruleId === 'frontmatter').map((f) => `${f.line}:${f.column} ${f.message}`)
    expect(frontmatter('alias-bomb.md')).toEqual(['11:5 Frontmatter `to`: Excessive alias count indicates a resource exhaustion attack'])
    expect(frontmatter('tabs.md')).toEqual(['3:1 Invalid frontmatter: Tabs are not allowed as indentation'])
    expect(frontmatter('unterminated.md')).toEqual(['1:1 Frontmatter is not closed: add a `---` line after its last field.'])
    expect(frontmatter('wrong-types.md')).toEqual([
      '2:5 Frontmatter `to` should be a name or a list of names, not 42.',
      '3:14 Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "next Tuesday".',
    ])
    expect(places(byPath('empty.md'))).toEqual(['1:1 length'])
    expect(places(byPath('only-frontmatter.md'))).toEqual(['4:4 length'])
    expect(byPath('specific.md')!.error).toBeUndefined()
  })

  it('lints a big letter when the size limit is raised, and refuses a limit it cannot read', async () => {
    const dir = await scratchCopy()
    await writeFile(path.join(dir, 'big.md'), `Dear Dana,\n\n${'We talked about the depot rota and the routing plan. '.repeat(6000)}\n\nBest,\nAlex\n`)
    const refused = await runCli(['--format', 'json', 'big.md'], { cwd: dir })
    expect(parse(refused.stdout)[0]!.error).toMatch(/^skipped: 311 KB is over the size limit of 256 KB/)
    const raised = await runCli(['--format', 'json', '--max-file-size', '1m', 'big.md'], { cwd: dir })
    expect(parse(raised.stdout)[0]!.error).toBeUndefined()
    expect(places(parse(raised.stdout)[0])).toContainEqual(expect.stringMatching(/ length$/))
    const wrong = await runCli(['--max-file-size', 'lots', 'big.md'], { cwd: dir })
    expect([wrong.code, wrong.stdout, wrong.stderr]).toEqual([2, '', 'letterlint: --max-file-size takes a size in bytes like 300000, 512k or 2m, not "lots".\nRun "letterlint --help" for usage.\n'])
  })

  it('applies the size limit to standard input too', async () => {
    const { code, stdout } = await runCli(['--format', 'json', '--stdin', '--max-file-size', '1k'], { stdin: `Dear Dana,\n\n${'Thanks again. '.repeat(100)}\n` })
    expect(code).toBe(1)
    expect(parse(stdout)[0]!.error).toBe('skipped: 1.4 KB is over the size limit of 1.0 KB for one letter')
  })

  it('reads UTF-16 letters with a byte order mark, and writes fixes back in UTF-16', async () => {
    const text = await readFile(path.join(FIXTURES, 'letters/generic.md'), 'utf8')
    const dir = await scratchCopy()
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    await writeFile(path.join(dir, 'le.md'), le)
    await writeFile(path.join(dir, 'be.md'), Buffer.from(le).swap16())
    await writeFile(path.join(dir, 'utf8.md'), `\uFEFF${text}`)
    const results = parse((await runCli(['--format', 'json', '.'], { cwd: dir })).stdout)
    expect(results.map((result) => result.path)).toEqual(['be.md', 'le.md', 'utf8.md'])
    // The same letter, however encoded, gets the same findings at the same places.
    expect(places(results[0])).toEqual(places(results[2]))
    expect(places(results[1])).toEqual(places(results[2]))
    expect(places(results[2]).length).toBeGreaterThan(3)

    await writeFile(path.join(dir, 'repeated.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Dear Dana,\n\nThank you for the the tour.\n', 'utf16le')]))
    await runCli(['--fix', 'repeated.md'], { cwd: dir })
    const written = await readFile(path.join(dir, 'repeated.md'))
    expect([...written.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(written.subarray(2).toString('utf16le')).toBe('Dear Dana,\n\nThank you for the tour.\n')
  })

  it('says so when a folder holds no letters', async () => {
    const dir = await scratchCopy()
    await mkdir(path.join(dir, 'drafts'))
    const { code, stderr } = await runCli(['drafts'], { cwd: dir })
    expect([code, stderr]).toEqual([2, 'letterlint: No letters (*.md files) in "drafts".\nRun "letterlint --help" for usage.\n'])
  })
})

describe('bad configuration', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['invalid JSON', { '.letterlintrc.json': '{ "rules": { "length": \n' }, '.letterlintrc.json:2:1: invalid JSON: Unexpected end of JSON input'],
    ['an unknown rule', { '.letterlintrc.json': '{ "rules": { "lenght": "off" } }' }, '.letterlintrc.json:1:14: Unknown rule "lenght". Did you mean "length"?'],
    ['an option of the wrong type', { '.letterlintrc.json': '{ "rules": { "length": { "maxWords": "many" } } }' }, '.letterlintrc.json:1:26: rules.length.maxWords must be an integer, not "many".'],
    ['`extends` of a missing file', { '.letterlintrc.json': '{ "extends": "./missing.json" }' }, '.letterlintrc.json: `extends` names a missing file: missing.json'],
    ['a cycle of `extends`', { '.letterlintrc.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./.letterlintrc.json" }' }, 'b.json: `extends` forms a cycle: .letterlintrc.json → b.json → .letterlintrc.json'],
  ]
  for (const [what, files, message] of cases) {
    it(`names the file and place of ${what}, exits 2 and prints nothing else`, async () => {
      const dir = await scratchCopy('specific.md')
      for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content)
      const { code, stdout, stderr } = await runCli(['specific.md'], { cwd: dir })
      expect([code, stdout, stderr]).toEqual([2, '', `letterlint: ${path.join(dir, message)}\n`])
    })
  }
})
