import type { Formatter } from './types.js'

/**
 * `[{ "path", "findings": [Finding…] }]`, plus `"error"` for a file that could not be linted: the
 * stable machine-readable form (documented in the README).
 */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => (result.error ? { path: result.path, findings: result.findings, error: result.error } : { path: result.path, findings: result.findings })),
    null,
    2,
  ) + '\n'
