import type { Finding, RuleMeta } from '@letterlint/core'

/** What the CLI found in one file: findings, or why the file could not be linted. */
export interface FileResult {
  /** Path relative to the working folder, with forward slashes. */
  path: string
  findings: Finding[]
  /** Why the file was not linted (unreadable, binary, not UTF-8). */
  error?: string
}

/** What every formatter may use besides the results. */
export interface FormatContext {
  color: boolean
  /** Metadata of every rule, for tools that describe rules (SARIF). */
  rules: ReadonlyArray<RuleMeta<object>>
  version: string
}

/** A formatter turns results into the text written to standard output. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string
