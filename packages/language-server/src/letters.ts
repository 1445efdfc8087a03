import path from 'node:path'
import { fileURLToPath } from 'node:url'
import picomatch from 'picomatch'
import type { EditorSettings } from './settings.js'

/** Frontmatter that only a letter has: `to:`, `company:`, `interviewed:`… */
const LETTER_FRONTMATTER = /^\uFEFF?---\r?\n(?:[^\n]*\n)*?(?:to|interviewer|interviewers|company|role|position|interviewed|topics)\s*:/

/** The file system path of a `file:` URI, else `undefined` (untitled buffers, other schemes). */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/**
 * Decides which Markdown documents are letters: matching the configured globs, having letter
 * frontmatter, or living under a folder with a letterlint configuration. A README in an unrelated
 * repository gets nothing.
 */
export class LetterFilter {
  private matchers: Array<(file: string) => boolean> = []

  constructor(
    private readonly folders: () => readonly string[],
    private readonly hasConfig: (file: string) => boolean,
  ) {}

  configure(settings: EditorSettings): void {
    this.matchers = settings.letters.map((glob) => picomatch(glob, { dot: true }))
  }

  isLetter(uri: string, languageId: string | undefined, text: string): boolean {
    const file = filePath(uri)
    const markdown = languageId === 'markdown' || (file ?? uri).toLowerCase().endsWith('.md')
    if (!markdown) return false
    if (LETTER_FRONTMATTER.test(text.slice(0, 2000))) return true
    if (!file) return false
    const relative = this.relative(file)
    if (relative !== undefined && this.matchers.some((match) => match(relative))) return true
    return this.hasConfig(file)
  }

  /** Path relative to the workspace folder that holds it, with forward slashes. */
  relative(file: string): string | undefined {
    for (const folder of this.folders()) {
      const relative = path.relative(folder, file)
      if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative.split(path.sep).join('/')
    }
    return undefined
  }
}
