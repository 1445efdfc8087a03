import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigLoader, lint } from '@letterlint/core'
import { afterEach, describe, expect, it } from 'vitest'
import { CancellationTokenSource, ResponseError, type CodeAction, type Diagnostic, type Hover, type TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { frame } from './framing.js'
import { TestClient } from './test-support/client.js'

const clients: TestClient[] = []

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()))
})

/** A server on an empty workspace; `debounce` (ms) set as a client without `workspace/configuration` pushes it. */
async function start(debounce?: number, nodeOptions?: string[]): Promise<{ client: TestClient; root: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'letterlint-stress-'))
  await mkdir(path.join(root, 'letters'))
  const client = await TestClient.start({ rootPath: root, ...(nodeOptions ? { nodeOptions } : {}) })
  clients.push(client)
  if (debounce !== undefined) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { letterlint: { debounce } } })
  return { client, root }
}

const LETTER = [
  '---',
  'to: Dana Whitfield',
  'company: Northwind Logistics',
  'role: Data Platform Engineer',
  '---',
  'Dear Dana,',
  '',
  'Thank you for your time. I enjoyed hearing how the nightly loads are checked, and I led a similar Kafka migration at Contoso.',
  '',
  'Best regards,',
  'Alex Rivera',
  '',
].join('\n')

/** Pieces a person types, with a typo, a/an slips, an emoji (two UTF-16 units) and line breaks. */
const PIECES = ['Kafka ', 'migration ', 'thank you ', 'Dana ', 'Northwind ', 'the the ', 'a honor ', 'teh ', '🎉', 'café ', '\n', '\n\n', ', ', '. ', 'I look forward to hearing from you. ']

/** Seeded (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An edit such as typing makes: insert a piece, delete a few characters, or replace some with a piece; the letter stays around 200 to 2,000 characters. */
function randomEdit(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const length = document.getText().length
  const start = Math.floor(next() * (length + 1))
  const piece = PIECES[Math.floor(next() * PIECES.length)]!
  const roll = next()
  const kind = length < 200 ? 'insert' : length > 2000 ? 'delete' : roll < 0.5 ? 'insert' : roll < 0.8 ? 'delete' : 'replace'
  const end = kind === 'insert' ? start : Math.min(length, start + 1 + Math.floor(next() * 12))
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: kind === 'delete' ? '' : piece }
}

/** Sends `count` edits without waiting between them. */
function type(client: TestClient, uri: string, count: number, next: () => number): void {
  for (let i = 0; i < count; i++) client.change(uri, [randomEdit(client.documents.get(uri)!, next)])
}

const lastPublished = (client: TestClient, uri: string) => client.published.findLast((params) => params.uri === uri)
const brief = (d: Pick<Diagnostic, 'range' | 'code' | 'message'>) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the CLI's engine finds in the text, as the server should publish it. */
async function freshLint(file: string, text: string): Promise<string[]> {
  const { findings } = await lint(text, { config: new ConfigLoader().forLetter(file).config, suggest: false })
  return findings.map((f) => brief({ range: { start: { line: f.line - 1, character: f.column - 1 }, end: { line: f.endLine - 1, character: f.endColumn - 1 } }, code: f.ruleId, message: f.message }))
}

describe.each([
  { setting: 'the default debounce', debounce: undefined },
  { setting: 'debounce 0', debounce: 0 },
])('1,000 edits at full speed with $setting', ({ debounce }) => {
  it('ends with the diagnostics of the final text, and none once the letter is closed', async () => {
    const { client, root } = await start(debounce)
    const file = path.join(root, 'letters', 'dana.md')
    const uri = `file://${file}`
    client.open(uri, LETTER)
    type(client, uri, 1000, random(1000 + (debounce ?? 150)))
    const final = client.documents.get(uri)!
    expect(final.version).toBe(1001)
    const published = await client.diagnostics(uri, final.version)
    expect(published.map(brief)).toEqual(await freshLint(file, final.getText()))
    // Nothing later replaces them: a lint of an older text that finishes late is dropped.
    await pause(500)
    expect(lastPublished(client, uri)?.version).toBe(final.version)

    client.close(uri)
    await client.until(() => lastPublished(client, uri)?.diagnostics.length === 0)
    await pause(500)
    expect(lastPublished(client, uri)).toEqual({ uri, diagnostics: [] })
  })

  it('publishes nothing after an empty list when the letter is closed in the middle of the edits', async () => {
    const { client, root } = await start(debounce)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, LETTER)
    await client.diagnostics(uri)
    type(client, uri, 1000, random(2000))
    client.close(uri)
    await client.until(() => lastPublished(client, uri)?.diagnostics.length === 0)
    await pause(500)
    expect(lastPublished(client, uri)).toEqual({ uri, diagnostics: [] })
  })
})

