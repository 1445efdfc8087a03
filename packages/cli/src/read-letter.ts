import { open } from 'node:fs/promises'
import { overSizeLimit } from '@letterlint/core'

/** How a letter's bytes encode its text; fixes are written back the same way. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** A letter read from disk, or why it could not be. */
export type ReadResult = { text: string; bytes: Buffer; encoding: Encoding } | { error: string }

/** A UTF-16 file announces itself with a byte order mark; without one, bytes are read as UTF-8. */
function encodingOf(bytes: Buffer): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return 'utf-8'
}

/**
 * Reads a letter as text: UTF-8, or UTF-16 with a byte order mark. Binary files, invalid text and
 * files over `maxBytes` (checked before reading them) get a message instead of garbage or a wait.
 */
export async function readLetter(file: string, maxBytes: number): Promise<ReadResult> {
  let bytes: Buffer
  try {
    const handle = await open(file, 'r')
    try {
      const { size } = await handle.stat()
      if (size > maxBytes) return { error: `skipped: ${overSizeLimit(size, maxBytes)} (raise it with --max-file-size)` }
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { error: code === 'EISDIR' ? 'is a folder, not a letter' : code === 'EACCES' ? 'cannot be read (permission denied)' : code === 'ELOOP' ? 'is a symbolic link that loops' : `cannot be read (${code ?? (error as Error).message})` }
  }
  const encoding = encodingOf(bytes)
  // ignoreBOM keeps a byte order mark in the text, so offsets and written fixes keep it too.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  if (encoding === 'utf-8' && bytes.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); skipped' }
  try {
    return { text: decoder.decode(bytes), bytes, encoding }
  } catch {
    return { error: encoding === 'utf-8' ? 'is not valid UTF-8 text; skipped' : `is not valid ${encoding.toUpperCase()} text; skipped` }
  }
}

/** The bytes of `text` in `encoding` (the inverse of `readLetter`'s decoding). */
export function encode(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8')
  const bytes = Buffer.from(text, 'utf16le')
  return encoding === 'utf-16be' ? bytes.swap16() : bytes
}
