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
  const rows = [['approach', 'letters/s', 'p50 ms', 'p95 ms', 'p99 ms', '× remark-parse', 'set-up ms']]
  for (const { id, label, letters } of approaches) {
    const figures = median.approaches[id]
    const sampled = letters.length < corpus.letters ? ` (first ${letters.length} letters)` : ''
    rows.push([label + sampled, fixed(figures.lettersPerSecond, 0), fixed(figures.p50Ms, 3), fixed(figures.p95Ms, 3), fixed(figures.p99Ms, 3), `${fixed(figures.ratioP50, 2)}×`, fixed(figures.readyMs, 0)])
  }
  const lines = [
    `${corpus.letters} letters of ~${corpus.words} words (seed ${corpus.seed}), ${runs} run${runs === 1 ? '' : 's'}, median across runs, one thread; × is p50 per letter against remark-parse alone; set-up is building the processor or linter and linting a first letter.`,
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

/** Escapes text for SVG. */
function xml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A horizontal bar chart of letters/s per approach (log scale: the floor is ~1,000× the slowest peer). */
export function formatChart({ approaches, median, corpus }) {
  const bar = { x: 330, width: 400, height: 18, gap: 8 }
  const rates = approaches.map(({ id }) => median.approaches[id].lettersPerSecond)
  const top = Math.log10(Math.max(...rates) * 1.5)
  const bottom = Math.log10(Math.max(1, Math.min(...rates) / 2))
  const length = (rate) => Math.max(2, ((Math.log10(rate) - bottom) / (top - bottom)) * bar.width)
  const rows = approaches.map(({ id, label, peer }, i) => {
    const y = 40 + i * (bar.height + bar.gap)
    const rate = median.approaches[id].lettersPerSecond
    const colour = id === 'letterlint' ? '#2f6fde' : peer ? '#d9822b' : '#8a94a6'
    return [
      `<text x="${bar.x - 8}" y="${y + 13}" text-anchor="end">${xml(label)}</text>`,
      `<rect x="${bar.x}" y="${y}" width="${length(rate).toFixed(1)}" height="${bar.height}" fill="${colour}"/>`,
      `<text x="${(bar.x + length(rate) + 6).toFixed(1)}" y="${y + 13}">${Math.round(rate).toLocaleString('en-US')}</text>`,
    ].join('')
  })
  const height = 40 + approaches.length * (bar.height + bar.gap) + 10
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="820" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="20" font-size="14">Letters linted per second, one thread, ${corpus.letters} letters of ~${corpus.words} words (log scale)</text>`,
    ...rows,
    '</svg>',
    '',
  ].join('\n')
}