describe('a burst of changes with debounce 0', () => {
  it('is linted once, after the last change', async () => {
    const { client, root } = await start(0)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, LETTER)
    await client.diagnostics(uri)
    // 200 didChange messages in one write: the server reads them all before it could lint between two.
    const next = random(3000)
    const frames: Buffer[] = []
    for (let i = 0; i < 200; i++) {
      const document = client.documents.get(uri)!
      const change = randomEdit(document, next)
      const version = document.version + 1
      client.documents.set(uri, TextDocument.update(document, [change], version))
      frames.push(frame({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [change] } }))
    }
    client.write(Buffer.concat(frames))
    await client.diagnostics(uri, 201)
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version!)
    // At most one in between: the relint once the workspace is indexed may land in the burst.
    expect(versions.filter((version) => version > 1 && version < 201).length).toBeLessThanOrEqual(1)
    expect(versions.at(-1)).toBe(201)
  })
})

/** A server with LETTER open and its diagnostics published. */
async function withLetter(text = LETTER): Promise<{ client: TestClient; root: string; uri: string; diagnostics: Diagnostic[] }> {
  const { client, root } = await start()
  const uri = `file://${path.join(root, 'letters', 'dana.md')}`
  client.open(uri, text)
  return { client, root, uri, diagnostics: await client.diagnostics(uri) }
}

describe('malformed JSON-RPC', () => {
  it('answers what it cannot read as JSON-RPC says, skips bytes outside a frame, and keeps serving', async () => {
    const { client, uri, diagnostics } = await withLetter()
    const generic = diagnostics.find((d) => d.code === 'generic-phrase')!
    const hoverAtGeneric = () => client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: generic.range.start })
    const expected = await hoverAtGeneric()
    expect((expected!.contents as { value: string }).value).toContain('**letterlint · generic-phrase**')
    const unreadable = () => client.responses(null).map((response) => response.error?.code)
    const serves = async (errors: number[]) => {
      expect(await hoverAtGeneric()).toEqual(expected)
      expect(unreadable()).toEqual(errors)
      expect(client.alive).toBe(true)
    }

    client.write(Buffer.from([0, 0xff, 0x13, 0x41, 0x0a, 0x0d]))
    await serves([])
    client.write('Content-Length: 20\r\n\r\n{"jsonrpc": "2.0", "')
    await serves([-32700])
    client.write(frame([{ jsonrpc: '2.0', method: 'initialized', params: {} }]))
    await serves([-32700, -32600])
    client.write(frame({ hello: 'world' }))
    await serves([-32700, -32600, -32600])
    // Content-Length too short, then too long: the frames around them are still read.
    client.write('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}')
    await serves([-32700, -32600, -32600, -32700])
    client.write('Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"}')
    await serves([-32700, -32600, -32600, -32700, -32700])

    client.write(frame({ jsonrpc: '2.0', id: 'method-5', method: 5 }))
    expect(await client.response('method-5')).toMatchObject({ error: { code: -32600 } })
    await serves([-32700, -32600, -32600, -32700, -32700])
  })

  it('answers an unknown method with MethodNotFound and malformed params with InvalidParams', async () => {
    const { client, uri, diagnostics } = await withLetter()
    const rejection = (method: string, params: unknown) => client.connection.sendRequest(method, params).then(() => undefined, (error: ResponseError) => ({ code: error.code, message: error.message }))
    expect(await rejection('letterlint/unknown', {})).toEqual({ code: -32601, message: 'Unhandled method letterlint/unknown' })
    const badCodeAction = { code: -32602, message: 'textDocument/codeAction expects a textDocument with a uri, a range of two positions and a context with a list of diagnostics.' }
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
    expect(await rejection('textDocument/codeAction', { range, context: { diagnostics: [] } })).toEqual(badCodeAction)
    expect(await rejection('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: '0', character: 0 }, end: 7 }, context: { diagnostics: [] } })).toEqual(badCodeAction)
    expect(await rejection('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: 'all' } })).toEqual(badCodeAction)
    expect(await rejection('textDocument/hover', { textDocument: { uri }, position: 'start' })).toEqual({
      code: -32602,
      message: 'textDocument/hover expects a textDocument with a uri and a position with a numeric line and character.',
    })
    // `params: null` reaches the library, which reads `params.workDoneToken` before the handler runs: an InternalError, still an answer.
    client.write(frame({ jsonrpc: '2.0', id: 'null-params', method: 'textDocument/codeAction', params: null }))
    expect(await client.response('null-params')).toMatchObject({ error: { code: -32603 } })
    expect(await client.connection.sendRequest('workspace/executeCommand', { command: 'letterlint.addWordToDictionary' })).toBeNull()

    // Malformed notifications are refused; the letter keeps its text and its diagnostics.
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 5, languageId: 'markdown', version: 1 } })
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: 42 }] })
    const generic = diagnostics.find((d) => d.code === 'generic-phrase')!
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: generic.range, context: { diagnostics: [generic] } })
    expect(actions.map((action) => action.title)).toContain('Disable generic-phrase for this line')
    expect(client.alive).toBe(true)
  })

  it('answers requests for unknown documents and positions out of range with nothing', async () => {
    const { client, uri } = await withLetter()
    const hoverAt = (line: number, character: number, at = uri) => client.connection.sendRequest('textDocument/hover', { textDocument: { uri: at }, position: { line, character } })
    expect(await hoverAt(7, 0)).not.toBeNull()
    expect(await hoverAt(7, 0, 'file:///nowhere/unknown.md')).toBeNull()
    expect(await hoverAt(10_000, 0)).toBeNull()
    expect(await hoverAt(7, -1)).toBeNull()
    expect(await hoverAt(7, 10_000)).toBeNull()
    const far = { start: { line: 10_000, character: -1 }, end: { line: 10_000, character: 10_000 } }
    expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: 'untitled:Untitled-9' }, range: far, context: { diagnostics: [] } })).toEqual([])
    expect(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: far, context: { diagnostics: [] } })).toEqual([])
    expect(client.alive).toBe(true)
  })
})

