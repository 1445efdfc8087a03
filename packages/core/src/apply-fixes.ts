import { snippetToPlain } from './text/snippet.js'
import type { Fix, TextEdit } from './types.js'

/**
 * Applies fixes to a text: every edit of a fix or none of it, skipping fixes that overlap one
 * applied before (a later run picks them up). Snippets become their plain text.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const taken: TextEdit[] = []
  let applied = 0
  for (const fix of fixes) {
    const overlaps = fix.edits.some((edit) => taken.some((other) => edit.start < other.end && other.start < edit.end || (edit.start === other.start && edit.end === other.end)))
    if (overlaps || fix.edits.some((edit) => edit.start < 0 || edit.end > text.length || edit.start > edit.end)) continue
    taken.push(...fix.edits)
    applied++
  }
  taken.sort((a, b) => b.start - a.start)
  let out = text
  for (const edit of taken) out = out.slice(0, edit.start) + (edit.snippet ? snippetToPlain(edit.newText) : edit.newText) + out.slice(edit.end)
  return { text: out, applied }
}
