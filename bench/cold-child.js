/**
 * One cold start: a fresh process imports @letterlint/core and lints one letter, then prints what it
 * took as one JSON line. Usage: node bench/cold-child.js <letter.md> <now-epoch-ms>
 */
import { readFileSync } from 'node:fs'

const started = performance.now()
const [file, now] = process.argv.slice(2)
const text = readFileSync(file, 'utf8')
const { lint, presetConfig } = await import('@letterlint/core')
const imported = performance.now()
const { findings } = await lint(text, { config: presetConfig('recommended'), now: Number(now) })
const linted = performance.now()
process.stdout.write(
  `${JSON.stringify({
    /** Since the process's time origin, which is close to its start. */
    sinceStartMs: linted,
    importMs: imported - started,
    lintMs: linted - imported,
    findings: findings.length,
    spelling: findings.filter((finding) => finding.ruleId === 'spelling').length,
    maxRSSKiB: process.resourceUsage().maxRSS,
  })}\n`,
)
