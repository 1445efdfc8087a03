import { describe, expect, it } from 'vitest'
import { applySettings, presetConfig } from '../config/config.js'
import { lint } from '../lint.js'
import { rules } from './index.js'

/** Every documented example runs: docs cannot drift from behaviour. */
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s examples', (id, rule) => {
  it.each(rule.meta.examples.map((example) => [example.title ?? example.text, example] as const))('%s', async (_, example) => {
    const config = applySettings(presetConfig('recommended'), { rules: { [id]: { severity: 'warning', ...example.options } } })
    const { findings } = await lint(example.text, { config, now: example.now ?? Date.parse('2026-11-20T12:00:00Z'), ...(example.workspace ? { workspace: example.workspace } : {}) })
    expect(findings.filter((finding) => finding.ruleId === id).map((finding) => finding.message)).toEqual(example.messages)
  })
})
