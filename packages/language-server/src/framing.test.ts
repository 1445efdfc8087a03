import { describe, expect, it } from 'vitest'
import type { ResponseMessage } from 'vscode-languageserver/node'
import { frame, FrameResync } from './framing.js'

const hover = { jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.md' }, position: { line: 0, character: 0 } } }
const opened = { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///a.md', languageId: 'markdown', version: 1, text: 'Dear Dana,\r\n\r\nContent-Length: 5\r\n\r\n' } } }

/** What the resync passes on and what it answers, for input fed in these chunks. */
function feed(...chunks: Array<Buffer | string>): { passed: string; replies: ResponseMessage[] } {
  const replies: ResponseMessage[] = []
  const resync = new FrameResync((response) => replies.push(response))
  const passed: Buffer[] = []
  resync.on('data', (chunk: Buffer) => passed.push(chunk))
  for (const chunk of chunks) resync.write(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk)
  return { passed: Buffer.concat(passed).toString('utf8'), replies }
}

const parseError = { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error: the message body is not valid JSON.' } }
const invalidRequest = (id: string | number | null) => ({ jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request: the message is not a JSON-RPC request, notification or response.' } })

describe('FrameResync', () => {
  it('passes well-formed frames on unchanged, however the bytes are split', () => {
    const stream = Buffer.concat([frame(opened), frame(hover)])
    expect(feed(stream).passed).toBe(stream.toString('utf8'))
    const bytes = [...stream].map((byte) => Buffer.from([byte]))
    expect(feed(...bytes)).toEqual({ passed: stream.toString('utf8'), replies: [] })
  })

  it('accepts a Content-Type header and passes the frame on with its length only', () => {
    const body = JSON.stringify(hover)
    const { passed } = feed(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${body.length}\r\n\r\n${body}`)
    expect(passed).toBe(frame(hover).toString('utf8'))
  })

  it('skips bytes outside a frame up to the next header, even one cut between chunks', () => {
    const garbage = Buffer.from([0, 0xff, 0x13, 0x41, 0x0a, 0x0d, 0x0d, 0x0a])
    const next = frame(hover)
    expect(feed(Buffer.concat([garbage, next]))).toEqual({ passed: next.toString('utf8'), replies: [] })
    expect(feed(Buffer.concat([garbage, next.subarray(0, 9)]), next.subarray(9)).passed).toBe(next.toString('utf8'))
    expect(feed(Buffer.concat([Buffer.from('hello world\r\n\r\n'), next])).passed).toBe(next.toString('utf8'))
  })

  it('skips a header block without a usable Content-Length, and its body', () => {
    const next = frame(hover).toString('latin1')
    const expected = frame(hover).toString('utf8')
    expect(feed('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0"}' + next).passed).toBe(expected)
    expect(feed('X-Trace: on\r\n\r\n{}' + next).passed).toBe(expected)
    expect(feed('Content-Length: 99999999999\r\n\r\n' + next).passed).toBe(expected)
    // A header that never ends: given up after 1 KB.
    expect(feed(`Content-Length: 5\r\nX: ${'a'.repeat(2000)}` + next).passed).toBe(expected)
  })

  it('answers a body that is not JSON with a ParseError and reads on', () => {
    const next = frame(hover)
    expect(feed(Buffer.concat([Buffer.from('Content-Length: 19\r\n\r\n{"jsonrpc": "2.0", '), next]))).toEqual({ passed: next.toString('utf8'), replies: [parseError] })
  })

  it('recovers the frames a wrong Content-Length ran into', () => {
    const next = frame(hover)
    // Too short: the rest of the body is skipped as garbage.
    expect(feed(Buffer.concat([Buffer.from('Content-Length: 5\r\n\r\n{"jsonrpc":"2.0"}'), next]))).toEqual({ passed: next.toString('utf8'), replies: [parseError] })
    // Too long: the body swallows the next frame, which is read again from its header.
    expect(feed(`Content-Length: ${17 + next.length}\r\n\r\n{"jsonrpc":"2.0"`, next, next)).toEqual({ passed: next.toString('utf8').repeat(2), replies: [parseError] })
  })

  it('answers JSON that is not a JSON-RPC message with an InvalidRequest, with its id when it has a usable one', () => {
    const next = frame(hover)
    expect(feed(Buffer.concat([frame([1, 2, 3]), next]))).toEqual({ passed: next.toString('utf8'), replies: [invalidRequest(null)] })
    expect(feed(frame({ hello: 'world' }), frame(42), next).replies).toEqual([invalidRequest(null), invalidRequest(null)])
    expect(feed(frame({ jsonrpc: '2.0', id: 7, method: 5 })).replies).toEqual([invalidRequest(7)])
    expect(feed(frame({ jsonrpc: '2.0', id: { nested: true }, method: 'textDocument/hover' })).replies).toEqual([invalidRequest(null)])
  })

  it('passes on a response without result or error, for the connection to fail the request it answers', () => {
    const answer = frame({ jsonrpc: '2.0', id: 3 })
    expect(feed(answer)).toEqual({ passed: answer.toString('utf8'), replies: [] })
  })
})
