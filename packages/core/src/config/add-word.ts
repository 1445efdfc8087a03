import { randomBytes } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { applyEdits, modify, parse as parseJsonc, type ParseError } from 'jsonc-parser'
import { isSeq, parseDocument } from 'yaml'
import { ConfigError } from './load.js'

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }

async function readOrEmpty(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** JSON with the word appended to `words` (under `letterlint` in package.json), formatting kept. */
function addToJson(file: string, text: string, word: string, key: string[]): string | undefined {
  const errors: ParseError[] = []
  const data = parseJsonc(text, errors) as Record<string, unknown> | undefined
  if (errors.length > 0 || !data || typeof data !== 'object') throw new ConfigError(file, 'is not valid JSON; fix it before adding words')
  const holder = key.reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], data) as Record<string, unknown> | undefined
  const words = holder?.['words']
  if (Array.isArray(words) && words.includes(word)) return undefined
  const at = Array.isArray(words) ? [...key, 'words', -1] : [...key, 'words']
  return applyEdits(text, modify(text, at, Array.isArray(words) ? word : [word], { ...FORMAT, isArrayInsertion: Array.isArray(words) }))
}

/** YAML with the word appended to `words`, comments kept. */
function addToYaml(file: string, text: string, word: string): string | undefined {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) throw new ConfigError(file, 'is not valid YAML; fix it before adding words')
  const words = doc.get('words', true)
  if (isSeq(words)) {
    if (words.items.some((item) => String((item as { value?: unknown }).value ?? item) === word)) return undefined
    words.add(word)
  } else {
    doc.set('words', [word])
  }
  return doc.toString()
}

/**
 * Adds a word to a configuration file's personal word list, creating the file (as
 * `.letterlintrc.json`) when it does not exist. Writes through a temporary file and a rename, so
 * the configuration is never left half-written. Returns whether the file changed.
 */
export async function addWordToConfig(file: string, word: string): Promise<boolean> {
  const text = await readOrEmpty(file)
  const name = path.basename(file)
  let next: string | undefined
  if (text === undefined) next = JSON.stringify({ words: [word] }, null, 2) + '\n'
  else if (name.endsWith('.yaml') || name.endsWith('.yml')) next = addToYaml(file, text, word)
  else next = addToJson(file, text, word, name === 'package.json' ? ['letterlint'] : [])
  if (next === undefined) return false
  const temporary = path.join(path.dirname(file), `.${name}.${randomBytes(6).toString('hex')}.tmp`)
  await writeFile(temporary, next, { flag: 'wx' })
  await rename(temporary, file)
  return true
}
