/** The notification the language server pushes after each lint of a letter. */
export const SUMMARY_NOTIFICATION = 'letterlint/summary'

/**
 * What the status bar needs from the server's `letterlint/summary` (see the language server's
 * `summary.ts`); only these fields are read, so a server that adds more stays compatible.
 */
export type LetterSummary = Readonly<{
  uri: string
  version: number
  words: number
  minWords: number
  maxWords: number
  specifics: Readonly<Record<string, boolean>>
  present: number
  total: number
  errors: number
  warnings: number
}>

/** How each specific reads in "Missing: …". */
const SPECIFIC_LABELS: Record<string, string> = {
  interviewer: "the interviewer's name",
  company: 'the company',
  role: 'the role',
  topic: 'something you discussed',
  qualification: 'a qualification tied to the role',
  interest: 'renewed interest in the job',
}

/** What the status-bar item shows for a letter: a one-line text (with a codicon) and a Markdown tooltip. */
export interface StatusView {
  text: string
  tooltip: string
  /** Read by screen readers instead of the tooltip's Markdown. */
  label: string
  band: 'short' | 'within' | 'long'
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** The status-bar text and tooltip for a summary: "$(mail) 182 words · 5/6 specifics". */
export function describe(summary: LetterSummary): StatusView {
  const band = summary.words < summary.minWords ? 'short' : summary.words > summary.maxWords ? 'long' : 'within'
  const missing = Object.entries(summary.specifics)
    .filter(([, present]) => !present)
    .map(([specific]) => SPECIFIC_LABELS[specific] ?? specific)
  const state = band === 'long' ? ' · too long' : band === 'short' ? ' · short' : ''
  const length =
    band === 'long'
      ? `${plural(summary.words, 'word')}: cut about ${summary.words - summary.maxWords} to reach the ${summary.minWords}–${summary.maxWords} words a reader finishes.`
      : band === 'short'
        ? `${plural(summary.words, 'word')}: the target is ${summary.minWords}–${summary.maxWords}.`
        : `${plural(summary.words, 'word')}, within the ${summary.minWords}–${summary.maxWords} target.`
  const specifics = missing.length === 0 ? `All ${summary.total} specifics are there.` : `${summary.present} of ${summary.total} specifics; missing: ${missing.join(', ')}.`
  const problems = summary.errors + summary.warnings === 0 ? 'No problems.' : `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}: click to open the Problems panel.`
  return {
    text: `$(mail) ${plural(summary.words, 'word')} · ${summary.present}/${summary.total} specifics${state}`,
    tooltip: ['**letterlint**', length, specifics, problems].join('\n\n'),
    // What a screen reader says: the same facts, without icons or Markdown.
    label: `letterlint: ${length} ${specifics} ${problems}`,
    band,
  }
}
