import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = path.resolve(import.meta.dirname, '../bundle/bin.js')
/** Kills in the bounded suite; raise with LETTERLINT_KILL_RUNS for a longer campaign. */
const RUNS = Number(process.env['LETTERLINT_KILL_RUNS'] ?? 16)
const LETTERS = 24

/** A letter with one repeated word for `--fix` to mend, long enough that writing it takes a moment. */
function letter(i: number): { before: string; after: string } {
  const body = Array.from({ length: 60 }, (_, k) => `We talked about route ${i}-${k} and the winter plan for the depot.`).join(' ')
  return {
    before: `Dear Dana,\n\n${body}\n\nThank you for the the tour.\n\nBest,\nAlex\n`,
    after: `Dear Dana,\n\n${body}\n\nThank you for the tour.\n\nBest,\nAlex\n`,
  }
}

const name = (i: number) => `letter-${String(i).padStart(2, '0')}.md`

/**
 * Runs `letterlint --fix .` in `dir`, watching the first letter (letters are written in path
 * order). With `kill`, SIGKILLs the run that many milliseconds after the first letter was written;
 * without, lets it finish. Resolves to how long the run went on writing after the first letter.
 */
function fixRun(dir: string, kill?: number): Promise<number> {
  return new Promise((resolve) => {
    const first = path.join(dir, name(0))
    const before = statSync(first).mtimeMs
    let wroteFirst = Number.NaN
    let timer: NodeJS.Timeout | undefined
    const child = spawn(process.execPath, [BIN, '--fix', '.'], { cwd: dir, stdio: 'ignore' })
    const watch = setInterval(() => {
      if (!Number.isNaN(wroteFirst) || statSync(first).mtimeMs === before) return
      wroteFirst = performance.now()
      if (kill !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), kill)
    }, 1)
    child.on('exit', () => {
      clearInterval(watch)
      clearTimeout(timer)
      resolve(performance.now() - wroteFirst)
    })
  })
}

describe('--fix killed at any moment', () => {
  it('leaves every letter either as it was or wholly fixed, with its mode', { timeout: 180_000 }, async () => {
    const letters = Array.from({ length: LETTERS }, (_, i) => letter(i))
    const prepare = async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'letterlint-kill-'))
      await Promise.all(letters.map((text, i) => writeFile(path.join(dir, name(i)), text.before, { mode: 0o640 })))
      return dir
    }
    // How long a run spends writing (and relinting after): the kills land anywhere in it.
    const calibration = await prepare()
    const writing = await fixRun(calibration)
    await rm(calibration, { recursive: true, force: true })
    expect(writing).toBeGreaterThan(0)
    let interrupted = 0
    for (let run = 0; run < RUNS; run++) {
      const dir = await prepare()
      await fixRun(dir, writing * Math.random())
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()
      expect(names).toHaveLength(LETTERS)
      let fixed = 0
      for (const [i, name] of names.entries()) {
        const text = await readFile(path.join(dir, name), 'utf8')
        expect([letters[i]!.before, letters[i]!.after]).toContain(text)
        expect((await stat(path.join(dir, name))).mode & 0o777).toBe(0o640)
        if (text === letters[i]!.after) fixed++
      }
      if (fixed > 0 && fixed < LETTERS) interrupted++
      await rm(dir, { recursive: true, force: true })
    }
    // Some kills must have landed while letters were being written, or the test proved nothing.
    expect(interrupted).toBeGreaterThan(0)
    console.log(`--fix killed ${RUNS} times within the ${writing.toFixed(0)} ms a run spends writing: ${interrupted} stopped midway; every letter intact`)
  })
})