describe('cancellation', () => {
  const sloppy = LETTER.replace('Kafka migration', 'Kafka migration, and the the teh rollout')
  /** A request and its `$/cancelRequest` in one write, as a client sends them when the user moves on at once. */
  const requestAndCancel = (id: string, method: string, params: unknown) =>
    Buffer.concat([frame({ jsonrpc: '2.0', id, method, params }), frame({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })])
  const cancelled = (id: string) => ({ jsonrpc: '2.0', id, error: { code: -32800, message: 'The request was cancelled.' } })

  it('answers a code action request cancelled as it is sent with RequestCancelled, and the same request otherwise with its actions', async () => {
    const { client, uri, diagnostics } = await withLetter(sloppy)
    const params = { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['quickfix', 'source.fixAll.letterlint'] } }
    client.write(requestAndCancel('fix-all', 'textDocument/codeAction', params))
    expect(await client.response('fix-all')).toEqual(cancelled('fix-all'))
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params)
    expect(actions.map((action) => action.title)).toEqual(expect.arrayContaining(['Remove the repeated "the"', 'Replace with "the"', 'Fix all safe letterlint problems']))
  })

  it('gives every request cancelled at some point either RequestCancelled or its whole answer', async () => {
    const { client, uri, diagnostics } = await withLetter(sloppy)
    const params = { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics, only: ['quickfix', 'source.fixAll.letterlint'] } }
    const whole = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params)
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const source = new CancellationTokenSource()
        setTimeout(() => source.cancel(), i)
        return client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', params, source.token).catch((error: ResponseError) => error.code)
      }),
    )
    for (const answer of answers) if (answer !== -32800) expect(answer).toEqual(whole)
    expect(client.alive).toBe(true)
  })

  it('adds no word to the dictionary when the command is cancelled as it is sent', async () => {
    const { client, root, uri } = await withLetter(sloppy)
    client.write(requestAndCancel('add-word', 'workspace/executeCommand', { command: 'letterlint.addWordToDictionary', arguments: [uri, 'teh'] }))
    expect(await client.response('add-word')).toEqual(cancelled('add-word'))
    expect(existsSync(path.join(root, 'letters', '.letterlintrc.json'))).toBe(false)
  })
})

