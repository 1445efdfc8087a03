import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type InitializeResult,
  type MessageConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node'
import type { LetterSummary } from './summary.js'
import { packagedVsix, readZip, unpack } from './test-support/vsix.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))

/** A letter with a typo ("explaning") and a line that could follow any interview. */
const LETTER = [
  '---',
  'to: Dana Whitfield',
  'company: Northwind Logistics',
  'role: Data Platform Engineer',
  '---',
  'Dear Dana,',
  '',
  'Thank you for explaning how the nightly loads are checked. Thank you for your time.',
  '',
  'Best regards,',
  'Alex Rivera',
  '',
].join('\n')

let files: Map<string, Buffer>
let scratch: string

beforeAll(async () => {
  files = await readZip(packagedVsix(root))
  scratch = await mkdtemp(path.join(tmpdir(), 'letterlint-vsix-'))
})

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

describe('the packaged .vsix', () => {
  it('holds the bundles, the files the server reads, and the extension page', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'extension/package.json',
        'extension/dist/extension.cjs',
        'extension/dist/server.js',
        'extension/dist/data/dictionary-en-US.bin',
        'extension/dist/data/dictionary-en-GB.bin',
        'extension/dist/data/spelling-words.json',
        'extension/dist/data/suggestion-index.bin',
        'extension/dist/letterlintrc.schema.json',
        'extension/dist/THIRD-PARTY-NOTICES.txt',
        'extension/snippets/markdown.code-snippets',
        'extension/images/icon.png',
        'extension/readme.md',
        'extension/changelog.md',
        'extension/LICENSE.txt',
      ]),
    )
  })

  it('holds no sources, no node_modules and no development files', () => {
    const names = [...files.keys()]
    expect(names.filter((name) => /(^|\/)(node_modules|src|scripts|test-support)\//.test(name))).toEqual([])
    expect(names.filter((name) => /\.(ts|map)$|tsconfig|vitest|turbo\.json|\.vscodeignore|\.vsix$/.test(name))).toEqual([])
    // Everything the extension ships sits under these; anything new must be chosen on purpose.
    expect(names.filter((name) => !/^(extension\/(dist|snippets|images)\/|extension\/[^/]+$|[^/]+$)/.test(name))).toEqual([])
  })

  it('ships the manifest as built, pointing at files it contains', () => {
    const packaged = JSON.parse(files.get('extension/package.json')!.toString('utf8'))
    expect(packaged.main).toBe(manifest.main)
    const shipped = (relative: string) => files.has(path.posix.join('extension', relative))
    expect(shipped(packaged.main)).toBe(true)
    expect(shipped(packaged.icon)).toBe(true)
    for (const validation of packaged.contributes.jsonValidation) expect(shipped(validation.url)).toBe(true)
    for (const snippets of packaged.contributes.snippets) expect(shipped(snippets.path)).toBe(true)
  })
})

describe('the server started from the unpacked .vsix', () => {
  let child: ChildProcess
  let connection: MessageConnection
  let initialized: InitializeResult
  const published: PublishDiagnosticsParams[] = []
  const summaries: LetterSummary[] = []
  let uri: string

  beforeAll(async () => {
    const extension = path.join(scratch, 'unpacked')
    await unpack(files, extension)
    const workspace = path.join(scratch, 'job-search')
    await mkdir(path.join(workspace, 'letters'), { recursive: true })
    const letter = path.join(workspace, 'letters', 'northwind-dana.md')
    await writeFile(letter, LETTER)
    uri = pathToFileURL(letter).href

    // Started from elsewhere, as VS Code does: the server must find its files next to itself.
    child = spawn(process.execPath, [path.join(extension, 'extension', 'dist', 'server.js'), '--stdio'], { cwd: scratch, stdio: ['pipe', 'pipe', 'inherit'] })
    connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      published.push(params)
    })
    connection.onNotification('letterlint/summary', (summary: LetterSummary) => {
      summaries.push(summary)
    })
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null))
    connection.onRequest('client/registerCapability', () => null)
    connection.listen()
    const folder = pathToFileURL(workspace).href
    initialized = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'job-search' }],
      capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } } },
    })
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: LETTER } })
  })

  afterAll(async () => {
    if (!child) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    await connection.sendRequest('shutdown').catch(() => undefined)
    await connection.sendNotification('exit').catch(() => undefined)
    const timer = setTimeout(() => child.kill(), 5000)
    await exited
    clearTimeout(timer)
    connection.dispose()
  })

  const diagnostics = () => vi.waitFor(() => {
    const last = published.findLast((params) => params.uri === uri && params.diagnostics.length > 0)
    if (!last) throw new Error('no diagnostics yet')
    return last.diagnostics
  }, { timeout: 20_000, interval: 50 })

  it('answers initialize with the features the extension relies on', () => {
    expect(initialized.serverInfo?.name).toBe('letterlint-language-server')
    expect(initialized.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: expect.anything() })
    // The client-side commands must not take the id the server registers for itself.
    const serverCommands = initialized.capabilities.executeCommandProvider?.commands ?? []
    expect(serverCommands).toContain('letterlint.addWordToDictionary')
    const contributed: string[] = manifest.contributes.commands.map((command: { command: string }) => command.command)
    expect(contributed.filter((command) => serverCommands.includes(command))).toEqual([])
  })

  it('publishes diagnostics for a misspelling (the bundled dictionary) and a generic phrase', async () => {
    const found = await diagnostics()
    const typo = found.find((diagnostic) => diagnostic.code === 'spelling')
    expect(typo?.range).toEqual({ start: { line: 7, character: 14 }, end: { line: 7, character: 23 } })
    expect(found.find((diagnostic) => diagnostic.code === 'generic-phrase')?.message).toContain('Thank you for your time')
  })

  it('offers spelling suggestions in a code action (the bundled word list)', async () => {
    const typo = (await diagnostics()).find((diagnostic) => diagnostic.code === 'spelling')!
    const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: typo.range, context: { diagnostics: [typo] } })
    expect(actions.map((action) => action.title)).toContain('Replace with "explaining"')
  })

  it('sends the summary the status bar reads', async () => {
    const summary = await vi.waitFor(() => summaries.findLast((candidate) => candidate.uri === uri) ?? Promise.reject(new Error('no summary yet')), { timeout: 20_000 })
    expect(summary).toMatchObject({ version: 1, minWords: expect.any(Number), maxWords: expect.any(Number), total: 6, errors: 0 })
    expect(summary.words).toBeGreaterThan(10)
    expect(Object.keys(summary.specifics).sort()).toEqual(['company', 'interest', 'interviewer', 'qualification', 'role', 'topic'])
    expect(summary.warnings).toBeGreaterThanOrEqual(2)
  })
})
