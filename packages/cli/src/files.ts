import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from './args.js'

/** Never searched when expanding folders. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']
/**
 * Repository documents that sit beside letters but are not letters; skipped when a folder is
 * searched, linted when named explicitly.
 */
const NOT_LETTERS = /^(?:readme|changelog|contributing|license|licence|code_of_conduct|security)(?:\.[\w-]+)?\.md$/i

/** Path with forward slashes, relative to `cwd`: how findings name a file. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/')
}

function loadIgnore(cwd: string): Ignore {
  const rules = ignore()
  try {
    rules.add(readFileSync(path.join(cwd, '.letterlintignore'), 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`.letterlintignore cannot be read: ${(error as Error).message}`)
  }
  return rules
}

/**
 * The letters named by paths, folders and globs, absolute, sorted and without duplicates.
 * Folders recurse into `*.md`; `.letterlintignore` (gitignore syntax, in `cwd`) applies to what
 * folders and globs find.
 */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const ignored = loadIgnore(cwd)
  const isIgnored = (file: string) => {
    const relative = path.relative(cwd, file)
    return !relative.startsWith('..') && !path.isAbsolute(relative) && ignored.ignores(relative.split(path.sep).join('/'))
  }
  const found = new Set<string>()
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern)
    let stats
    try {
      stats = statSync(absolute)
    } catch (error) {
      // A path that exists but cannot be looked into (a symbolic link loop, no permission) is
      // reported with the letters, so the rest of the run goes on; only a missing one is a mistake.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        found.add(absolute)
        continue
      }
      stats = undefined
    }
    if (stats?.isFile()) {
      found.add(absolute)
    } else if (stats?.isDirectory()) {
      const files = await glob('**/*.md', { cwd: absolute, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false, dot: false })
      const letters = files.filter((file) => !NOT_LETTERS.test(path.basename(file)) && !isIgnored(path.resolve(file)))
      if (letters.length === 0) throw new UsageError(`No letters (*.md files) in "${pattern}".`)
      for (const file of letters) found.add(path.resolve(file))
    } else if (isDynamicPattern(pattern)) {
      const files = await glob(pattern, { cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false })
      if (files.length === 0) throw new UsageError(`No files match "${pattern}".`)
      for (const file of files) if (!isIgnored(path.resolve(file))) found.add(path.resolve(file))
    } else {
      throw new UsageError(`No such file or folder: ${pattern}`)
    }
  }
  return [...found].sort()
}
