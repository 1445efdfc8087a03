/**
 * letterlint's engine: lints interview thank-you and follow-up letters written in Markdown.
 * Knows nothing of editors or terminals; the CLI and the language server translate what it finds.
 */
export { lint, type LetterFacts, type LintOptions, type LintResult } from './lint.js'
export { lintLetters, declaredNames, type LetterInput } from './workspace/lint-letters.js'
export { applyFixes } from './apply-fixes.js'
export { rules, ruleById } from './rules/index.js'
export * as ruleModules from './rules/index.js'
export { defineRule, DOCS_URL, type Rule, type RuleMeta, type RuleExample, type Report, type RuleContext, type RunSettings, type WorkspaceFacts } from './define-rule.js'
export { remarkLetter, retextLetter, type Letter } from './letter/letter.js'
export { SPECIFICS, type Specific } from './letter/specifics.js'
export { letterProcessor } from './pipeline.js'
export { presetConfig, applySettings, PRESETS, type Config, type ConfigData, type RuleConfig, type RuleSetting, type Preset } from './config/config.js'
export { ConfigLoader, ConfigError, CONFIG_FILES, type LoadedConfig } from './config/load.js'
export { configSchema } from './config/schema.js'
export { validateSettings, type SettingsProblem } from './config/validate.js'
export { LineIndex } from './text/line-index.js'
export { snippetToPlain, escapeSnippet } from './text/snippet.js'
export { GENERIC_PHRASES, type GenericPhrase } from './phrases/generic-phrases.js'
export { renderRuleDocs, renderRuleTable } from './docs/render.js'
export type { Finding, Fix, TextEdit, Severity, SeveritySetting, Span, RuleCategory, Fixability } from './types.js'
