/**
 * The language server's figures measured from a process of their own: the editor's side of the
 * connection should not share its event loop and heap with the peers the bench has loaded (harper's
 * WASM, cspell, the corpus), whose garbage collection would count as the server's latency.
 * Usage: node bench/server-child.js <input.json>, where the file holds measureServer's arguments;
 * prints the figures as one JSON line.
 */
import { readFileSync } from 'node:fs'
import { measureServer } from './server.js'

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'))
process.stdout.write(`${JSON.stringify(await measureServer(input))}\n`)
