import type { Connection } from 'vscode-languageserver'

/** Editor concerns only; rules are configured in `.letterlintrc.json` so editor and CLI agree. */
export interface EditorSettings {
  enable: boolean
  /** Globs (relative to a workspace folder) of Markdown files that are letters. */
  letters: string[]
  /** Lint while typing, or only when the file is saved. */
  run: 'onType' | 'onSave'
  /** Milliseconds of quiet typing before a letter is linted again. */
  debounce: number
}

export const DEFAULT_SETTINGS: EditorSettings = {
  enable: true,
  letters: ['**/letters/**/*.md', '**/*.letter.md'],
  run: 'onType',
  debounce: 150,
}

/** Keeps only well-formed values from what a client sent, falling back to the defaults. */
export function readSettings(raw: unknown): EditorSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const letters = Array.isArray(value['letters']) && value['letters'].every((g) => typeof g === 'string') ? (value['letters'] as string[]) : DEFAULT_SETTINGS.letters
  const debounce = typeof value['debounce'] === 'number' && value['debounce'] >= 0 && value['debounce'] <= 5000 ? value['debounce'] : DEFAULT_SETTINGS.debounce
  return {
    enable: typeof value['enable'] === 'boolean' ? value['enable'] : DEFAULT_SETTINGS.enable,
    letters,
    run: value['run'] === 'onSave' ? 'onSave' : 'onType',
    debounce,
  }
}

/**
 * The client's `letterlint` settings, asked for without blocking: until (or unless) the client
 * answers, the defaults apply; `changed` runs when an answer differs from what was in force.
 */
export class SettingsStore {
  current: EditorSettings = DEFAULT_SETTINGS

  /** Whether the client answers `workspace/configuration`; known once it has initialised. */
  supported = false

  constructor(
    private readonly connection: Connection,
    private readonly changed: () => void,
  ) {}

  refresh(pushed?: unknown): void {
    if (pushed !== undefined && !this.supported) {
      this.apply(readSettings((pushed as Record<string, unknown> | null)?.['letterlint']))
      return
    }
    if (!this.supported) return
    this.connection.workspace.getConfiguration('letterlint').then(
      (raw) => this.apply(readSettings(raw)),
      () => undefined,
    )
  }

  private apply(next: EditorSettings): void {
    if (JSON.stringify(next) === JSON.stringify(this.current)) return
    this.current = next
    this.changed()
  }
}
