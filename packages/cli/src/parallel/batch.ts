import type { Config, LetterFailure, LetterJob, LetterSetOptions, LintResult } from '@letterlint/core'

/**
 * Letters sent to a worker at once. Each configuration object goes once per batch (a folder of
 * letters shares one or two), and letters name theirs by index.
 */
export interface Batch {
  configs: Config[]
  jobs: Array<{ letter: { path: string; text: string }; config: number; workspace: LetterJob['workspace'] }>
  options: LetterSetOptions
}

/** A worker's answer: one result per letter of the batch, in order. */
export type BatchDone = Array<LintResult | LetterFailure>

/** Packs letters into a batch. */
export function toBatch(jobs: readonly LetterJob[], options: LetterSetOptions): Batch {
  const configs: Config[] = []
  const indexes = new Map<Config, number>()
  return {
    configs,
    options,
    jobs: jobs.map(({ letter, workspace }) => {
      let config = indexes.get(letter.config)
      if (config === undefined) {
        config = configs.push(letter.config) - 1
        indexes.set(letter.config, config)
      }
      return { letter: { path: letter.path, text: letter.text }, config, workspace }
    }),
  }
}
