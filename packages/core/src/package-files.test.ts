import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string | { types: string; default: string }> }

/** What `npm pack` would publish, as paths inside the package. */
function packedFiles(): Set<string> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>
  return new Set(packed!.files.map((file) => file.path))
}

describe('the published package', () => {
  const files = packedFiles()

  it('holds every file its exports name', () => {
    const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : [target.types, target.default]))
    expect(targets.map((target) => target.replace(/^\.\//, '')).filter((target) => !files.has(target))).toEqual([])
  })

  it('holds the word lists and the suggestion index the build writes', () => {
    const data = readdirSync(new URL('../data/', import.meta.url))
    expect(data.length).toBeGreaterThan(0)
    expect(data.filter((name) => !files.has(`data/${name}`))).toEqual([])
  })
})
