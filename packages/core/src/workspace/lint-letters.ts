import { parseDocument } from 'yaml'
import type { Config } from '../config/config.js'
import type { WorkspaceFacts } from '../define-rule.js'
import { InputLimitError, type InputLimits } from '../input-limits.js'
import { lint, type LintResult } from '../lint.js'
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

/** One letter of a set and what the other letters show. */
export interface LetterJob {
  letter: LetterInput
  workspace: Partial<WorkspaceFacts>
}

/** How every letter of a set is linted. */
export interface LetterSetOptions {
  now?: number
  limits?: Partial<InputLimits>
  /** Whether to compute fingerprints (there are other letters to compare with). */
  fingerprint: boolean
}

/**
 * Lints letters and resolves to their results in the same order, calling `onDone` once a letter
 * is done. `lintInTurn` lints them one after another in this thread; the CLI spreads them over
 * worker threads.
 */
export type LetterLinter = (jobs: readonly LetterJob[], options: LetterSetOptions, onDone?: () => void) => Promise<Array<LintResult | LetterFailure>>

/** Lints one letter of a set. A letter over the input limits, or one that trips a bug, becomes a failure: it must not cost the user the findings of all the others. */
export async function lintLetter(job: LetterJob, options: LetterSetOptions): Promise<LintResult | LetterFailure> {
  try {
    return await lint(job.letter.text, { config: job.letter.config, workspace: job.workspace, ...options })
  } catch (error) {
    if (error instanceof InputLimitError) return { error: `skipped: ${error.message}`, ...(error.line ? { line: error.line } : {}) }
    return { error: `could not be linted: ${(error as Error)?.message ?? String(error)} (a letterlint bug: please report it with this letter)` }
  }
}

/** The letters one after another, in this thread. */
export const lintInTurn: LetterLinter = async (jobs, options, onDone) => {
  const results: Array<LintResult | LetterFailure> = []
  for (const job of jobs) {
    results.push(await lintLetter(job, options))
    onDone?.()
  }
  return results
}

/**
 * Lints letters together, so that workspace rules see the whole set: `wrong-company` learns the
 * companies and interviewers of the other letters, and `unique-letter` finds near-identical letters
 * to one company (by MinHash, never all pairs); those letters are linted once more with what was found.
 */
export async function lintLetters(
  letters: readonly LetterInput[],
  options: { now?: number; limits?: Partial<InputLimits>; onProgress?: (done: number, total: number) => void; linter?: LetterLinter } = {},
): Promise<Array<LintResult | LetterFailure>> {
  const { onProgress, linter = lintInTurn, ...rest } = options
  const setOptions: LetterSetOptions = { ...rest, fingerprint: letters.length > 1 }
  const declared = letters.map((letter) => declaredNames(letter.text))
  const companies = [...new Set(declared.flatMap((names) => (names.company ? [names.company] : [])))]
  const people = [...new Set(declared.flatMap((names) => names.to))]
  const workspace = { companies, people }
  let done = 0
  const results = await linter(letters.map((letter) => ({ letter, workspace })), setOptions, () => onProgress?.(++done, letters.length))

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
  const again = letters.flatMap((letter, i) => {
    const found = similar.get(letter.path)
    return found ? [{ index: i, job: { letter, workspace: { ...workspace, similar: found } } }] : []
  })
  if (again.length > 0) {
    const relinted = await linter(again.map(({ job }) => job), setOptions)
    again.forEach(({ index }, k) => (results[index] = relinted[k]!))
  }
  return results
}
