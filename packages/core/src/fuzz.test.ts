/**
 * Properties of `lint` over generated letter-ish text (Markdown, frontmatter, emoji, lone surrogates,
 * CR/CRLF, NUL, BOM). `LETTERLINT_FUZZ_RUNS` raises the number of cases per property for a long
 * campaign; the default keeps the suite fast on a busy two-core machine.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyFixes } from './apply-fixes.js'
import { presetConfig } from './config/config.js'
import { lint } from './lint.js'
import { letterText, lintSettings, type LintSettings } from './test-support/arbitrary-letter.js'
import { expectedPlace, safeFixes, splitsPair } from './test-support/finding-checks.js'
import { NOW } from './test-support/rule-tester.js'
import { snippetToPlain } from './text/snippet.js'
import type { Finding, Fix, TextEdit } from './types.js'

const RUNS = Number(process.env.LETTERLINT_FUZZ_RUNS) || 200
// Room for a long campaign: about 20 ms a case at worst, plus the spelling index on first use.
const TIMEOUT = 30_000 + RUNS * 20

function lintWith(text: string, settings: LintSettings) {
  return lint(text, { config: presetConfig(settings.preset), suggest: settings.suggest, workspace: settings.workspace, now: NOW })
}

function fixesOf(finding: Finding): Fix[] {
  return [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]
}

/** What is wrong with a range of the text, if anything: outside it, reversed, or splitting a surrogate pair. */
function rangeProblem(text: string, { start, end }: { start: number; end: number }): string | undefined {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) return `range ${start}-${end} outside 0-${text.length}`
  if (splitsPair(text, start) || splitsPair(text, end)) return `range ${start}-${end} splits a surrogate pair`
  return undefined
}

/** The text with the edits applied, built independently of `applyFixes`: the original between edits, snippets as plain text. */
function expectedAfter(text: string, edits: readonly TextEdit[]): string {
  let out = ''
  let at = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, edit.start) + (edit.snippet ? snippetToPlain(edit.newText) : edit.newText)
    at = edit.end
  }
  return out + text.slice(at)
}

/** Checks `predicate` on RUNS generated letters, each linted with generated settings. */
function property(predicate: (text: string, settings: LintSettings) => Promise<void>) {
  return fc.assert(fc.asyncProperty(letterText, lintSettings, predicate), { numRuns: RUNS })
}

describe('lint on generated letters', () => {
  it('never throws, with either preset and suggestions on or off', () => property(async (text, settings) => {
    const { findings, facts } = await lintWith(text, settings)
    expect(Array.isArray(findings)).toBe(true)
    expect(facts.words).toBeGreaterThanOrEqual(0)
  }), TIMEOUT)

  it('places every finding inside the text, on whole characters, with line and column that agree', () => property(async (text, settings) => {
    for (const finding of (await lintWith(text, settings)).findings) {
      const label = `${finding.ruleId} at ${finding.start}-${finding.end}`
      expect(rangeProblem(text, finding), label).toBeUndefined()
      expect({ line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }, label).toEqual(expectedPlace(text, finding))
    }
  }), TIMEOUT)

  it('gives fixes and suggestions whose edits stay inside the text, on whole characters, without overlapping', () => property(async (text, settings) => {
    for (const finding of (await lintWith(text, settings)).findings) {
      for (const fix of fixesOf(finding)) {
        const label = `${finding.ruleId}: ${fix.title}`
        const edits = [...fix.edits].sort((a, b) => a.start - b.start)
        for (const edit of edits) expect(rangeProblem(text, edit), label).toBeUndefined()
        for (let i = 1; i < edits.length; i++) expect(edits[i]!.start, `${label}: edits overlap`).toBeGreaterThanOrEqual(edits[i - 1]!.end)
      }
    }
  }), TIMEOUT)

  it('changes only the ranges of a fix or suggestion applied on its own', () => property(async (text, settings) => {
    for (const finding of (await lintWith(text, settings)).findings) {
      for (const fix of fixesOf(finding)) {
        const result = applyFixes(text, [fix])
        expect(result.applied, `${finding.ruleId}: ${fix.title}`).toBe(1)
        expect(result.text, `${finding.ruleId}: ${fix.title}`).toBe(expectedAfter(text, fix.edits))
      }
    }
  }), TIMEOUT)

  it('fixes everything safe in one pass: a relint finds no safe fix, so fixing again changes nothing', () => property(async (text, settings) => {
    const once = applyFixes(text, safeFixes((await lintWith(text, settings)).findings)).text
    const left = safeFixes((await lintWith(once, settings)).findings)
    expect(applyFixes(once, left).text).toBe(once)
    expect(left).toEqual([])
  }), TIMEOUT)
})
