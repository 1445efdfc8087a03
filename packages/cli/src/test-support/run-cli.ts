import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { main } from '../main.js'

/** The repository's shared fixtures. */
export const FIXTURES = path.resolve(import.meta.dirname, '../../../../test-fixtures')

/** Runs the CLI in-process with captured output. */
export async function runCli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv,
    cwd: options.cwd ?? FIXTURES,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...(options.stdin !== undefined ? { stdin: Readable.from([Buffer.from(options.stdin)]) } : {}),
  })
  return { code, stdout, stderr }
}

/** A scratch copy of some fixture letters, for tests that write. */
export async function scratchCopy(...letters: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'letterlint-cli-'))
  for (const letter of letters) await cp(path.join(FIXTURES, 'letters', letter), path.join(dir, letter))
  return dir
}
