#!/usr/bin/env node
// A broken language server for the negative test: it completes the LSP handshake (initialize,
// shutdown, exit) and answers every other request with null, but never publishes a diagnostic.
// With it, the editor scenarios must fail with "no diagnostics from the server".
// It speaks LSP over stdio (`--stdio`, Neovim and Emacs) or over Node IPC (`--node-ipc`, how the
// VS Code extension's language client forks its bundled `dist/server.js`).
const ipc = process.argv.includes('--node-ipc') && typeof process.send === 'function'
let buffer = Buffer.alloc(0)

function send(message) {
  if (ipc) {
    process.send({ jsonrpc: '2.0', ...message })
    return
  }
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8')
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`)
  process.stdout.write(body)
}

function handle(message) {
  if (message.method === 'exit') process.exit(0)
  if (message.id === undefined || message.method === undefined) return // a notification, or a response to us
  if (message.method === 'initialize') {
    send({ id: message.id, result: { capabilities: { textDocumentSync: 1, codeActionProvider: true }, serverInfo: { name: 'letterlint-stub' } } })
  } else {
    send({ id: message.id, result: null })
  }
}

if (ipc) {
  process.on('message', handle)
  process.on('disconnect', () => process.exit(0))
} else {
  process.stdin.on('data', read)
  process.stdin.on('end', () => process.exit(0))
}

function read(chunk) {
  buffer = Buffer.concat([buffer, chunk])
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n')
    if (end < 0) return
    const length = Number(/content-length:\s*(\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1])
    if (!Number.isFinite(length) || buffer.length < end + 4 + length) return
    const body = buffer.subarray(end + 4, end + 4 + length).toString('utf8')
    buffer = buffer.subarray(end + 4 + length)
    handle(JSON.parse(body))
  }
}
