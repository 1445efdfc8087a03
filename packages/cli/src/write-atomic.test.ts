import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChangedOnDiskError, writeAtomic } from './write-atomic.js'

describe('writeAtomic', () => {
  it('replaces the content and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'letterlint-write-'))
    const file = path.join(dir, 'letter.md')
    await writeFile(file, 'old text\n')
    await writeAtomic(file, Buffer.from('new text\n'), Buffer.from('old text\n'))
    expect(await readFile(file, 'utf8')).toBe('new text\n')
    expect(await readdir(dir)).toEqual(['letter.md'])
  })

  it('refuses to overwrite a file that changed since it was read, and keeps it intact', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'letterlint-write-'))
    const file = path.join(dir, 'letter.md')
    await writeFile(file, 'edited by someone else\n')
    await expect(writeAtomic(file, Buffer.from('fixed text\n'), Buffer.from('what we read\n'))).rejects.toBeInstanceOf(ChangedOnDiskError)
    expect(await readFile(file, 'utf8')).toBe('edited by someone else\n')
    expect(await readdir(dir)).toEqual(['letter.md'])
  })
})
