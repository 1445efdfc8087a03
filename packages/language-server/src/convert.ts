import { snippetToPlain, type Finding, type Fix } from '@letterlint/core'
import {
  DiagnosticSeverity,
  type Diagnostic,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'

/** What a diagnostic carries so code actions need no server state (vscode-eslint's approach). */
export interface DiagnosticData {
  /** Document version the finding was computed for: an older one is refused. */
  version: number
  ruleId: string
  fix?: Fix
  suggestions?: Fix[]
  /** The unknown word, for "Add to dictionary" and its replacements. */
  word?: string
  /** UTF-16 offsets of the finding, for edits built later: never the range a client echoes back (Neovim sends byte columns). */
  start: number
  end: number
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const

/** A fix with its snippets made plain, for clients that cannot expand them. */
function plainFix(fix: Fix): Fix {
  return { ...fix, edits: fix.edits.map((edit) => (edit.snippet ? { start: edit.start, end: edit.end, newText: snippetToPlain(edit.newText) } : edit)) }
}

/**
 * Finding → LSP diagnostic; lines and columns are already UTF-16 (LSP's default position encoding).
 * Without snippet support the edits in `data` are made plain too, so no `${1:` reaches that client.
 */
export function toDiagnostic(finding: Finding, version: number, text: string, snippets: boolean): Diagnostic {
  const data: DiagnosticData = { version, ruleId: finding.ruleId, start: finding.start, end: finding.end }
  if (finding.fix) data.fix = finding.fix
  if (finding.suggestions) data.suggestions = snippets ? finding.suggestions : finding.suggestions.map(plainFix)
  if (finding.ruleId === 'spelling') data.word = text.slice(finding.start, finding.end)
  const diagnostic: Diagnostic = {
    range: { start: { line: finding.line - 1, character: finding.column - 1 }, end: { line: finding.endLine - 1, character: finding.endColumn - 1 } },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: 'letterlint',
    message: finding.message,
    data,
  }
  if (finding.url) diagnostic.codeDescription = { href: finding.url }
  return diagnostic
}

/** A diagnostic about the letter as a whole (its configuration, or why it was not linted), at the start of `line`. */
export function letterDiagnostic(code: string, message: string, severity: DiagnosticSeverity, line = 0): Diagnostic {
  const at = { line, character: 0 }
  return { range: { start: at, end: at }, severity, source: 'letterlint', code, message }
}

export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) }
}

/**
 * A fix as a workspace edit for one document version. Snippet edits go out as LSP 3.18 snippet
 * text edits only to clients that said they support them; everyone else gets plain text with each
 * tab stop replaced by its default, so no `${1:` ever reaches a client that cannot expand it.
 */
export function toWorkspaceEdit(document: TextDocument, fix: Fix, snippets: boolean): WorkspaceEdit {
  const edits: Array<TextEdit | SnippetTextEdit> = fix.edits.map((edit) => {
    const range = toRange(document, edit.start, edit.end)
    if (edit.snippet && snippets) return { range, snippet: { kind: 'snippet', value: edit.newText } }
    return { range, newText: edit.snippet ? snippetToPlain(edit.newText) : edit.newText }
  })
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] }
}
