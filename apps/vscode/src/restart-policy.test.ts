import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type * as Client from 'vscode-languageclient/node'
import type * as Policy from './restart-policy.js'
import { bundleModule } from './test-support/bundle.js'
import { fakeVscode, loadWithVscode } from './test-support/fake-vscode.js'

const require = createRequire(import.meta.url)
const MINUTE = 60 * 1000

/** What the policy showed the user, in order. */
const shown: string[] = []
const vscode = fakeVscode({
  window: {
    showWarningMessage: async (message: string) => void shown.push(`warning: ${message}`),
    showErrorMessage: async (message: string) => void shown.push(`error: ${message}`),
  },
})

let policy: typeof Policy
let client: typeof Client
beforeAll(async () => {
  policy = loadWithVscode(await bundleModule(fileURLToPath(new URL('./restart-policy.ts', import.meta.url))), vscode)
  client = loadWithVscode(require.resolve('vscode-languageclient/node'), vscode)
})

describe('RestartPolicy', () => {
  let now: number
  let restarts: Policy.RestartPolicy
  beforeEach(() => {
    shown.length = 0
    now = 0
    restarts = new policy.RestartPolicy(() => now)
  })
  const stopAt = (minute: number) => {
    now = minute * MINUTE
    return restarts.closed()
  }
  const restarted = (count: number) => ({ action: client.CloseAction.Restart, message: `The letterlint server stopped; restart ${count} of 4 allowed in 3 minutes.`, handled: true })
  const gaveUp = () => ({ action: client.CloseAction.DoNotRestart, message: policy.GAVE_UP, handled: true })

  it('carries on after an error on the connection', () => {
    expect(restarts.error()).toEqual({ action: client.ErrorAction.Continue })
    expect(shown).toEqual([])
  })

  it('restarts a server that stops 4 times in 3 minutes, saying so once, and leaves it stopped the 5th time with one error', () => {
    expect([0, 0.5, 1, 2].map(stopAt)).toEqual([restarted(1), restarted(2), restarted(3), restarted(4)])
    expect(shown).toEqual(["warning: letterlint's server stopped and was restarted."])
    expect(stopAt(2.9)).toEqual(gaveUp())
    expect(shown).toEqual([
      "warning: letterlint's server stopped and was restarted.",
      'error: letterlint\'s server stopped 5 times in 3 minutes and was left stopped: see the letterlint output, then run "letterlint: Restart Server".',
    ])
  })

  it('counts only the restarts of the last 3 minutes, and says so again when a new run begins', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(stopAt).map((result) => result.action)).toEqual(Array(7).fill(client.CloseAction.Restart))
    // Restarts at 4, 5 and 6 are still in the window at 6.5: this is the 4th.
    expect(stopAt(6.5)).toEqual(restarted(4))
    expect(stopAt(6.6)).toEqual(gaveUp())
    expect(stopAt(60)).toEqual(restarted(1))
    expect(shown.filter((message) => message.startsWith('warning:'))).toHaveLength(2)
    expect(shown.filter((message) => message.startsWith('error:'))).toHaveLength(1)
  })

  it('starts a fresh count when the user restarts the server', () => {
    ;[0, 0.1, 0.2, 0.3].forEach(stopAt)
    expect(stopAt(0.4)).toEqual(gaveUp())
    restarts.reset()
    expect(stopAt(0.5)).toEqual(restarted(1))
    expect(shown.filter((message) => message.startsWith('warning:'))).toHaveLength(2)
  })
})
