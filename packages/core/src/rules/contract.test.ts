import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../apply-fixes.js'
import { DOCS_URL } from '../define-rule.js'
import { lint, type LintOptions } from '../lint.js'
import { corpus, type CorpusLetter } from '../test-support/corpus.js'
import { expectedPlace, safeFixes, splitsPair } from '../test-support/finding-checks.js'
import { NOW } from '../test-support/rule-tester.js'
import { snippetProblems } from '../test-support/snippet-syntax.js'
import type { TextEdit } from '../types.js'
import { ruleById, rules } from './index.js'

const letters = corpus()
const ids = rules.map((rule) => rule.meta.id)

function lintLetter(letter: CorpusLetter, text = letter.text) {
  const options: LintOptions = { now: NOW }
  if (letter.workspace) options.workspace = letter.workspace
  return lint(text, options)
}

describe('rule metadata', () => {
  it('has unique kebab-case ids, in alphabetical order', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
    expect([...ruleById.keys()]).toEqual(ids)
  })

  it.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('%s states what it is and where it is documented', (id, meta) => {
    expect(meta.url).toBe(`${DOCS_URL}#${id}`)
    expect(meta.description.length).toBeGreaterThan(10)
    expect(meta.note).toMatch(/[.!]$/)
    expect(['error', 'warning', 'info']).toContain(meta.defaultSeverity)
    expect(['safe', 'suggestion', 'none']).toContain(meta.fixable)
    expect(['markdown', 'prose']).toContain(meta.tree)
    expect(['length', 'phrasing', 'specifics', 'structure', 'proofreading', 'etiquette', 'input']).toContain(meta.category)
    for (const [name, spec] of Object.entries(meta.options as Record<string, { default: unknown; description: string }>)) {
      expect(spec.description, name).toBeTruthy()
      expect(spec.default, name).not.toBeUndefined()
    }
    expect(meta.examples.length).toBeGreaterThan(0)
  })

  it.each(ids)('%s has its table-driven tests beside it', (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url))).toBe(true)
  })
})

describe.each(letters.map((letter) => [letter.name, letter] as const))('findings on %s', (_, letter) => {
  it('carry the contract: id, url, note, severity, ranges that agree', async () => {
    const { text } = letter
    const { findings } = await lintLetter(letter)
    let previous = -1
    for (const finding of findings) {
      const label = `${finding.ruleId} at ${finding.start}`
      const meta = ruleById.get(finding.ruleId)?.meta
      expect(meta, label).toBeDefined()
      expect(finding.url, label).toContain(`#${finding.ruleId}`)
      expect(finding.note, label).toBeTruthy()
      expect(['error', 'warning', 'info'], label).toContain(finding.severity)
      expect(finding.message, label).toMatch(/\S/)
      expect(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, label).toBe(true)
      expect(splitsPair(text, finding.start) || splitsPair(text, finding.end), label).toBe(false)
      expect({ line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }, label).toEqual(expectedPlace(text, finding))
      expect(finding.start, 'findings come in text order').toBeGreaterThanOrEqual(previous)
      previous = finding.start
    }
  })

  it('offer a fix only on safe rules, suggestions only on fixable ones, edits inside the text', async () => {
    const { text } = letter
    const { findings } = await lintLetter(letter)
    for (const finding of findings) {
      const label = `${finding.ruleId} at ${finding.start}`
      const fixable = ruleById.get(finding.ruleId)!.meta.fixable
      if (finding.fix) expect(fixable, label).toBe('safe')
      if (finding.suggestions) expect(fixable, label).not.toBe('none')
      if (finding.suggestions) expect(finding.suggestions.length, label).toBeGreaterThan(0)
      for (const fix of [...(finding.fix ? [finding.fix] : []), ...(finding.suggestions ?? [])]) {
        expect(fix.title, label).toMatch(/\S/)
        expect(fix.edits.length, label).toBeGreaterThan(0)
        const sorted: TextEdit[] = [...fix.edits].sort((a, b) => a.start - b.start)
        sorted.forEach((edit, i) => {
          expect(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, label).toBe(true)
          expect(splitsPair(text, edit.start) || splitsPair(text, edit.end), label).toBe(false)
          if (i > 0) expect(edit.start, `${label}: edits of one fix overlap`).toBeGreaterThanOrEqual(sorted[i - 1]!.end)
          if (edit.snippet) expect(snippetProblems(edit.newText), label).toEqual([])
        })
        // A safe fix is applied blindly: it must be plain text.
        if (fix === finding.fix) expect(fix.edits.every((edit) => !edit.snippet), label).toBe(true)
      }
    }
  })

  it('are fixed in one pass: after applying every safe fix, relinting finds none left', async () => {
    const { findings } = await lintLetter(letter)
    const { text: fixed } = applyFixes(letter.text, safeFixes(findings))
    const again = await lintLetter(letter, fixed)
    expect(safeFixes(again.findings)).toEqual([])
    // Fixing what is fixed changes nothing.
    expect(applyFixes(fixed, safeFixes(again.findings)).text).toBe(fixed)
  })
})

describe('the corpus', () => {
  it('includes the shared fixture letters when the repository has them', () => {
    if (existsSync(new URL('../../../../test-fixtures/letters', import.meta.url))) expect(letters.some((letter) => letter.name.startsWith('test-fixtures/'))).toBe(true)
  })

  it('gets a finding from every rule, so the contract above is not vacuous', async () => {
    const seen = new Set<string>()
    for (const letter of letters) for (const finding of (await lintLetter(letter)).findings) seen.add(finding.ruleId)
    expect([...seen].sort()).toEqual(ids)
  })

  it('gets at least one safe fix and one snippet suggestion', async () => {
    const all = (await Promise.all(letters.map((letter) => lintLetter(letter)))).flatMap((result) => result.findings)
    expect(all.some((finding) => finding.fix)).toBe(true)
    expect(all.some((finding) => finding.suggestions?.some((fix) => fix.edits.some((edit) => edit.snippet)))).toBe(true)
  })
})
