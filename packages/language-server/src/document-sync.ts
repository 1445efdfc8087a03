import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'

const isPosition = (value: unknown) => typeof value === 'object' && value !== null && typeof (value as { line?: unknown }).line === 'number' && typeof (value as { character?: unknown }).character === 'number'

function isChange(change: TextDocumentContentChangeEvent): boolean {
  if (typeof change !== 'object' || change === null || typeof change.text !== 'string') return false
  if (!('range' in change)) return true
  const { range } = change
  return typeof range === 'object' && range !== null && isPosition(range.start) && isPosition(range.end)
}

/**
 * Text documents as the protocol describes them. A didOpen or didChange that is malformed (no text,
 * a uri that is not a string) is refused, and the library logs why in one line, instead of being
 * kept and failing on every later lint.
 */
export const checkedDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, content) {
    if (typeof uri !== 'string' || typeof languageId !== 'string' || typeof version !== 'number' || typeof content !== 'string') {
      throw new Error('a document needs a uri, a languageId and its text as strings, and a numeric version')
    }
    return TextDocument.create(uri, languageId, version, content)
  },
  update(document, changes, version) {
    if (!Array.isArray(changes) || !changes.every(isChange) || typeof version !== 'number') throw new Error(`a change to ${document.uri} needs its text as a string and a numeric version`)
    return TextDocument.update(document, changes, version)
  },
}
