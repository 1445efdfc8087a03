import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from './test-support/run-cli.js'

const run = promisify(execFile)
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> }
const BIN = path.resolve(import.meta.dirname, '..', manifest.bin['letterlint']!)

describe('the installed bin', () => {
  it('is a file in git, not a build output: `npm ci` links bins before the build writes the bundle', async () => {
    // `git check-ignore` exits 1 for a path that is not ignored.
    const ignored = await run('git', ['check-ignore', '-q', BIN]).then(() => 0, (error: { code: number }) => error.code)
    expect(ignored).toBe(1)
  })

  it('lints through a real process and exits with the findings\' code', async () => {
    const failure = await run(process.execPath, [BIN, 'letters/template.md', '--format', 'json'], { cwd: FIXTURES }).catch((error: { code: number; stdout: string; stderr: string }) => error)
    expect('code' in failure && failure.code).toBe(1)
    const [result] = JSON.parse(failure.stdout) as Array<{ path: string; findings: Array<{ ruleId: string }> }>
    expect(result!.path).toBe('letters/template.md')
    expect(result!.findings.filter((f) => f.ruleId === 'placeholder')).toHaveLength(4)
    expect(failure.stderr).toBe('')
  })

  it('exits 2 with one line for a usage error', async () => {
    const failure = await run(process.execPath, [BIN, '--no-such-flag'], { cwd: FIXTURES }).catch((error: { code: number; stderr: string }) => error)
    expect('code' in failure && failure.code).toBe(2)
    expect(failure.stderr).toBe('letterlint: Unknown option \'--no-such-flag\'.\nRun "letterlint --help" for usage.\n')
  })
})
