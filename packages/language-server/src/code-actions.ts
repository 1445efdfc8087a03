import { applyFixes, type Fix } from '@letterlint/core'
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { toWorkspaceEdit, type DiagnosticData } from './convert.js'

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.letterlint`
export const ADD_WORD_COMMAND = 'letterlint.addWordToDictionary'

/** What building code actions needs from the server. */
export interface CodeActionContext {
  document: TextDocument
  /** Whether the client applies LSP 3.18 snippet text edits. */
  snippets: boolean
  /** Safe fixes for the current text, for `source.fixAll.letterlint`. */
  safeFixes: () => Promise<Fix[]>
  /** Spelling suggestions for a word, computed on demand. */
  suggest: (word: string) => string[]
}

function wanted(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only
  return !only || only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'))
}

/** The comment that silences a rule on one line, at the end of that line (inline HTML keeps the paragraph whole). */
function disableForLine(document: TextDocument, line: number, ruleId: string): Fix {
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '')
  const at = document.offsetAt({ line, character: lineText.length })
  return { title: `Disable ${ruleId} for this line`, edits: [{ start: at, end: at, newText: ` <!-- letterlint-disable-line ${ruleId} -->` }] }
}

/** The comment that silences a rule for the whole letter, after any frontmatter. */
function disableForLetter(document: TextDocument, ruleId: string): Fix {
  const text = document.getText()
  const frontmatter = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  const at = frontmatter ? frontmatter[0].length : text.charCodeAt(0) === 0xfeff ? 1 : 0
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  return { title: `Disable ${ruleId} for this letter`, edits: [{ start: at, end: at, newText: `<!-- letterlint-disable ${ruleId} -->${newline}${newline}` }] }
}

/** Every action for every letterlint diagnostic in the request, not only the first. */
export async function codeActions(params: CodeActionParams, context: CodeActionContext): Promise<CodeAction[]> {
  const { document, snippets } = context
  const actions: CodeAction[] = []
  const action = (fix: Fix, diagnostic: Diagnostic | undefined, preferred = false, kind: string = CodeActionKind.QuickFix): CodeAction => ({
    title: fix.title,
    kind,
    ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
    ...(preferred ? { isPreferred: true } : {}),
    edit: toWorkspaceEdit(document, fix, snippets),
  })

  if (wanted(params, CodeActionKind.QuickFix)) {
    const disabled = new Set<string>()
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== 'letterlint') continue
      const data = diagnostic.data as DiagnosticData | undefined
      // Edits computed for another version would land in the wrong place.
      if (!data || data.version !== document.version) continue
      if (data.fix) actions.push(action(data.fix, diagnostic, true))
      for (const suggestion of data.suggestions ?? []) actions.push(action(suggestion, diagnostic))
      if (data.word) {
        for (const word of data.suggestions ? [] : context.suggest(data.word)) {
          actions.push(action({ title: `Replace with "${word}"`, edits: [{ start: data.start, end: data.end, newText: word }] }, diagnostic))
        }
        actions.push({
          title: `Add "${data.word}" to the dictionary`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Add "${data.word}" to the dictionary`, command: ADD_WORD_COMMAND, arguments: [document.uri, data.word] },
        })
      }
      const line = document.positionAt(data.start).line
      if (!disabled.has(`${data.ruleId}:${line}`)) {
        disabled.add(`${data.ruleId}:${line}`)
        actions.push(action(disableForLine(document, line, data.ruleId), diagnostic))
      }
      if (!disabled.has(data.ruleId)) {
        disabled.add(data.ruleId)
        actions.push(action(disableForLetter(document, data.ruleId), diagnostic))
      }
    }
  }

  if (wanted(params, FIX_ALL_KIND)) {
    const fixes = await context.safeFixes()
    if (fixes.length > 0) {
      // One edit for the whole letter: the result of applying every safe fix that does not overlap another.
      const text = document.getText()
      const fixed = applyFixes(text, fixes).text
      actions.push(action({ title: 'Fix all safe letterlint problems', edits: [{ start: 0, end: text.length, newText: fixed }] }, undefined, false, FIX_ALL_KIND))
    }
  }
  return actions
}
