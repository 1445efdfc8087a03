import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { companyKey, declaredNames, DEFAULT_INPUT_LIMITS, lint, presetConfig, SimilarityIndex, type Config, type SimilarLetter } from '@letterlint/core'
import { glob } from 'tinyglobby'

/**
 * Every rule off but `unique-letter` (which reports nothing without similar letters): linting then
 * only parses the letter and computes its fingerprint.
 */
const PARSE_ONLY: Config = (() => {
  const config = presetConfig('recommended')
  for (const [id, rule] of Object.entries(config.rules)) if (id !== 'unique-letter') rule.severity = 'off'
  return config
})()

/** Who and which company a letter is for, as its frontmatter declares. */
export interface Entry {
  to: string[]
  company?: string
}

/**
 * The letters of the workspace folders, for the rules that compare letters: who and which company
 * each is for (`wrong-company`) and a MinHash fingerprint of each (`unique-letter`). Built lazily in
 * the background, then kept up to date as documents change and files are created or deleted.
 */
export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>()
  private readonly similarity = new SimilarityIndex()
  /** Each workspace folder's scan, started once. */
  private readonly scans = new Map<string, Promise<number>>()
  /**
   * The last answer of `others`, kept while no entry changes: the same lists at every keystroke let
   * `wrong-company` reuse what it worked out from them (it caches per list, as the CLI passes one).
   */
  private othersOf: { file: string; facts: { companies: string[]; people: string[] } } | undefined

  constructor(private readonly isLetterFile: (file: string, text: string) => boolean) {}

  /**
   * Indexes the letters under each of these folders not scanned yet, resolving to how many letters
   * those scans read. Files `isOpen` are left to their lints: the editor's text is newer than the disk's.
   */
  async ensure(folders: readonly string[], isOpen: (file: string) => boolean): Promise<number> {
    const started = folders.filter((folder) => !this.scans.has(folder)).map((folder) => {
      const scan = this.scan(folder, isOpen)
      this.scans.set(folder, scan)
      return scan
    })
    const counts = await Promise.all(started)
    return counts.reduce((sum, count) => sum + count, 0)
  }

  private async scan(folder: string, isOpen: (file: string) => boolean): Promise<number> {
    let letters = 0
    const files = await glob('**/*.md', { cwd: folder, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], followSymbolicLinks: false })
    for (const file of files) {
      // Yield between files so the server keeps answering while it indexes.
      await new Promise((resolve) => setImmediate(resolve))
      if (!this.scans.has(folder)) break
      if (!isOpen(file) && (await this.updateFromDisk(file))) letters++
    }
    return letters
  }

  /** Drops a workspace folder that was removed, and the letters indexed under it that no remaining folder holds. */
  forget(folder: string, remaining: readonly string[]): void {
    this.scans.delete(folder)
    for (const file of [...this.entries.keys()]) {
      if (isInside(folder, file) && !remaining.some((other) => isInside(other, file))) this.delete(file)
    }
  }

  /** Whether the file is a letter, now indexed. Never rejects: a file that cannot be read, or is too large or too deeply nested to lint, is left out. */
  async updateFromDisk(file: string): Promise<boolean> {
    try {
      // One larger than any letter is not even read.
      if ((await stat(file)).size <= DEFAULT_INPUT_LIMITS.maxBytes) return await this.update(file, await readFile(file, 'utf8'))
    } catch {
      // Unreadable, or refused by core's input limits.
    }
    this.delete(file)
    return false
  }

  /**
   * Records a letter's current text (also for open documents, on every lint, which pass what the
   * lint already found: its fingerprint and declared names); whether it is a letter.
   */
  async update(file: string, text: string, known?: { signature: Uint32Array; names: Entry }): Promise<boolean> {
    // A lint passing what it found has already decided the document is a letter: no second check at every keystroke.
    if (!known && !this.isLetterFile(file, text)) {
      this.delete(file)
      return false
    }
    const names = known?.names ?? declaredNames(text)
    if (!sameEntry(this.entries.get(file), names)) this.othersOf = undefined
    this.entries.set(file, names)
    const print = known?.signature ?? (await lint(text, { config: PARSE_ONLY, fingerprint: true, limits: DEFAULT_INPUT_LIMITS })).facts.fingerprint
    const company = companyKey(names.company)
    if (print) this.similarity.set({ path: file, signature: print, ...(company ? { company } : {}) })
    else this.similarity.delete(file)
    return true
  }

  delete(file: string): void {
    if (this.entries.delete(file)) this.othersOf = undefined
    this.similarity.delete(file)
  }

  /** Companies and interviewers declared by the other letters. */
  others(file: string): { companies: string[]; people: string[] } {
    if (this.othersOf?.file === file) return this.othersOf.facts
    const companies = new Set<string>()
    const people = new Set<string>()
    for (const [path, entry] of this.entries) {
      if (path === file) continue
      if (entry.company) companies.add(entry.company)
      for (const name of entry.to) people.add(name)
    }
    const facts = { companies: [...companies], people: [...people] }
    this.othersOf = { file, facts }
    return facts
  }

  similarTo(file: string, signature: Uint32Array, company: string | undefined, threshold: number): SimilarLetter[] {
    const key = companyKey(company)
    return this.similarity.similarTo({ path: file, signature, ...(key ? { company: key } : {}) }, threshold)
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

function sameEntry(a: Entry | undefined, b: Entry): boolean {
  return a !== undefined && a.company === b.company && a.to.length === b.to.length && a.to.every((name, i) => name === b.to[i])
}
