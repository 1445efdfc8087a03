/**
 * The language server as an editor meets it: time from spawn to the first diagnostics of an opened
 * letter, didChange → publishDiagnostics latency over a scripted typing session (debounce set to 0,
 * so what is measured is the server's own work and the round trip), and its memory with letters open.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node'
import { median, percentile, sorted } from './stats.js'

/** The server to measure: the package's bin by default, or another build (e.g. the VS Code bundle). */
const SERVER = process.env.LETTERLINT_BENCH_SERVER ?? fileURLToPath(new URL('../packages/language-server/dist/bundle/server.js', import.meta.url))

/**
 * A started server and a client connection that records every publishDiagnostics. With `settle`,
 * the client waits 50 ms after the handshake so the server has its settings (debounce 0) before a
 * typing session; without it, it opens a letter at once, as an editor does.
 */
async function startServer(root, { settle = true } = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', process.env.BENCH_SERVER_STDERR ? 'inherit' : 'ignore'] })
  // When the server's last bytes arrived: registered before the reader's listener, so by the time a
  // message is dispatched this is when its final chunk came in (or, later, a chunk after it).
  let lastChunkAt = 0
  child.stdout.on('data', () => {
    lastChunkAt = performance.now()
  })
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const key = `${params.uri}@${params.version}`
    waiting.get(key)?.({ wire: lastChunkAt, dispatched: performance.now() })
    waiting.delete(key)
  })
  // Debounce 0: the bench measures the server's work, not the pause it leaves for typing.
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ debounce: 0 })))
  connection.onRequest('client/registerCapability', () => null)
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true } },
  })
  await connection.sendNotification('initialized', {})
  if (settle) await new Promise((resolve) => setTimeout(resolve, 50))
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri}@${version}`, resolve))
  return {
    started,
    child,
    connection,
    /** When the diagnostics of the opened letter were received. */
    async open(uri, text) {
      const done = published(uri, 1)
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
      return (await done).wire
    },
    /**
     * Milliseconds from sending a change to its diagnostics: `wire` when their bytes arrived, and
     * `dispatched` when the client library handed them over (it adds its own turns of the event loop).
     */
    async change(uri, version, changes) {
      const done = published(uri, version)
      const sent = performance.now()
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes })
      const { wire, dispatched } = await done
      return { wire: wire - sent, dispatched: dispatched - sent }
    },
    /** CPU time the server process has used, in milliseconds (Linux /proc; user + system). */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
    },
    rssKiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN)
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown')
        await connection.sendNotification('exit')
      } catch {
        // Already gone.
      }
      connection.dispose()
      child.kill('SIGTERM')
    },
  }
}

function workspace(letters) {
  const root = mkdtempSync(join(tmpdir(), 'letterlint-bench-server-'))
  mkdirSync(join(root, 'letters'))
  return {
    root,
    files: letters.map((letter, i) => {
      const file = join(root, 'letters', `letter-${i}.md`)
      writeFileSync(file, letter.text)
      return { uri: pathToFileURL(file).href, text: letter.text }
    }),
  }
}

/** Spawn → first diagnostics of one opened letter, median of `spawns` fresh servers. */
async function firstDiagnostics(letter, spawns) {
  const times = []
  for (let i = 0; i < spawns; i++) {
    const { root, files } = workspace([letter])
    // No pause after the handshake: the 50 ms a typing session waits would count as start-up.
    const server = await startServer(root, { settle: false })
    const at = await server.open(files[0].uri, files[0].text)
    times.push(at - server.started)
    await server.stop()
    rmSync(root, { recursive: true, force: true })
  }
  return median(times)
}

/** The start of a session, reported apart: a fresh server's code is not yet optimised by V8. */
const FIRST = 300

/**
 * Types `keystrokes` characters at the end of the letter's first body paragraph, one didChange
 * each, waiting for that version's diagnostics before the next: the latency of each round trip.
 */
async function typing(letter, keystrokes) {
  const { root, files } = workspace([letter])
  const server = await startServer(root)
  const { uri, text } = files[0]
  await server.open(uri, text)
  const lines = text.split('\n')
  const line = lines.findIndex((l, i) => i > 0 && l.length > 40 && !l.includes(':'))
  let character = lines[line].length
  const sentence = ' We also talked about the depot rota and the winter routing plan.'
  const latencies = []
  const dispatched = []
  const cpuBefore = server.cpuMs()
  for (let k = 0; k < keystrokes; k++) {
    const char = sentence[k % sentence.length]
    const position = { line, character }
    const latency = await server.change(uri, k + 2, [{ range: { start: position, end: position }, text: char }])
    latencies.push(latency.wire)
    dispatched.push(latency.dispatched)
    character++
  }
  const cpuPerKeystrokeMs = (server.cpuMs() - cpuBefore) / keystrokes
  const rss = server.rssKiB()
  await server.stop()
  rmSync(root, { recursive: true, force: true })
  const ascending = sorted(latencies)
  const viaClient = sorted(dispatched)
  const first = sorted(latencies.slice(0, FIRST))
  return {
    keystrokes,
    p50Ms: percentile(ascending, 50),
    p95Ms: percentile(ascending, 95),
    p99Ms: percentile(ascending, 99),
    firstP50Ms: percentile(first, 50),
    firstP95Ms: percentile(first, 95),
    clientP50Ms: percentile(viaClient, 50),
    clientP95Ms: percentile(viaClient, 95),
    cpuPerKeystrokeMs,
    rssKiB: rss,
  }
}

/** RSS of one server with `count` letters open, each linted once. */
async function openLetters(letters) {
  const { root, files } = workspace(letters)
  const server = await startServer(root)
  for (const file of files) await server.open(file.uri, file.text)
  const rss = server.rssKiB()
  await server.stop()
  rmSync(root, { recursive: true, force: true })
  return { letters: letters.length, rssKiB: rss }
}

/** Every server figure, for one run, measured from this process (see `measureServerApart`). */
export async function measureServer({ letter300, letter600, openCorpus, spawns, keystrokes }) {
  return {
    firstDiagnosticsMs: await firstDiagnostics(letter300, spawns),
    typing300: await typing(letter300, keystrokes),
    typing600: await typing(letter600, keystrokes),
    open: await openLetters(openCorpus),
  }
}

/** Every server figure, for one run, measured from a fresh process (`server-child.js`): letters need only their text. */
export async function measureServerApart({ letter300, letter600, openCorpus, spawns, keystrokes }) {
  const scratch = mkdtempSync(join(tmpdir(), 'letterlint-bench-client-'))
  const input = join(scratch, 'input.json')
  const text = (letter) => ({ text: letter.text })
  writeFileSync(input, JSON.stringify({ letter300: text(letter300), letter600: text(letter600), openCorpus: openCorpus.map(text), spawns, keystrokes }))
  try {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./server-child.js', import.meta.url)), input], { stdio: ['ignore', 'pipe', 'inherit'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    const [code] = await once(child, 'exit')
    if (code !== 0) throw new Error(`bench/server-child.js exited with ${code}`)
    return JSON.parse(output)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Lines for the report. */
export function formatServer(figures) {
  const ms = (value) => value.toFixed(2)
  return [
    `language server: first diagnostics ${figures.firstDiagnosticsMs.toFixed(0)} ms after spawn (median of spawns)`,
    `language server: keystroke → diagnostics on the wire over a typing session, 300 words: p50 ${ms(figures.typing300.p50Ms)} ms, p95 ${ms(figures.typing300.p95Ms)} ms; 600 words: p50 ${ms(figures.typing600.p50Ms)} ms, p95 ${ms(figures.typing600.p95Ms)} ms (${figures.typing600.keystrokes} keystrokes, debounce 0; server CPU ${ms(figures.typing600.cpuPerKeystrokeMs)} ms a keystroke)`,
    `language server: the first ${Math.min(FIRST, figures.typing600.keystrokes)} keystrokes alone (V8 still optimising), 300 words: p50 ${ms(figures.typing300.firstP50Ms)} ms, p95 ${ms(figures.typing300.firstP95Ms)} ms; 600 words: p50 ${ms(figures.typing600.firstP50Ms)} ms, p95 ${ms(figures.typing600.firstP95Ms)} ms`,
    `language server: the whole session once vscode-jsonrpc has dispatched them, 300 words: p50 ${ms(figures.typing300.clientP50Ms)} ms, p95 ${ms(figures.typing300.clientP95Ms)} ms; 600 words: p50 ${ms(figures.typing600.clientP50Ms)} ms, p95 ${ms(figures.typing600.clientP95Ms)} ms`,
    `language server: RSS ${(figures.open.rssKiB / 1024).toFixed(0)} MiB with ${figures.open.letters} letters open`,
  ]
}
