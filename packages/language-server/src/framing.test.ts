import { PassThrough, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { Message, ResponseMessage } from 'vscode-languageserver/node'
import { FramedMessageWriter, frame, FrameResync, ResyncMessageReader } from './framing.js'

const hover = { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } } }
const opened = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: 'Dear Dana,\r\n\r\nContent-Length: 5\r\n\r\n' } } }

/** The messages the resync passes on and what it answers, for input fed in these chunks. */
function feed(...chunks: Array<Buffer | string>): { passed: unknown[]; replies: ResponseMessage[] } {
  const replies: ResponseMessage[] = []
  const resync = new FrameResync((response) => replies.push(response))
  const passed: unknown[] = []
  resync.on('data', (message: unknown) => passed.push(message))
  for (const chunk of chunks) resync.write(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk)
  return { passed, replies }
}

const parseError = { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the message body is not valid JSON.' } }
const invalidRequest = (id: string | number | null) => ({ jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request: the message is not a JSON-RPC request, notification or response.' } })

describe('FrameResync', () => {
  it('passes on the message of every well-formed frame, however the bytes are split', () => {
    const stream = Buffer.concat([frame(opened), frame(hover)])
    expect(feed(stream).passed).toEqual([opened, hover])
    const bytes = [...stream].map((byte) => Buffer.from([byte]))
    expect(feed(...bytes)).toEqual({ passed: [opened, hover], replies: [] })
  })

  it('accepts a Content-Type header', () => {
    const body = JSON.stringify(hover)
    const { passed } = feed(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n${body}`)
    expect(passed).toEqual([hover])
  })

  it('skips bytes outside a frame up to the next header, even one cut between chunks', () => {
    const garbage = Buffer.from([0, 0xff, 0x13, 0x41, 0x0a, 0x0d, 0x0d, 0x0a])
    const next = frame(hover)
    expect(feed(Buffer.concat([garbage, next]))).toEqual({ passed: [hover], replies: [] })
    expect(feed(Buffer.concat([garbage, next.subarray(0, 9)]), next.subarray(9)).passed).toEqual([hover])
    expect(feed(Buffer.concat([Buffer.from('hello world\r\n\r\n'), next])).passed).toEqual([hover])
  })

  it('skips a header block without a usable Content-Length, and its body', () => {
    const next = frame(hover).toString('latin1')
    expect(feed('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0"}' + next).passed).toEqual([hover])
    expect(feed('X-Trace: on\r\n\r\n{}' + next).passed).toEqual([hover])
    expect(feed('Content-Length: 99999999999\r\n\r\n' + next).passed).toEqual([hover])
    // A header that never ends: given up after 1 KB.
    expect(feed(`Content-Length: 5\r\nX: ${'a'.repeat(2000)}` + next).passed).toEqual([hover])
  })

  it('answers a body that is not JSON with a ParseError and reads on', () => {
    const next = frame(hover)
    expect(feed(Buffer.concat([Buffer.from('Content-Length: 19\r\n\r\n{"jsonrpc": "2.0", '), next]))).toEqual({ passed: [hover], replies: [parseError] })
  })

  it('recovers the frames a wrong Content-Length ran into', () => {
    const next = frame(hover)
    // Too short: the rest of the body is skipped as garbage.
    expect(feed(Buffer.concat([Buffer.from('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}'), next]))).toEqual({ passed: [hover], replies: [parseError] })
    // Too long: the body swallows the next frame, which is read again from its header.
    expect(feed(`Content-Length: ${17 + next.length}\r\n\r\n{"jsonrpc":"2.0"`, next, next)).toEqual({ passed: [hover, hover], replies: [parseError] })
  })

  it('answers JSON that is not a JSON-RPC message with an InvalidRequest, with its id when it has a usable one', () => {
    const next = frame(hover)
    expect(feed(Buffer.concat([frame([1, 2, 3]), next]))).toEqual({ passed: [hover], replies: [invalidRequest(null)] })
    expect(feed(frame({ hello: 'world' }), frame(42), next).replies).toEqual([invalidRequest(null), invalidRequest(null)])
    expect(feed(frame({ jsonrpc: '2.0', id: 7, method: 5 })).replies).toEqual([invalidRequest(7)])
    expect(feed(frame({ jsonrpc: '2.0', id: { nested: true }, method: 'textDocument/hover' })).replies).toEqual([invalidRequest(null)])
  })

  it('passes on a response without result or error, for the connection to fail the request it answers', () => {
    const answer = { jsonrpc: '2.0', id: 3 }
    expect(feed(frame(answer))).toEqual({ passed: [answer], replies: [] })
  })
})

describe('ResyncMessageReader', () => {
  it('hands each message to the connection while its last byte is being written, skipping garbage', () => {
    const input = new PassThrough()
    const replies: ResponseMessage[] = []
    const reader = new ResyncMessageReader(input, (response) => replies.push(response))
    const heard: Message[] = []
    reader.listen((message) => heard.push(message))
    const bytes = frame(opened)
    input.write(bytes.subarray(0, 10))
    expect(heard).toEqual([])
    input.write(Buffer.concat([bytes.subarray(10), Buffer.from('junk'), frame(hover)]))
    expect(heard).toEqual([opened, hover])
    input.write('Content-Length: 2\r\n\r\n{]')
    expect(replies).toEqual([parseError])
  })

  it('reports the end of its input', async () => {
    const input = new PassThrough()
    const reader = new ResyncMessageReader(input, () => undefined)
    const closed = new Promise<void>((resolve) => reader.onClose(() => resolve()))
    reader.listen(() => undefined)
    input.destroy()
    await expect(closed).resolves.toBeUndefined()
  })
})

describe('FramedMessageWriter', () => {
  it('writes each message framed, in one write, before write() returns', async () => {
    const chunks: Buffer[] = []
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    })
    const writer = new FramedMessageWriter(output)
    const accented = { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Kowalczyk café 👋' } }
    const written = writer.write(accented as Message)
    expect(chunks).toEqual([frame(accented)])
    await written
    expect(chunks[0]!.toString('utf8')).toBe(`Content-Length: ${Buffer.byteLength(JSON.stringify(accented))}\r\n\r\n${JSON.stringify(accented)}`)
  })

  it('reports a failing output as an error of the connection', async () => {
    const output = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error('EPIPE'))
      },
    })
    const writer = new FramedMessageWriter(output)
    const failed = new Promise<Error>((resolve) => writer.onError(([error]) => resolve(error)))
    await writer.write({ jsonrpc: '2.0' } as Message)
    expect((await failed).message).toBe('EPIPE')
  })
})
