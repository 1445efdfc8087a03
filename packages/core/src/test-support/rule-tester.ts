/**
 * A table-driven tester for one rule, in the shape of ESLint's RuleTester and textlint-tester:
 * `valid` letters give no finding of the rule; `invalid` letters give exactly the listed findings,
 * each with its message, its `line:column-endLine:endColumn` range, the text it covers and the
 * text after applying its fix and each of its suggestions.
 */
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../apply-fixes.js'
import { applySettings, presetConfig, type Config, type RuleSetting } from '../config/config.js'
import type { WorkspaceFacts } from '../define-rule.js'
import { lint } from '../lint.js'
import { rules } from '../rules/index.js'
import type { Finding, Severity } from '../types.js'

/** The clock every rule test runs with, unless a case sets its own: 2026-11-20 18:00 UTC. */
export const NOW = Date.parse('2026-11-20T18:00:00Z')

/** A letter and how to lint it. */
export interface Case {
  /** Shown as the test's name; the start of the text when omitted. */
  name?: string
  text: string
  /** Options of the rule under test. */
  options?: Record<string, unknown>
  /** The personal word list. */
  words?: string[]
  now?: number
  workspace?: Partial<WorkspaceFacts>
  /** Lint with every recommended rule on, not just the one under test (for interplay with directives). */
  allRules?: boolean
}

/** One expected finding of the rule under test. */
export interface Expected {
  message: string
  /** `line:column-endLine:endColumn`, 1-based, columns in UTF-16 code units. */
  range: string
  /** The text the range covers. */
  text: string
  /** Defaults to the rule's default severity. */
  severity?: Severity
  /** The whole text after applying the finding's safe fix; `undefined` means it has none. */
  fix?: string
  /** The whole text after applying each suggestion, in order (snippets become their defaults). */
  suggestions?: string[]
}

export interface InvalidCase extends Case {
  errors: Expected[]
}

/** Configuration with only `ruleId` on (unless `allRules`), its options and the word list applied. */
export function configFor(ruleId: string, testCase: Case): Config {
  const base = presetConfig('recommended')
  const rule = base.rules[ruleId]
  if (!rule) throw new Error(`No rule "${ruleId}"`)
  const settings: Record<string, RuleSetting> = {}
  if (!testCase.allRules) for (const id of Object.keys(base.rules)) if (id !== ruleId) settings[id] = 'off'
  settings[ruleId] = { severity: rule.severity === 'off' ? 'warning' : rule.severity, ...testCase.options }
  return applySettings(base, { rules: settings, words: testCase.words ?? [] })
}

/** Lints a case and returns the findings of one rule. */
export async function findingsOf(ruleId: string, testCase: Case): Promise<Finding[]> {
  const { findings } = await lint(testCase.text, {
    config: configFor(ruleId, testCase),
    now: testCase.now ?? NOW,
    ...(testCase.workspace ? { workspace: testCase.workspace } : {}),
  })
  return findings.filter((finding) => finding.ruleId === ruleId)
}

/** `line:column-endLine:endColumn` of a finding, as the CLI prints it. */
export function rangeOf(finding: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`
}

/** What a finding looks like in the terms of `Expected`, to compare whole objects (clear diffs). */
export function describeFinding(text: string, finding: Finding): Expected {
  const described: Expected = { message: finding.message, range: rangeOf(finding), text: text.slice(finding.start, finding.end), severity: finding.severity }
  if (finding.fix) described.fix = applyFixes(text, [finding.fix]).text
  if (finding.suggestions) described.suggestions = finding.suggestions.map((suggestion) => applyFixes(text, [suggestion]).text)
  return described
}

function title(testCase: Case): string {
  return testCase.name ?? JSON.stringify(testCase.text.length > 60 ? testCase.text.slice(0, 60) + '…' : testCase.text)
}

/** Registers the valid and invalid cases of one rule as vitest tests. */
export function testRule(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  const meta = rules.find((rule) => rule.meta.id === ruleId)?.meta
  if (!meta) throw new Error(`No rule "${ruleId}"`)
  describe(ruleId, () => {
    describe('valid', () => {
      it.each(cases.valid.map((testCase) => [title(testCase), testCase] as const))('%s', async (_, testCase) => {
        const findings = await findingsOf(ruleId, testCase)
        expect(findings.map((finding) => describeFinding(testCase.text, finding))).toEqual([])
      })
    })
    describe('invalid', () => {
      it.each(cases.invalid.map((testCase) => [title(testCase), testCase] as const))('%s', async (_, testCase) => {
        const findings = await findingsOf(ruleId, testCase)
        const expected = testCase.errors.map((error) => ({ severity: meta.defaultSeverity, ...error }))
        expect(findings.map((finding) => describeFinding(testCase.text, finding))).toEqual(expected)
      })
    })
  })
}

/** A letter around a body: greeting, paragraphs, sign-off, with optional frontmatter lines. */
export function letter(body: string, { frontmatter, greeting = 'Dear Dana,', signOff = 'Best regards,\nAlex Rivera' }: { frontmatter?: string; greeting?: string; signOff?: string } = {}): string {
  const head = frontmatter === undefined ? '' : `---\n${frontmatter}\n---\n`
  return head + [greeting, body, signOff].filter(Boolean).join('\n\n') + '\n'
}

/** The text with every `\n` made `\r\n`. */
export function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}
