import { createColors } from 'picocolors'
import type { Formatter } from './types.js'

/** Grouped by file, one line a finding, a summary at the end: ESLint's stylish layout. */
export const stylish: Formatter = (results, context) => {
  const c = createColors(context.color)
  const paint = { error: c.red, warning: c.yellow, info: c.blue }
  const count = { error: 0, warning: 0, info: 0 }
  let fixable = 0
  let failed = 0
  const out: string[] = []
  for (const result of results) {
    if (result.error) {
      failed++
      out.push(`${c.underline(result.path)}\n  ${c.red('error')}  ${result.error}\n`)
      continue
    }
    if (result.findings.length === 0) continue
    const rows = result.findings.map((finding) => {
      count[finding.severity]++
      if (finding.fix) fixable++
      return [
        `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn}`,
        finding.severity,
        finding.message,
        finding.ruleId,
      ] as const
    })
    const widths = [Math.max(...rows.map((row) => row[0].length)), Math.max(...rows.map((row) => row[1].length))]
    out.push(c.underline(result.path))
    for (const [place, severity, message, ruleId] of rows) {
      out.push(`  ${c.dim(place.padEnd(widths[0]!))}  ${paint[severity](severity.padEnd(widths[1]!))}  ${message}  ${c.dim(ruleId)}`)
    }
    out.push('')
  }
  const problems = count.error + count.warning + count.info
  if (problems === 0 && failed === 0) return ''
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const summary = `${problems > 0 || failed > 0 ? '✖' : '✔'} ${plural(problems, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info)`
  out.push((count.error > 0 || failed > 0 ? c.red : c.yellow)(c.bold(summary)))
  if (failed > 0) out.push(c.red(`  ${plural(failed, 'file')} could not be linted.`))
  if (fixable > 0) out.push(c.dim(`  ${plural(fixable, 'problem')} can be fixed with the --fix option.`))
  return out.join('\n') + '\n'
}
