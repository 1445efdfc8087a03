import { Transform, type Readable, type TransformCallback, type Writable } from 'node:stream'
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  ErrorCodes,
  Message,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node'

/** The header names LSP defines; a frame starts with one of them. */
const HEADER_NAMES = ['content-length:', 'content-type:']
const LONGEST_NAME = Math.max(...HEADER_NAMES.map((name) => name.length))
/** Real clients send one or two short header lines. */
const MAX_HEADER = 1024
/** Far above any document an editor sends (VS Code stops syncing files at 50 MB), far below a length that could never arrive. */
const MAX_BODY = 256 * 1024 * 1024
const HEADER_END = Buffer.from('\r\n\r\n')

/** A message with LSP's base-protocol header. */
export function frame(message: unknown): Buffer {
  const body = JSON.stringify(message)
  return Buffer.from(`Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`, 'utf8')
}

/** Where a header name starts at or after `from`, else -1; a name cut off at the end counts. */
function headerStart(bytes: Buffer, from = 0): number {
  const startsAt = (at: number) =>
    HEADER_NAMES.some((name) => {
      const head = bytes.toString('latin1', at, at + name.length).toLowerCase()
      return name.startsWith(head)
    })
  // Nearly always a frame starts right here; search only through garbage.
  if (from < bytes.length && startsAt(from)) return from
  const text = bytes.toString('latin1').toLowerCase()
  let found = -1
  for (const name of HEADER_NAMES) {
    const at = text.indexOf(name, from)
    if (at !== -1 && (found === -1 || at < found)) found = at
  }
  if (found !== -1) return found
  for (let at = Math.max(from, bytes.length - LONGEST_NAME + 1); at < bytes.length; at++) if (startsAt(at)) return at
  return -1
}

/** The body length a header block declares, or undefined when the block is not a valid LSP header. */
function contentLength(header: string): number | undefined {
  let length: number | undefined
  for (const line of header.split('\r\n')) {
    const field = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)[ \t]*$/.exec(line)
    if (!field) return undefined
    if (field[1]!.toLowerCase() === 'content-length') length = /^\d{1,10}$/.test(field[2]!) ? Number(field[2]) : Number.NaN
  }
  return length !== undefined && length <= MAX_BODY ? length : undefined
}

function errorResponse(id: ResponseMessage['id'], code: number, message: string): ResponseMessage {
  return { jsonrpc: '2.0', id, error: { code, message } }
}

/** Whether the JSON-RPC layer can take a message: a request, a notification, or what looks like a response to one of the server's requests. */
function isMessage(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const message = value as Message & { id?: unknown }
  if (Message.isRequest(message) || Message.isNotification(message) || Message.isResponse(message)) return true
  // A response with neither result nor error still answers a request the server is waiting on; the library fails that request.
  return (typeof message.id === 'string' || typeof message.id === 'number') && !('method' in message)
}

/**
 * Reads framed JSON-RPC from bytes and passes on the messages of well-formed frames, parsed. The
 * library's reader never recovers from bytes outside a frame (a stray write, a wrong
 * Content-Length): every later message is misread and the server goes deaf. Here, bytes that do not
 * start a header are skipped up to the next header, a body that is not JSON gets a ParseError and
 * one that is not a JSON-RPC message an InvalidRequest (JSON-RPC 2.0, id null when unknown), sent
 * through `reply`.
 */
export class FrameResync extends Transform {
  private parts: Buffer[] = []
  private size = 0
  /** The length of the body being read, once its header has been. */
  private bodyLength: number | undefined

  constructor(private readonly reply: (response: ResponseMessage) => void) {
    super({ readableObjectMode: true })
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.parts.push(chunk)
    this.size += chunk.length
    // Gather a long body's chunks without copying them each time.
    if (this.bodyLength !== undefined && this.size < this.bodyLength) return done()
    const rest = this.drain(Buffer.concat(this.parts, this.size))
    this.parts = rest.length > 0 ? [rest] : []
    this.size = rest.length
    done()
  }

  /** Passes on every complete frame in `pending`; returns the bytes still to be read. */
  private drain(pending: Buffer): Buffer {
    for (;;) {
      if (this.bodyLength === undefined) {
        const start = headerStart(pending)
        if (start === -1) return Buffer.alloc(0)
        pending = pending.subarray(start)
        const end = pending.subarray(0, MAX_HEADER + HEADER_END.length).indexOf(HEADER_END)
        const length = end === -1 ? undefined : contentLength(pending.toString('latin1', 0, end))
        if (length === undefined) {
          // Not a header after all (unless one still arriving): skip its first byte and look for the next.
          if (end === -1 && pending.length < MAX_HEADER + HEADER_END.length) return pending
          pending = pending.subarray(1)
          continue
        }
        this.bodyLength = length
        pending = pending.subarray(end + HEADER_END.length)
      }
      if (pending.length < this.bodyLength) return pending
      const body = pending.subarray(0, this.bodyLength)
      pending = pending.subarray(this.bodyLength)
      this.bodyLength = undefined
      const unread = this.deliver(body)
      if (unread) pending = Buffer.concat([unread, pending])
    }
  }

  /** Passes on the message a body holds, else answers it; returns what a too long Content-Length swallowed. */
  private deliver(body: Buffer): Buffer | undefined {
    let value: unknown
    try {
      value = JSON.parse(body.toString('utf8'))
    } catch {
      this.reply(errorResponse(null, ErrorCodes.ParseError, 'Parse error: the message body is not valid JSON.'))
      const next = headerStart(body, 1)
      return next === -1 ? undefined : body.subarray(next)
    }
    if (isMessage(value)) {
      this.push(value)
      return undefined
    }
    const id = (value as { id?: unknown } | null)?.id
    this.reply(errorResponse(typeof id === 'string' || typeof id === 'number' ? id : null, ErrorCodes.InvalidRequest, 'Invalid request: the message is not a JSON-RPC request, notification or response.'))
    return undefined
  }
}

/**
 * The connection's reader over a byte stream, through `FrameResync`. Each message reaches the
 * connection in the turn its last byte arrived: the library's own reader parses every body again
 * and hands it over a turn later.
 */
export class ResyncMessageReader extends AbstractMessageReader implements MessageReader {
  private readonly resync: FrameResync

  constructor(
    private readonly input: Readable,
    reply: (response: ResponseMessage) => void,
  ) {
    super()
    this.resync = new FrameResync(reply)
    input.on('error', (error: Error) => this.fireError(error))
    input.on('close', () => this.fireClose())
  }

  listen(callback: DataCallback): Disposable {
    this.resync.on('data', callback)
    this.input.pipe(this.resync)
    return { dispose: () => this.resync.off('data', callback) }
  }
}

/**
 * The connection's writer: each message goes out framed, in one write, at once. The library's
 * writer writes header and body apart a turn later, and V8 runs its pending garbage collection in
 * that turn, before the diagnostics leave instead of after.
 */
export class FramedMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0

  constructor(private readonly output: Writable) {
    super()
    output.on('error', (error: Error) => this.fireError(error, undefined, ++this.errors))
    output.on('close', () => this.fireClose())
  }

  write(message: Message): Promise<void> {
    try {
      this.output.write(frame(message))
      return Promise.resolve()
    } catch (error) {
      this.fireError(error, message, ++this.errors)
      return Promise.reject(error as Error)
    }
  }

  end(): void {
    this.output.end()
  }
}
