import { Ajv } from 'ajv'
import { describe, expect, it } from 'vitest'
import { lint } from '../lint.js'
import { rules } from '../rules/index.js'
import { letter, NOW } from '../test-support/rule-tester.js'
import { applySettings, presetConfig } from './config.js'
import { configSchema } from './schema.js'
import { validateSettings } from './validate.js'

describe('presets', () => {
  it('recommended: every rule at its default severity with its default options', () => {
    const config = presetConfig('recommended')
    expect(Object.keys(config.rules)).toEqual(rules.map((rule) => rule.meta.id))
    for (const { meta } of rules) expect(config.rules[meta.id]!.severity).toBe(meta.defaultSeverity)
    expect(config.rules['length']!.options).toEqual({ maxWords: 250, minWords: 50, maxParagraphs: 4, maxSentenceWords: 35 })
    expect(config.words).toEqual([])
  })

  it('strict: warnings become errors, errors and infos stay', () => {
    const strict = presetConfig('strict')
    for (const { meta } of rules) {
      const expected = meta.strictSeverity ?? (meta.defaultSeverity === 'warning' ? 'error' : meta.defaultSeverity)
      expect(strict.rules[meta.id]!.severity, meta.id).toBe(expected)
    }
    expect(Object.values(strict.rules).some((rule) => rule.severity === 'warning')).toBe(false)
  })
})

describe('applySettings', () => {
  it('sets severities, merges options, appends words and leaves the base alone', () => {
    const base = presetConfig('recommended')
    const next = applySettings(base, { rules: { spelling: 'off', length: { maxWords: 200 }, greeting: { severity: 'error' } }, words: ['Kowalczyk'] })
    expect(next.rules['spelling']!.severity).toBe('off')
    expect(next.rules['length']).toEqual({ severity: 'warning', options: { maxWords: 200, minWords: 50, maxParagraphs: 4, maxSentenceWords: 35 } })
    expect(next.rules['greeting']!.severity).toBe('error')
    expect(next.words).toEqual(['Kowalczyk'])
    expect(base.rules['spelling']!.severity).toBe('warning')
    expect(base.words).toEqual([])
  })
})

/** Configurations as a person would write them: each must validate against the generated schema. */
const VALID = [
  {},
  { $schema: './node_modules/@letterlint/core/dist/letterlintrc.schema.json' },
  { extends: 'letterlint:strict' },
  { extends: ['letterlint:recommended', './shared.json'], words: ['Kowalczyk', 'kubeadm'] },
  { rules: { spelling: 'off', 'generic-phrase': 'info', 'wrong-company': 'error' } },
  { rules: { length: { severity: 'warning', maxWords: 200, minWords: 20, maxParagraphs: 3, maxSentenceWords: 30 } } },
  { rules: { timeliness: { withinHours: 48 }, 'unique-letter': { threshold: 0.7 } } },
]

const INVALID: Array<[string, unknown, string]> = [
  ['an unknown rule', { rules: { speling: 'off' } }, 'Unknown rule "speling". Did you mean "spelling"?'],
  ['an unknown severity', { rules: { spelling: 'loud' } }, 'rules.spelling must be one of off, info, warning, error, not "loud".'],
  ['a wrong option type', { rules: { length: { maxWords: 'lots' } } }, 'rules.length.maxWords must be an integer, not "lots".'],
  ['an option below its minimum', { rules: { 'unique-letter': { threshold: 0 } } }, 'rules.unique-letter.threshold must be >= 0.1.'],
  ['an option a rule does not take', { rules: { spelling: { language: 'en-GB' } } }, 'Unknown option "language" for rule "spelling"; it takes dialect.'],
  ['an option no rule of that kind takes', { rules: { greeting: { name: 'Dana' } } }, 'Unknown option "name" for rule "greeting"; it takes no options.'],
  ['a dialect letterlint has no dictionary for', { rules: { spelling: { dialect: 'en-AU' } } }, 'rules.spelling.dialect must be one of en-US, en-GB, not "en-AU".'],
  ['words that are not a list', { words: 'Kowalczyk' }, 'words must be an array, not "Kowalczyk".'],
  ['an empty word', { words: [''] }, 'words.0 must NOT have fewer than 1 characters.'],
  ['an unknown key', { plugins: ['x'] }, 'Unknown key "plugins"; expected extends, rules, words.'],
  ['not an object', ['spelling'], 'configuration must be an object, not ["spelling"].'],
]

