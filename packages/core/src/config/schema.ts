import { rules } from '../rules/index.js'

const SEVERITIES = ['off', 'info', 'warning', 'error']

/** JSON Schema for one rule's setting: a severity, or an object with severity and the rule's options. */
function ruleSchema(meta: (typeof rules)[number]['meta']): Record<string, unknown> {
  const options = Object.fromEntries(Object.entries(meta.options as Record<string, Record<string, unknown>>).map(([key, spec]) => [key, spec]))
  return {
    description: `${meta.description} Default: ${meta.defaultSeverity}.`,
    markdownDescription: `${meta.description}\n\n${meta.note}\n\n[Docs](${meta.url})`,
    anyOf: [
      { enum: SEVERITIES },
      {
        type: 'object',
        properties: { severity: { enum: SEVERITIES, description: 'How findings of this rule are reported.' }, ...options },
        additionalProperties: false,
      },
    ],
  }
}

/** The `rules` and `words` part, shared by configuration files and the `letterlint:` frontmatter key. */
function settingsProperties(): Record<string, unknown> {
  return {
    rules: {
      type: 'object',
      description: 'Severity (off, info, warning, error) and options per rule.',
      properties: Object.fromEntries(rules.map(({ meta }) => [meta.id, ruleSchema(meta)])),
      additionalProperties: false,
    },
    words: {
      type: 'array',
      description: 'Personal word list: names and terms the spell checker should accept.',
      items: { type: 'string', minLength: 1 },
    },
  }
}

/** JSON Schema (draft-07) of `.letterlintrc.json`, derived from the rules' metadata. */
export function configSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'letterlint configuration',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'A preset ("letterlint:recommended", "letterlint:strict") or configuration files to start from, relative to this file.',
        anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      },
      ...settingsProperties(),
    },
    additionalProperties: false,
  }
}

/** JSON Schema of the `letterlint:` key in a letter's frontmatter. */
export function frontmatterConfigSchema(): Record<string, unknown> {
  return { type: 'object', properties: settingsProperties(), additionalProperties: false }
}
