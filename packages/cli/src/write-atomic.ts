import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'

/** The file changed on disk after it was read: writing would lose someone's edit. */
export class ChangedOnDiskError extends Error {
  override name = 'ChangedOnDiskError'
}

/**
 * Replaces a file's content without ever leaving it half-written: the new text goes to a temporary
 * file in the same folder (same file system), is flushed to disk with the original's mode, and is
 * renamed over the original. Refuses when the file no longer holds `expected` (changed since read).
 */
export async function writeAtomic(file: string, content: Buffer, expected: Buffer): Promise<void> {
  const before = await stat(file)
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.letterlint-tmp`)
  const handle = await open(temporary, 'wx', before.mode & 0o7777)
  try {
    await handle.writeFile(content)
    await handle.chmod(before.mode & 0o7777)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    const current = await open(file, 'r')
    let now: Buffer
    try {
      now = await current.readFile()
    } finally {
      await current.close()
    }
    if (!now.equals(expected)) throw new ChangedOnDiskError('changed on disk since it was read; not fixed')
    await rename(temporary, file)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