describe('configSchema and validateSettings', () => {
  const validate = new Ajv({ strict: false }).compile(configSchema())

  it.each(VALID.map((data) => [JSON.stringify(data), data] as const))('accepts %s', (_, data) => {
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
    expect(validateSettings(data, 'file')).toEqual([])
  })

  it.each(INVALID)('rejects %s with a plain sentence', (_, data, message) => {
    expect(validate(data)).toBe(false)
    expect(validateSettings(data, 'file').map((problem) => problem.message)).toEqual([message])
  })

  it('describes every rule and its options for editor completion', () => {
    const properties = (configSchema()['properties'] as Record<string, { properties?: Record<string, { markdownDescription?: string }> }>)['rules']!.properties!
    expect(Object.keys(properties)).toEqual(rules.map((rule) => rule.meta.id))
    for (const { meta } of rules) expect(properties[meta.id]!.markdownDescription).toContain(meta.url)
  })

  it('does not take extends in frontmatter', () => {
    expect(validateSettings({ extends: 'letterlint:strict' }, 'frontmatter').map((problem) => problem.message)).toEqual(['Unknown key "extends"; expected rules, words.'])
  })
})

describe('frontmatter letterlint: overrides', () => {
  const BODY = 'I ran kubeadm upgrades for the Kowalczyk team, and I recieve the notes.'

  it('turn rules off and add words for this letter only', async () => {
    const text = letter(BODY, { frontmatter: 'to: Dana Whitfield\nletterlint:\n  rules:\n    length: off\n  words: [kubeadm, Recieve]' })
    const { findings } = await lint(text, { now: NOW })
    expect(findings.filter((finding) => ['length', 'spelling', 'frontmatter'].includes(finding.ruleId)).map((finding) => finding.ruleId)).toEqual([])
    // The next letter is back to the configuration it was given.
    const other = letter(BODY)
    const { findings: others } = await lint(other, { now: NOW })
    expect(others.filter((finding) => finding.ruleId === 'spelling').map((finding) => other.slice(finding.start, finding.end))).toEqual(['kubeadm', 'recieve'])
  })

  it('set options over the file configuration', async () => {
    const config = applySettings(presetConfig('recommended'), { rules: { length: { minWords: 5 } } })
    const text = letter('Thank you for the tour of the depot.', { frontmatter: 'letterlint:\n  rules:\n    length: { minWords: 20, severity: error }' })
    const { findings } = await lint(text, { config, now: NOW })
    expect(findings.filter((finding) => finding.ruleId === 'length').map((finding) => [finding.severity, finding.message])).toEqual([
      ['error', 'The letter has 8 words; say a little more (at least 20): a specific thanks, one qualification, your interest.'],
    ])
  })

  it('when invalid, are reported and ignored as a whole', async () => {
    const text = letter('Thank you for the tour of the depot.', { frontmatter: 'letterlint:\n  rules:\n    length: off\n    speling: off' })
    const { findings } = await lint(text, { now: NOW })
    expect(findings.filter((finding) => finding.ruleId === 'frontmatter').map((finding) => [finding.message, finding.line])).toEqual([
      ['Frontmatter `letterlint`: Unknown rule "speling". Did you mean "spelling"?', 5],
    ])
    expect(findings.some((finding) => finding.ruleId === 'length')).toBe(true)
  })
})

describe('the personal word list', () => {
  it('is accepted by spelling in any case, possessives included', async () => {
    const text = letter("I ran kubeadm upgrades with Kowalczyk and KUBEADM audits of Kowalczyk's team; I recieve the notes.")
    const config = applySettings(presetConfig('recommended'), { words: ['kubeadm', 'Kowalczyk'] })
    const { findings } = await lint(text, { config, now: NOW })
    expect(findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => text.slice(finding.start, finding.end))).toEqual(['recieve'])
  })
})
