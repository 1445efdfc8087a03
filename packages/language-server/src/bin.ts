#!/usr/bin/env node
import { format } from 'node:util'
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node'
import { FramedMessageWriter, ResyncMessageReader } from './framing.js'
import { createServer } from './server.js'

/**
 * Over stdio, bytes that break the framing are skipped (see `FrameResync`) instead of leaving the
 * server deaf, and messages are read and written without the library's extra turns.
 */
function stdioConnection(): Connection {
  const writer = new FramedMessageWriter(process.stdout)
  const reader = new ResyncMessageReader(process.stdin, (response) => void writer.write(response))
  const connection = createConnection(ProposedFeatures.all, reader, writer)
  // The library ends the process with its input only when given a stream; so does this, with the same exit codes.
  let shutdown = false
  connection.onShutdown(() => {
    shutdown = true
  })
  const exit = () => process.exit(shutdown ? 0 : 1)
  process.stdin.on('end', exit)
  process.stdin.on('close', exit)
  // The library keeps console output off stdout, which carries the protocol, only when it opens stdio itself.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args))
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args))
  console.error = (...args: unknown[]) => connection.console.error(format(...args))
  return connection
}

// The transport (--stdio, --node-ipc, --socket=N) comes from the command line.
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all)
createServer(connection)
connection.listen()
