#!/usr/bin/env node
import { format } from 'node:util'
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node'
import { frame, FrameResync } from './framing.js'
import { createServer } from './server.js'

/** Over stdio, bytes that break the framing are skipped (see `FrameResync`) instead of leaving the server deaf. */
function stdioConnection(): Connection {
  const input = process.stdin.pipe(new FrameResync((response) => process.stdout.write(frame(response))))
  const connection = createConnection(ProposedFeatures.all, input, process.stdout)
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
