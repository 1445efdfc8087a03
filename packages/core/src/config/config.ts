import { rules } from '../rules/index.js'
import type { OptionSpec } from '../define-rule.js'
import type { SeveritySetting } from '../types.js'

/** A rule's resolved setting: severity and every option with its value. */
export interface RuleConfig {
  severity: SeveritySetting
  options: Record<string, unknown>
}

/** Configuration after presets, `extends` and overrides are applied. */
export interface Config {
  rules: Record<string, RuleConfig>
  /** The personal word list. */
  words: string[]
}

/** How a configuration file or frontmatter block sets one rule: a severity, or severity and options. */
export type RuleSetting = SeveritySetting | ({ severity?: SeveritySetting } & Record<string, unknown>)

/** What a configuration file holds, after validation. */
export interface ConfigData {
  $schema?: string
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  words?: string[]
}

export const PRESETS = ['recommended', 'strict'] as const
export type Preset = (typeof PRESETS)[number]

/**
 * A preset: `recommended` is every rule at its default severity; `strict` turns every warning into
 * an error, for CI that should block a letter with any finding.
 */
export function presetConfig(preset: Preset): Config {
  const config: Config = { rules: {}, words: [] }
  for (const { meta } of rules) {
    const defaults = Object.fromEntries(Object.entries(meta.options).map(([key, spec]) => [key, (spec as OptionSpec<unknown>).default]))
    const strict = meta.strictSeverity ?? (meta.defaultSeverity === 'warning' ? 'error' : meta.defaultSeverity)
    config.rules[meta.id] = { severity: preset === 'strict' ? strict : meta.defaultSeverity, options: defaults }
  }
  return config
}

/** Applies one layer of settings (a file, a frontmatter block, a command-line flag) over a configuration. */
export function applySettings(base: Config, data: Pick<ConfigData, 'rules' | 'words'>): Config {
  const next: Config = { rules: { ...base.rules }, words: [...base.words] }
  for (const [id, setting] of Object.entries(data.rules ?? {})) {
    const current = next.rules[id]
    if (!current) continue
    if (typeof setting === 'string') next.rules[id] = { ...current, severity: setting }
    else {
      const { severity, ...options } = setting
      next.rules[id] = { severity: severity ?? current.severity, options: { ...current.options, ...options } }
    }
  }
  if (data.words) next.words.push(...data.words)
  return next
}
