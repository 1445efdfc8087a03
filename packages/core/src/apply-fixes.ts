import { snippetToPlain } from './text/snippet.js'
import type { Fix, TextEdit } from './types.js'

/**
 * Applies fixes to a text: every edit of a fix or none of it, skipping fixes that overlap one
 * applied before (a later run picks them up). Snippets become their plain text.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  // Taken edits, sorted by start, so each new edit is checked against its neighbours only.
  const taken: TextEdit[] = []
  let applied = 0
  for (const fix of fixes) {
    const edits = [...fix.edits].sort(byPosition)
    const valid = edits.every((edit, i) => edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length && (i === 0 || !clash(edits[i - 1]!, edit)))
    if (!valid || edits.some((edit) => clashesWithTaken(taken, edit))) continue
    for (const edit of edits) taken.splice(insertionPoint(taken, edit), 0, edit)
    applied++
  }
  // One pass over the original text; at one offset an insertion sorts before a replacement, so it lands
  // before the replaced text instead of inside the replacement.
  const parts: string[] = []
  let at = 0
  for (const edit of taken) {
    parts.push(text.slice(at, edit.start), edit.snippet ? snippetToPlain(edit.newText) : edit.newText)
    at = edit.end
  }
  parts.push(text.slice(at))
  return { text: parts.join(''), applied }
}

/** Start, then insertions before replacements at the same start. */
function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end
}

/** Two edits that touch the same text, or insert at the same place (their order would be a guess). */
function clash(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && a.end === b.end)
}

function insertionPoint(taken: readonly TextEdit[], edit: TextEdit): number {
  let low = 0
  let high = taken.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (byPosition(taken[mid]!, edit) <= 0) low = mid + 1
    else high = mid
  }
  return low
}

function clashesWithTaken(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const at = insertionPoint(taken, edit)
  // Sorted by start, the edits that can overlap are the nearest ones on either side.
  for (let i = at - 1; i >= 0 && taken[i]!.end > edit.start - 1; i--) if (clash(taken[i]!, edit)) return true
  for (let i = at; i < taken.length && taken[i]!.start < edit.end + 1; i++) if (clash(taken[i]!, edit)) return true
  return false
}
