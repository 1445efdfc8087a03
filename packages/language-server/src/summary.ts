import { SPECIFICS, type Config, type LintResult, type Specific } from '@letterlint/core'

/** Pushed after each lint; clients that do not know it ignore it, VS Code shows it in the status bar. */
export const SUMMARY_NOTIFICATION = 'letterlint/summary'

/** What a letter amounts to: its length against the target band and the specifics it shows. */
export interface LetterSummary {
  uri: string
  version: number
  words: number
  minWords: number
  maxWords: number
  specifics: Record<Specific, boolean>
  /** How many of the specifics the letter shows, out of `SPECIFICS.length`. */
  present: number
  total: number
  errors: number
  warnings: number
}

export function summarise(uri: string, version: number, result: LintResult, config: Config): LetterSummary {
  const length = config.rules['length']?.options ?? {}
  return {
    uri,
    version,
    words: result.facts.words,
    minWords: Number(length['minWords'] ?? 50),
    maxWords: Number(length['maxWords'] ?? 250),
    specifics: result.facts.specifics,
    present: SPECIFICS.filter((specific) => result.facts.specifics[specific]).length,
    total: SPECIFICS.length,
    errors: result.findings.filter((finding) => finding.severity === 'error').length,
    warnings: result.findings.filter((finding) => finding.severity === 'warning').length,
  }
}
