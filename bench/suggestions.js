/**
 * Spelling suggestions: letterlint's (a deletion index over word frequencies) beside nspell's (what
 * retext-spell offers), on the corpus's own typos, whose intended words are known, and on the
 * interviewers' names (unknown words that should get nothing useful, fast). Each word is timed on
 * its first request: letterlint remembers answers, so later runs of the bench would time its cache.
 */
import { suggestSpelling } from '@letterlint/core'
import dictionary from 'dictionary-en'
import nspell from 'nspell'
import { INTERVIEWERS } from './pools.js'
import { percentile, sorted } from './stats.js'

/** Distinct typos nspell rejects (a slip can make another real word), and the names it rejects. */
export function suggestionCases(corpus) {
  const checker = nspell(dictionary)
  const typos = new Map()
  for (const letter of corpus) for (const { typo, intended } of letter.typos) if (!typos.has(typo) && !checker.correct(typo)) typos.set(typo, intended)
  const names = [...new Set(INTERVIEWERS.flatMap(([first, last]) => [first, last]))].filter((name) => !checker.correct(name))
  return { typos: [...typos].map(([typo, intended]) => ({ typo, intended })), names, checker }
}

function timed(suggest, words) {
  const ms = []
  const answers = new Map()
  for (const word of words) {
    const started = process.hrtime.bigint()
    answers.set(word, suggest(word))
    ms.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  const ascending = sorted(ms)
  return { answers, p50Ms: percentile(ascending, 50), p99Ms: percentile(ascending, 99), maxMs: ascending[ascending.length - 1] }
}

const firstIsIntended = (answers, cases) => cases.filter(({ typo, intended }) => answers.get(typo)?.[0]?.toLowerCase() === intended).length / cases.length

/** Both suggesters on the same words; nspell on every `nspellEvery`-th typo, as it takes up to a quarter second a word. */
export function measureSuggestions({ typos, names, checker }, { nspellEvery = 4 } = {}) {
  // Warm letterlint's lookup on other words (a deleted letter from known words), as a running editor or CI run would be.
  timed(suggestSpelling, ['interveiw', 'schedul', 'managment', 'comittee', 'recomend', 'folow', 'adress', 'calender'])
  const ours = timed(suggestSpelling, [...typos.map(({ typo }) => typo), ...names])
  const sample = typos.filter((_, i) => i % nspellEvery === 0)
  const theirs = timed((word) => checker.suggest(word), [...sample.map(({ typo }) => typo), ...names])
  return {
    typos: typos.length,
    names: names.length,
    letterlint: { p50Ms: ours.p50Ms, p99Ms: ours.p99Ms, maxMs: ours.maxMs, top1: firstIsIntended(ours.answers, typos), top1OnSample: firstIsIntended(ours.answers, sample) },
    nspell: { sample: sample.length, p50Ms: theirs.p50Ms, p99Ms: theirs.p99Ms, maxMs: theirs.maxMs, top1: firstIsIntended(theirs.answers, sample) },
  }
}

/** Lines for the report. */
export function formatSuggestions(figures) {
  const ms = (value) => value.toFixed(2)
  const pct = (value) => `${(value * 100).toFixed(0)}%`
  const { letterlint: ours, nspell: theirs } = figures
  return [
    `spelling suggestions, letterlint: p50 ${ms(ours.p50Ms)} ms, p99 ${ms(ours.p99Ms)} ms, max ${ms(ours.maxMs)} ms a word (${figures.typos} distinct typos and ${figures.names} names, first request each); the intended word first for ${pct(ours.top1)} of the typos`,
    `spelling suggestions, nspell (dictionary-en): p50 ${ms(theirs.p50Ms)} ms, p99 ${ms(theirs.p99Ms)} ms, max ${ms(theirs.maxMs)} ms a word (${theirs.sample} of the typos and the names); the intended word first for ${pct(theirs.top1)} of them, letterlint ${pct(ours.top1OnSample)} of the same`,
  ]
}
