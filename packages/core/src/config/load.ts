import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse as parseJson, type ParseError } from 'jsonc-parser'
import { parseDocument, type Document } from 'yaml'
import { LineIndex } from '../text/line-index.js'
import { applySettings, presetConfig, PRESETS, type Config, type ConfigData, type Preset } from './config.js'
import { locate } from './locate.js'
import { validateSettings } from './validate.js'

/** The configuration files looked for in each folder, in order of preference. */
export const CONFIG_FILES = ['.letterlintrc.json', '.letterlintrc.yaml', '.letterlintrc.yml', 'package.json'] as const

/** A configuration file that cannot be used: names the file and, where known, the line and column. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}:${column ?? 1}` : ''}: ${reason}`)
    this.name = 'ConfigError'
  }
}

/** A configuration and where it came from. */
export interface LoadedConfig {
  config: Config
  /** The configuration file that applies, if any (nearest to the letter). */
  file?: string
}

/** Reads a file's text, or `undefined` when there is no such file. */
function readIfFile(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return undefined
    return readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw new ConfigError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}

/** Parses JSON (strictly) or YAML, reporting syntax errors with line and column. */
function parseData(file: string, text: string): { data: unknown; doc: Document } {
  const lines = new LineIndex(text)
  if (file.endsWith('.json')) {
    try {
      JSON.parse(text)
    } catch (error) {
      // Node names the position only for some errors ("Unexpected token 'o', …" has none): a JSON parser that
      // reports offsets places every error.
      const errors: ParseError[] = []
      parseJson(text, errors, { disallowComments: true, allowTrailingComma: false })
      const at = errors[0]?.offset ?? Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? text.length)
      const where = lines.position(at)
      const reason = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '').replace(/, .*is not valid JSON$/s, '').replace(/^JSON\.parse: /, '')
      throw new ConfigError(file, `invalid JSON: ${reason}`, where.line, where.column)
    }
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  const error = doc.errors[0]
  if (error) {
    const where = lines.position(error.pos[0])
    // The place is in the error's own line and column; the message need not say it again.
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
    throw new ConfigError(file, `invalid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`, where.line, where.column)
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }), doc }
  } catch (error) {
    throw new ConfigError(file, (error as Error).message)
  }
}

/**
 * Finds and loads configuration: the nearest `.letterlintrc.json`, `.letterlintrc.yaml` or `letterlint`
 * key in package.json, walking up from a letter's folder. Results are cached per folder and per file
 * until `clear()`, so a folder of letters reads each configuration once.
 */
export class ConfigLoader {
  private readonly nearest = new Map<string, string | null>()
  private readonly loaded = new Map<string, Config>()
  /** For letters without a configuration file; shared, like the loaded ones. */
  private readonly recommended = presetConfig('recommended')

  /** The configuration that applies to a letter at `letterPath` (or in folder `letterPath` when `isFolder`). */
  forLetter(letterPath: string, isFolder = false): LoadedConfig {
    const file = this.find(isFolder ? path.resolve(letterPath) : path.dirname(path.resolve(letterPath)))
    return file ? { config: this.load(file), file } : { config: this.recommended }
  }

  /** The configuration file nearest to a letter, if any: the one `forLetter` would use. */
  nearestFile(letterPath: string): string | undefined {
    return this.find(path.dirname(path.resolve(letterPath)))
  }

  /** Loads one configuration file (following `extends`), as given on the command line. */
  load(file: string, chain: readonly string[] = []): Config {
    const absolute = path.resolve(file)
    const cached = this.loaded.get(absolute)
    if (cached) return cached
    if (chain.includes(absolute)) throw new ConfigError(chain[chain.length - 1]!, `\`extends\` forms a cycle: ${[...chain, absolute].map((f) => path.basename(f)).join(' → ')}`)
    const text = readIfFile(absolute)
    if (text === undefined) {
      const from = chain[chain.length - 1]
      throw new ConfigError(from ?? absolute, from ? `\`extends\` names a missing file: ${path.relative(path.dirname(from), absolute)}` : 'no such configuration file')
    }
    const { data: parsed, doc } = parseData(absolute, text)
    const isPackage = path.basename(absolute) === 'package.json'
    const data = isPackage ? (parsed as Record<string, unknown> | null)?.['letterlint'] : parsed
    const prefix = isPackage ? ['letterlint'] : []
    const problems = data === null || data === undefined ? [] : validateSettings(data, 'file')
    if (problems.length > 0) {
      const problem = problems[0]!
      const node = locate(doc, [...prefix, ...problem.path])
      const where = node?.range ? new LineIndex(text).position(node.range[0]) : undefined
      throw new ConfigError(absolute, problem.message, where?.line, where?.column)
    }
    const settings = (data ?? {}) as ConfigData
    let config = presetConfig('recommended')
    const bases = settings.extends === undefined ? [] : Array.isArray(settings.extends) ? settings.extends : [settings.extends]
    for (const base of bases) {
      const preset = /^letterlint:(.+)$/.exec(base)?.[1]
      if (preset !== undefined) {
        if (!PRESETS.includes(preset as Preset)) throw new ConfigError(absolute, `unknown preset "${base}"; use letterlint:recommended or letterlint:strict`)
        config = presetConfig(preset as Preset)
      } else {
        config = this.load(path.resolve(path.dirname(absolute), base), [...chain, absolute])
      }
    }
    config = applySettings(config, settings)
    this.loaded.set(absolute, config)
    return config
  }

  /** Forgets every cached lookup, e.g. after a configuration file changed. */
  clear(): void {
    this.nearest.clear()
    this.loaded.clear()
  }

  private find(folder: string): string | undefined {
    const seen: string[] = []
    let found: string | undefined
    for (let dir = folder; ; dir = path.dirname(dir)) {
      const known = this.nearest.get(dir)
      if (known !== undefined) {
        found = known ?? undefined
        break
      }
      seen.push(dir)
      found = CONFIG_FILES.map((name) => path.join(dir, name)).find((candidate) => {
        const text = readIfFile(candidate)
        if (text === undefined) return false
        if (path.basename(candidate) !== 'package.json') return true
        // A package.json counts only with a `letterlint` key; a broken one is not ours to report.
        try {
          return (JSON.parse(text) as Record<string, unknown>)?.['letterlint'] !== undefined
        } catch {
          return false
        }
      })
      if (found || path.dirname(dir) === dir) break
    }
    for (const dir of seen) this.nearest.set(dir, found ?? null)
    return found
  }
}
