import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { TextDocument } from 'vscode-languageserver-textdocument'
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type DataCallback,
  type InitializeResult,
  type Message,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ResponseMessage,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node'

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> }

/** The command the package installs (it loads the built bundle), as editors run it. */
export const SERVER_BIN = path.resolve(import.meta.dirname, '../..', manifest.bin['letterlint-language-server']!)

/** Keeps every message the server sends, also answers to requests written past the connection. */
class RecordingReader extends StreamMessageReader {
  readonly messages: Message[] = []

  constructor(
    readable: NodeJS.ReadableStream,
    private readonly heard: () => void,
  ) {
    super(readable)
  }

  override listen(callback: DataCallback) {
    return super.listen((message) => {
      this.messages.push(message)
      this.heard()
      callback(message)
    })
  }
}

/** A real LSP client over stdio, talking to the built server as editors do. */
export class TestClient {
  readonly published: PublishDiagnosticsParams[] = []
  readonly notifications: Array<{ method: string; params: unknown }> = []
  readonly documents = new Map<string, TextDocument>()
  /** What the server answered to `initialize`. */
  initializeResult: InitializeResult | undefined
  private waiters: Array<() => void> = []
  /** The end of what the server wrote to stderr (read, so it never fills the pipe), for when it dies. */
  private stderr = ''

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcess,
    private readonly reader: RecordingReader,
  ) {}

  static async start(options: { rootPath?: string; capabilities?: ClientCapabilities; settings?: unknown; nodeOptions?: string[] } = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [...(options.nodeOptions ?? []), SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
    const reader = new RecordingReader(child.stdout!, () => client.wake())
    const connection = createMessageConnection(reader, new StreamMessageWriter(child.stdin!))
    const client = new TestClient(connection, child, reader)
    child.stderr!.on('data', (chunk: Buffer) => {
      client.stderr = (client.stderr + chunk.toString('utf8')).slice(-2000)
    })
    child.once('exit', () => client.wake())
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      client.published.push(params)
      client.wake()
    })
    connection.onNotification((method: string, params: unknown) => {
      client.notifications.push({ method, params })
      client.wake()
    })
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? null))
    connection.onRequest('client/registerCapability', () => null)
    connection.onRequest('window/showMessageRequest', () => null)
    connection.listen()
    const rootUri = options.rootPath ? `file://${options.rootPath}` : null
    client.initializeResult = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: options.rootPath ? [{ uri: rootUri, name: 'letters' }] : null,
      capabilities: options.capabilities ?? {},
    })
    await connection.sendNotification('initialized', {})
    return client
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null
  }

  /** Writes bytes straight into the server's stdin, past the connection (which only writes whole messages). */
  write(bytes: Buffer | string): void {
    this.process.stdin!.write(bytes)
  }

  /** The server's answers with this id so far, also to requests written with `write` (id null: to messages it could not read). */
  responses(id: string | number | null): ResponseMessage[] {
    return this.reader.messages.filter((message): message is ResponseMessage => 'id' in message && message.id === id && !('method' in message))
  }

  /** Waits for the server's first answer with this id. */
  async response(id: string | number | null): Promise<ResponseMessage> {
    return this.until(() => this.responses(id)[0])
  }

  private wake(): void {
    for (const waiter of this.waiters.splice(0)) waiter()
  }

  /** Waits until `test` holds, re-checking after every message from the server. */
  async until<T>(test: () => T | undefined | false, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout
    for (;;) {
      const value = test()
      if (value) return value
      if (!this.alive) throw new Error(`the server exited (${this.process.exitCode ?? this.process.signalCode}): ${this.stderr}`)
      if (Date.now() > deadline) throw new Error('timed out waiting for the server')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(10, deadline - Date.now()))
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  /** The diagnostics last published for `uri` for its current version. */
  async diagnostics(uri: string, version = this.documents.get(uri)?.version): Promise<Diagnostic[]> {
    return this.until(() => {
      const last = [...this.published].reverse().find((params) => params.uri === uri)
      return last && (last.version === undefined || last.version === version) ? last.diagnostics : undefined
    })
  }

  open(uri: string, text: string, languageId = 'markdown'): void {
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text))
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } })
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): void {
    const document = this.documents.get(uri)!
    const next = TextDocument.update(document, changes, document.version + 1)
    this.documents.set(uri, next)
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: changes })
  }

  close(uri: string): void {
    this.documents.delete(uri)
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })
  }

  /** Applies a workspace edit to the client's copy, as an editor would, and tells the server. */
  apply(edit: WorkspaceEdit): string {
    let uri = ''
    for (const change of edit.documentChanges ?? []) {
      if (!('textDocument' in change)) continue
      uri = change.textDocument.uri
      const document = this.documents.get(uri)!
      if (change.textDocument.version !== null && change.textDocument.version !== document.version) throw new Error('edit for a stale version')
      const edits = change.edits.map((e: TextEdit | { range: TextEdit['range']; snippet: { value: string } }) => ('snippet' in e ? { range: e.range, newText: (e as { snippet: { value: string } }).snippet.value } : (e as TextEdit)))
      const text = TextDocument.applyEdits(document, edits)
      this.change(uri, [{ text }])
    }
    return this.documents.get(uri)!.getText()
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {
      // The server may already be gone.
    }
    this.connection.dispose()
    await new Promise((resolve) => {
      if (this.process.exitCode !== null) resolve(undefined)
      this.process.once('exit', resolve)
      setTimeout(() => {
        this.process.kill()
        resolve(undefined)
      }, 2000).unref()
    })
  }
}
