/** The bench's output: one table for people, one JSON file for machines. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

function fixed(value, digits) {
  return Number.isFinite(value) ? value.toFixed(digits) : '—'
}

/** Aligns `rows` (arrays of strings) into columns; the first column is left-aligned, the rest right. */
function columns(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
}

/** The table of approaches (median across runs), then cold start and memory. */
export function formatReport({ approaches, median, corpus, runs, coldStarts }) {
  const rows = [['approach', 'letters/s', 'p50 ms', 'p95 ms', 'p99 ms', '× remark-parse']]
  for (const { id, label } of approaches) {
    const figures = median.approaches[id]
    rows.push([label, fixed(figures.lettersPerSecond, 0), fixed(figures.p50Ms, 3), fixed(figures.p95Ms, 3), fixed(figures.p99Ms, 3), `${fixed(figures.ratioP50, 2)}×`])
  }
  const lines = [
    `${corpus.letters} letters of ~${corpus.words} words (seed ${corpus.seed}), ${runs} run${runs === 1 ? '' : 's'}, median across runs; × is p50 per letter against remark-parse alone.`,
    '',
    ...columns(rows),
    '',
  ]
  for (const cold of coldStarts) {
    const figures = median.coldStart[cold.id]
    lines.push(
      `cold start, ${cold.label}: ${fixed(figures.toResultMs, 0)} ms to result (import ${fixed(figures.importMs, 0)} ms, lint ${fixed(figures.lintMs, 0)} ms; median of ${cold.spawns} spawn${cold.spawns === 1 ? '' : 's'}), child peak RSS ${fixed(figures.childMaxRSSKiB / 1024, 0)} MiB`,
    )
  }
  lines.push(`peak RSS of this process: ${fixed(median.maxRSSKiB / 1024, 0)} MiB (corpus in memory, every approach loaded; live heap after GC ${fixed(median.heapUsedAfterGcKiB / 1024, 0)} MiB)`)
  return `${lines.join('\n')}\n`
}

/** Writes `results` as pretty JSON, creating the folder. */
export function writeResults(file, results) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`)
}
