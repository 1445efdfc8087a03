import path from 'node:path'
import { addWordToConfig, type ConfigLoader } from '@letterlint/core'

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file)
  return !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * Adds a word to the personal word list of the configuration that applies to a letter, or creates
 * `.letterlintrc.json` in the letter's own folder. Not at the workspace root: a configuration makes
 * every Markdown file below it a letter, and the README beside it is not one. Never writes outside
 * the workspace: a configuration found above it is refused rather than edited.
 */
export async function addWord(options: { file: string; word: string; folders: readonly string[]; loader: ConfigLoader }): Promise<string> {
  const { file, word, folders, loader } = options
  const folder = folders.filter((candidate) => inside(candidate, file)).sort((a, b) => b.length - a.length)[0] ?? path.dirname(file)
  const nearest = loader.nearestFile(file)
  if (nearest && !inside(folder, nearest)) {
    throw new Error(`the configuration that applies (${nearest}) is outside the workspace; add the word there by hand`)
  }
  const target = nearest ?? path.join(path.dirname(file), '.letterlintrc.json')
  await addWordToConfig(target, word)
  return target
}
