import { parseDocument } from 'yaml'
import type { Config } from '../config/config.js'
import { InputLimitError, type InputLimits } from '../input-limits.js'
import { lint, type LintOptions, type LintResult } from '../lint.js'
import { findSimilar } from './find-similar.js'
import { companyKey, type LetterPrint } from './similarity-index.js'

/** A letter that could not be linted, and why. */
export interface LetterFailure {
  error: string
  /** The line to blame (1-based), when one is. */
  line?: number
}

/** One letter of a set linted together. */
export interface LetterInput {
  /** How findings name the letter to others (a path relative to where the user ran the tool). */
  path: string
  text: string
  config: Config
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/

/** `to` and `company` from a letter's frontmatter, read cheaply without linting it. */
export function declaredNames(text: string): { to: string[]; company?: string } {
  const yaml = FRONTMATTER.exec(text)?.[1]
  if (!yaml) return { to: [] }
  try {
    const data = parseDocument(yaml).toJS({ maxAliasCount: 50 }) as Record<string, unknown> | null
    const to = data?.['to']
    const company = data?.['company']
    return {
      to: (Array.isArray(to) ? to : [to]).filter((name): name is string => typeof name === 'string'),
      ...(typeof company === 'string' ? { company } : {}),
    }
  } catch {
    return { to: [] }
  }
}

/**
 * Lints letters together, so that workspace rules see the whole set: `wrong-company` learns the
 * companies and interviewers of the other letters, and `unique-letter` finds near-identical letters
 * to one company (by MinHash, never all pairs); those letters are linted once more with what was found.
 */
export async function lintLetters(
  letters: readonly LetterInput[],
  options: { now?: number; limits?: Partial<InputLimits>; onProgress?: (done: number, total: number) => void } = {},
): Promise<Array<LintResult | LetterFailure>> {
  const { onProgress, ...lintOptions } = options
  // One letter that trips a bug must not cost the user the findings of all the others.
  const safely = async (letter: LetterInput, workspace: LintOptions['workspace']): Promise<LintResult | LetterFailure> => {
    try {
      return await lint(letter.text, { config: letter.config, workspace, fingerprint: letters.length > 1, ...lintOptions })
    } catch (error) {
      if (error instanceof InputLimitError) return { error: `skipped: ${error.message}`, ...(error.line ? { line: error.line } : {}) }
      return { error: `could not be linted: ${(error as Error)?.message ?? String(error)} (a letterlint bug: please report it with this letter)` }
    }
  }
  const declared = letters.map((letter) => declaredNames(letter.text))
  const companies = [...new Set(declared.flatMap((names) => (names.company ? [names.company] : [])))]
  const people = [...new Set(declared.flatMap((names) => names.to))]
  const workspace = { companies, people }
  const results: Array<LintResult | LetterFailure> = []
  for (const letter of letters) {
    results.push(await safely(letter, workspace))
    onProgress?.(results.length, letters.length)
  }

  const prints: LetterPrint[] = []
  let threshold = 1
  results.forEach((result, i) => {
    const rule = letters[i]!.config.rules['unique-letter']
    if ('error' in result || !result.facts.fingerprint || !rule || rule.severity === 'off') return
    threshold = Math.min(threshold, Number(rule.options['threshold']))
    const company = companyKey(result.facts.company)
    prints.push({ path: letters[i]!.path, signature: result.facts.fingerprint, ...(company ? { company } : {}) })
  })
  const similar = findSimilar(prints, threshold)
  for (let i = 0; i < letters.length; i++) {
    const found = similar.get(letters[i]!.path)
    if (found) results[i] = await safely(letters[i]!, { ...workspace, similar: found })
  }
  return results
}
