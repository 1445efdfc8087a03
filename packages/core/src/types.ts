/** Severity of a finding; `off` exists only in configuration. */
export type Severity = 'error' | 'warning' | 'info'

/** A configured severity: a finding's severity, or `off` to disable the rule. */
export type SeveritySetting = Severity | 'off'

/** One replacement in the letter's text. */
export interface TextEdit {
  /** UTF-16 offset into the original text where the replaced range starts. */
  start: number
  /** UTF-16 offset where the replaced range ends (exclusive). */
  end: number
  /** Replacement text; a snippet (`${1:placeholder}`) when `snippet` is true. */
  newText: string
  /** Whether `newText` uses snippet syntax (tab stops, placeholders). */
  snippet?: boolean
}

/** A titled set of edits applied together. */
export interface Fix {
  title: string
  edits: TextEdit[]
}

/** What letterlint says about one place in one letter: the contract shared by CLI, server and SARIF. */
export interface Finding {
  ruleId: string
  severity: Severity
  message: string
  /** One line of the advice behind the rule. */
  note?: string
  /** Where the rule is documented. */
  url?: string
  /** UTF-16 offset of the first code unit, into the original text (BOM included). */
  start: number
  /** UTF-16 offset just past the last code unit. */
  end: number
  /** 1-based line of `start`. */
  line: number
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number
  /** 1-based line of `end`. */
  endLine: number
  /** 1-based column of `end`, in UTF-16 code units. */
  endColumn: number
  /** At most one edit that is safe to apply without a person looking. */
  fix?: Fix
  /** Edits for a person to choose from; may contain snippets. */
  suggestions?: Fix[]
}

/** A span of the original text, as UTF-16 offsets. */
export interface Span {
  start: number
  end: number
}

/** Broad families of advice, used in docs and listings. */
export type RuleCategory = 'length' | 'phrasing' | 'specifics' | 'structure' | 'proofreading' | 'etiquette' | 'input'

/** How a rule's edits may be used: `safe` fixes can be applied blindly, `suggestion` edits need a person. */
export type Fixability = 'safe' | 'suggestion' | 'none'
