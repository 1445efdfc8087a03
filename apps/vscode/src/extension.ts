import * as vscode from 'vscode'
import type { LanguageClient } from 'vscode-languageclient/node'
import { createClient } from './client.js'
import { addWordToDictionary, COMMANDS, newLetter, ready, restartServer } from './commands.js'
import { LetterStatus } from './letter-status.js'
import { RestartPolicy } from './restart-policy.js'
import { SUMMARY_NOTIFICATION, type LetterSummary } from './summary.js'
import { WorkspaceLint } from './workspace-lint.js'

let client: LanguageClient | undefined

/** Starts the language client and registers the commands and the status-bar item. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('letterlint', { log: true })
  const status = new LetterStatus()
  const workspaceLint = new WorkspaceLint()
  const restarts = new RestartPolicy()
  const started = createClient(
    context,
    output,
    {
      diagnosed(uri, diagnostics) {
        status.diagnosed(uri.toString())
        workspaceLint.diagnosed(uri, diagnostics)
      },
    },
    restarts,
  )
  client = started
  started.onNotification(SUMMARY_NOTIFICATION, (summary: LetterSummary) => {
    status.set(summary)
    workspaceLint.summarised(summary.uri)
  })
  const start = (starting: Promise<void>) => starting.catch((error: unknown) => output.error(`The letterlint language server did not start: ${String(error)}`))
  let starting = start(started.start())
  context.subscriptions.push(
    output,
    status,
    workspaceLint,
    vscode.commands.registerCommand(COMMANDS.lintAll, async () => (await ready(started, starting)) && workspaceLint.run()),
    vscode.commands.registerCommand(COMMANDS.newLetter, newLetter),
    vscode.commands.registerCommand(COMMANDS.addWord, async () => (await ready(started, starting)) && addWordToDictionary(started)),
    vscode.commands.registerCommand(COMMANDS.restart, async () => {
      status.clear()
      restarts.reset()
      await (starting = start(restartServer(started, output)))
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('letterlint.enable') && !vscode.workspace.getConfiguration('letterlint').get<boolean>('enable', true)) workspaceLint.clear()
    }),
  )
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
