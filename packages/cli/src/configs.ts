import path from 'node:path'
import { applySettings, ConfigLoader, ruleById, type Config, type SeveritySetting } from '@letterlint/core'
import { UsageError, type Options } from './args.js'

/** Picks each letter's configuration: `--config` for all, else the nearest file; `--rule` on top. */
export class Configs {
  private readonly loader = new ConfigLoader()
  private readonly overrides: Record<string, SeveritySetting>

  constructor(private readonly options: Pick<Options, 'config' | 'rules'>, private readonly cwd: string) {
    for (const id of Object.keys(options.rules)) {
      if (!ruleById.has(id)) throw new UsageError(`--rule names an unknown rule "${id}"; see letterlint --list-rules.`)
    }
    this.overrides = options.rules as Record<string, SeveritySetting>
  }

  /** The configuration for a letter at `file` (absolute); throws `ConfigError` for a broken file. */
  forLetter(file: string): { config: Config; file?: string } {
    const loaded = this.options.config
      ? { config: this.loader.load(path.resolve(this.cwd, this.options.config)), file: this.options.config }
      : this.loader.forLetter(file)
    return { ...loaded, config: applySettings(loaded.config, { rules: this.overrides }) }
  }
}
