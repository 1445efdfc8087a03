/**
 * Summarises a V8 .cpuprofile: the functions with the most self time (file:line, mapped back to
 * TypeScript through source maps where the file has one), and self time by package.
 * Usage: node bench/profile-summary.js <file.cpuprofile> [--top N]
 */
import { existsSync, readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } })
if (positionals.length !== 1) {
  process.stderr.write('Usage: node bench/profile-summary.js <file.cpuprofile> [--top N]\n')
  process.exit(2)
}
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'))
const root = process.cwd()

/** Self time per profile node, in ms, from the sample deltas (more exact than hit counts). */
const selfMs = new Map()
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
const totalMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0)

const maps = new Map()
/** The TypeScript place of a compiled place, when the file has a source map beside it. */
function original(file, line, column) {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined)
  }
  const map = maps.get(file)
  const entry = map?.findEntry(line, column)
  if (!entry || !entry.originalSource) return undefined
  const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(dirname(file), entry.originalSource)
  return `${relative(root, source)}:${entry.originalLine + 1}`
}

function where(frame) {
  if (!frame.url) return '(native)'
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url
  const compiled = `${file.startsWith('/') ? relative(root, file) : file}:${frame.lineNumber + 1}`
  const source = file.startsWith('/') ? original(file, frame.lineNumber, frame.columnNumber) : undefined
  return source ? `${source} (${compiled})` : compiled
}

/** `node_modules/<package>`, the workspace package, or what V8 calls the frame. */
function owner(frame) {
  if (!frame.url) return frame.functionName || '(native)'
  if (frame.url.startsWith('node:')) return 'node internals'
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)
  if (modules) return modules[1]
  const workspace = /\/packages\/([^/]+)\//.exec(frame.url)
  if (workspace) return `@letterlint/${workspace[1]}`
  return frame.url.startsWith('file:') ? relative(root, fileURLToPath(frame.url)) : frame.url
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
const isLetterlint = (frame) => /\/packages\/[^/]+\//.test(frame.url) && !frame.url.includes('node_modules')
/** The innermost letterlint function on the stack of `id` (itself included), if any. */
function letterlintCaller(id) {
  for (let at = id; at !== undefined; at = parents.get(at)) if (isLetterlint(nodes.get(at).callFrame)) return nodes.get(at).callFrame
  return undefined
}

const byFunction = new Map()
const byOwner = new Map()
const byCaller = new Map()
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0
  if (ms === 0) continue
  const frame = node.callFrame
  const key = `${frame.functionName || '(anonymous)'}\t${frame.url}\t${frame.lineNumber}\t${frame.columnNumber}`
  const entry = byFunction.get(key) ?? { name: frame.functionName || '(anonymous)', frame, ms: 0 }
  entry.ms += ms
  byFunction.set(key, entry)
  const who = owner(frame)
  byOwner.set(who, (byOwner.get(who) ?? 0) + ms)
  const caller = letterlintCaller(node.id)
  if (caller) {
    const callerKey = `${caller.functionName}\t${caller.url}\t${caller.lineNumber}\t${caller.columnNumber}`
    const entry = byCaller.get(callerKey) ?? { name: caller.functionName || '(anonymous)', frame: caller, ms: 0 }
    entry.ms += ms
    byCaller.set(callerKey, entry)
  }
}

const percent = (ms) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)} %`
const short = (name) => (name.length > 60 ? `${name.slice(0, 57)}...` : name)
const top = Number(values.top)
const row = (ms, name, place = '') => `${percent(ms)} ${ms.toFixed(0).padStart(7)} ms  ${short(name)}${place ? `  ${place}` : ''}`
const lines = [`${totalMs.toFixed(0)} ms sampled`, '', `top ${top} functions by self time:`]
for (const entry of [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, top)) lines.push(row(entry.ms, entry.name, where(entry.frame)))
lines.push('', `top ${top} letterlint functions by time spent in them or in libraries they call (up to the next letterlint function):`)
for (const entry of [...byCaller.values()].sort((a, b) => b.ms - a.ms).slice(0, top)) lines.push(row(entry.ms, entry.name, where(entry.frame)))
lines.push('', 'self time by package:')
for (const [who, ms] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 20)) lines.push(row(ms, who))
process.stdout.write(`${lines.join('\n')}\n`)
