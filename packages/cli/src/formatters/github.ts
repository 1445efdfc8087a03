import type { Severity } from '@letterlint/core'
import type { Formatter } from './types.js'

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

/** GitHub's workflow-command escaping: data escapes %, CR and LF; properties also `:` and `,`. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** GitHub Actions annotations: `::warning file=…,line=…::message`, shown on the pull request's diff. */
export const github: Formatter = (results) => {
  const lines: string[] = []
  for (const result of results) {
    const file = escapeProperty(result.path)
    if (result.error) lines.push(`::error file=${file},title=letterlint::${escapeData(result.error)}`)
    for (const f of result.findings) {
      const place = `file=${file},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn}`
      lines.push(`::${COMMAND[f.severity]} ${place},title=${escapeProperty(`letterlint(${f.ruleId})`)}::${escapeData(f.message)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
