import { readFile } from 'node:fs/promises'

/** A letter read from disk, or why it could not be. */
export type ReadResult = { text: string; bytes: Buffer } | { error: string }

// ignoreBOM keeps a byte order mark in the text, so offsets and written fixes keep it too.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Reads a letter as UTF-8 text; binary files and invalid UTF-8 get a message instead of garbage. */
export async function readLetter(file: string): Promise<ReadResult> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { error: code === 'EISDIR' ? 'is a folder, not a letter' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? (error as Error).message})` }
  }
  if (bytes.includes(0)) return { error: 'looks like a binary file (it contains NUL bytes); skipped' }
  try {
    return { text: utf8.decode(bytes), bytes }
  } catch {
    return { error: 'is not valid UTF-8 text; skipped' }
  }
}
