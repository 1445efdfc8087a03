import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { SERVER_BIN, TestClient } from './test-support/client.js'

const run = promisify(execFile)

describe('the installed bin', () => {
  let client: TestClient | undefined
  afterAll(async () => client?.stop())

  it('is a file in git, not a build output: `npm ci` links bins before the build writes the bundle', async () => {
    // `git check-ignore` exits 1 for a path that is not ignored.
    const ignored = await run('git', ['check-ignore', '-q', SERVER_BIN]).then(() => 0, (error: { code: number }) => error.code)
    expect(ignored).toBe(1)
  })

  it('starts the server over stdio', async () => {
    client = await TestClient.start()
    expect(client.initializeResult?.serverInfo?.name).toBe('letterlint-language-server')
  })

  it('exits when its input ends: code 0 after a shutdown request, 1 without (as LSP asks of exit)', async () => {
    const orderly = await TestClient.start()
    await orderly.connection.sendRequest('shutdown')
    const exited = once(orderly.process, 'exit')
    orderly.process.stdin!.end()
    expect((await exited)[0]).toBe(0)

    const abandoned = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'ignore', 'ignore'] })
    const gone = once(abandoned, 'exit')
    abandoned.stdin.end()
    expect((await gone)[0]).toBe(1)
  })
})