/** YAML aliases nine levels deep, nine to a level: 9^9 strings if expanded, under the known key `to`. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
  for (const [previous, name] of [...'abcdefgh'].map((letter, i) => [letter, 'bcdefghi'[i]!])) lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
  return ['---', ...lines, 'to: *i', 'company: Northwind Logistics', '---', 'Dear Dana,', '', 'Thank you.', ''].join('\n')
}

describe('bad documents', () => {
  const MB = 1024 * 1024
  const bad: Record<string, string> = {
    'binary.md': `Dear Dana,\n\n\u0000\u0000\u0001PK\u0003\u0004${'\u0000'.repeat(64)}\uFFFD binary \u0000 data\n`,
    'alias-bomb.md': aliasBomb(),
    'wrong-types.md': '---\nto: 42\ninterviewed: next Tuesday\n---\nDear Dana,\n\nThank you for your time.\n',
    // Exactly 5 MB and 1 MB of UTF-8.
    'five-megabytes.md': `---\nto: Dana\n---\n${'Thank you for the talk about the Kafka migration.\n\n'.repeat(Math.ceil((5 * MB) / 51))}`.slice(0, 5 * MB),
    'one-line.md': 'x'.repeat(MB),
  }

  it('gets findings, or one diagnostic saying why it is not linted, within seconds; the server keeps serving', async () => {
    const { client, root } = await start()
    const uriOf = (name: string) => `file://${path.join(root, 'letters', name)}`
    const started = Date.now()
    for (const [name, text] of Object.entries(bad)) client.open(uriOf(name), text)
    const published = Object.fromEntries(await Promise.all(Object.keys(bad).map(async (name) => [name, (await client.diagnostics(uriOf(name))).map(brief)] as const)))
    // client.diagnostics gives up after 10 s; all of them together take well under that.
    expect(Date.now() - started).toBeLessThan(10_000)

    for (const name of ['binary.md', 'alias-bomb.md', 'wrong-types.md']) expect(published[name], name).toEqual(await freshLint(path.join(root, 'letters', name), bad[name]!))
    expect(published['alias-bomb.md']).toContainEqual(expect.stringMatching(/^10:4-10:6 frontmatter Frontmatter `to`: /))
    expect(published['wrong-types.md']).toEqual(
      expect.arrayContaining([
        '1:4-1:6 frontmatter Frontmatter `to` should be a name or a list of names, not 42.',
        '2:13-2:25 frontmatter Frontmatter `interviewed` should be a date like 2026-11-20 or a date-time like 2026-11-20T15:30, not "next Tuesday".',
      ]),
    )
    expect(published['five-megabytes.md']).toEqual(['0:0-0:0 input-limit Not linted: 5.0 MB is over the size limit of 256 KB for one letter.'])
    expect(published['one-line.md']).toEqual(['0:0-0:0 input-limit Not linted: 1.0 MB is over the size limit of 256 KB for one letter.'])

    // A good letter opened after them is linted as ever, and the big one is linted once it is small again.
    const good = uriOf('dana.md')
    client.open(good, LETTER)
    expect((await client.diagnostics(good)).map(brief)).toEqual(await freshLint(path.join(root, 'letters', 'dana.md'), LETTER))
    const big = uriOf('five-megabytes.md')
    const small = 'Dear Priya,\n\nThank you for showing me the warehouse robots.\n'
    client.change(big, [{ text: small }])
    expect((await client.diagnostics(big)).map(brief)).toEqual(await freshLint(path.join(root, 'letters', 'five-megabytes.md'), small))
    expect(client.alive).toBe(true)
  })

  it('refuses Markdown nested thousands deep with one diagnostic on the line to blame', async () => {
    const { client, root } = await start()
    const uri = `file://${path.join(root, 'letters', 'deep.md')}`
    // Core's input guard refuses it (micromark is quadratic in the depth); the server shows why, where.
    client.open(uri, `Dear Dana,\n\n${'>'.repeat(5000)} deep\n`)
    const [diagnostic, ...others] = (await client.diagnostics(uri)).map(brief)
    expect(others).toEqual([])
    expect(diagnostic).toMatch(/^2:0-2:0 input-limit Not linted: line 3 nests block quotes or list items 5000 deep/)
  })
})

/** Resident memory of a process in MB, from Linux's /proc. */
async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024
}

describe('memory', () => {
  it('stays flat over 10,000 edits', { timeout: 90_000 }, async () => {
    // The server keeps ~30 MB live. Uncapped, V8 lets garbage pile up for a long while (about 50 MB of
    // RSS over these edits, all of it collected by a full GC); capped, it must collect first, so what
    // the RSS shows is what the server keeps, and a leak ends in growth or an out-of-memory crash.
    const { client, root } = await start(0, ['--max-old-space-size=64'])
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, LETTER)
    const next = random(4000)
    // Wait for the diagnostics every 100 edits, so the server lints along the way.
    const edit = async (count: number) => {
      for (let done = 0; done < count; done += 100) {
        type(client, uri, 100, next)
        await client.diagnostics(uri)
      }
    }
    await edit(1000)
    const warm = await rss(client.process.pid!)
    await edit(10_000)
    const after = await rss(client.process.pid!)
    console.log(`server RSS: ${warm.toFixed(1)} MB after 1,000 edits, ${after.toFixed(1)} MB after 10,000 more (${(after - warm).toFixed(1)} MB growth)`)
    expect(client.documents.get(uri)!.version).toBe(11_001)
    expect(after - warm).toBeLessThan(60)
    expect(client.alive).toBe(true)
  })
})
