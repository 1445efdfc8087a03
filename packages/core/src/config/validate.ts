import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import { editDistance } from '../spelling/suggester.js'
import { configSchema, frontmatterConfigSchema } from './schema.js'

/** One thing wrong with configuration data: where (a path into the data) and what. */
export interface SettingsProblem {
  path: Array<string | number>
  message: string
}

let validators: { file: ValidateFunction; frontmatter: ValidateFunction } | undefined

/** Validates configuration data against the schema derived from the rules; the validators compile once. */
export function validateSettings(data: unknown, kind: 'file' | 'frontmatter'): SettingsProblem[] {
  validators ??= (() => {
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
    return { file: ajv.compile(configSchema()), frontmatter: ajv.compile(frontmatterConfigSchema()) }
  })()
  const validate = validators[kind]
  if (validate(data)) return []
  return explain(validate.errors ?? [], data)
}

function valueAt(data: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data)
}

function pathOf(error: ErrorObject): string[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function closest(word: string, candidates: string[]): string {
  const best = candidates.map((candidate) => ({ candidate, distance: editDistance(word, candidate, 3) })).sort((a, b) => a.distance - b.distance)[0]
  return best && best.distance <= 3 ? ` Did you mean "${best.candidate}"?` : ''
}

/** Turns ajv's errors into one plain sentence per place, choosing the branch that matches the value's type. */
function explain(errors: ErrorObject[], data: unknown): SettingsProblem[] {
  const problems = new Map<string, SettingsProblem>()
  for (const error of errors) {
    const path = pathOf(error)
    const value = valueAt(data, path)
    const inRule = path[0] === 'rules' && path.length === 2
    // A rule setting may be a severity or an object: report the errors of the form that was written.
    if (error.keyword === 'anyOf') continue
    if (inRule && error.keyword === 'enum' && typeof value === 'object') continue
    if (inRule && error.keyword === 'type' && typeof value === 'string') continue

    let where = path
    let message: string
    const name = path.join('.') || 'configuration'
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty)
        const schema = error.parentSchema as { properties?: Record<string, unknown> }
        const known = Object.keys(schema.properties ?? {})
        where = [...path, key]
        if (path.length === 1 && path[0] === 'rules') message = `Unknown rule "${key}".${closest(key, known)}`
        else if (path[0] === 'rules') message = `Unknown option "${key}" for rule "${path[1]}"; it takes ${known.filter((k) => k !== 'severity').join(', ') || 'no options'}.`
        else message = `Unknown key "${key}"; expected ${known.filter((k) => k !== '$schema').join(', ')}.`
        break
      }
      case 'enum':
        message = `${name} must be one of ${(error.params.allowedValues as string[]).join(', ')}, not ${JSON.stringify(value)}.`
        break
      case 'type':
        message = `${name} must be ${article(String(error.params.type))}, not ${JSON.stringify(value)}.`
        break
      default:
        message = `${name} ${error.message ?? 'is invalid'}.`
    }
    const key = where.join('/')
    if (!problems.has(key)) problems.set(key, { path: where, message })
  }
  return [...problems.values()]
}

function article(type: string): string {
  return type === 'integer' || type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`
}
