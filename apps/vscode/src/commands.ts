import * as vscode from 'vscode'
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node'
import snippets from '../snippets/markdown.code-snippets'
import { selectedWord, wordAt } from './words.js'

/** Command ids contributed in package.json; the server's own command id must not be among them. */
export const COMMANDS = {
  lintAll: 'letterlint.lintAllLetters',
  newLetter: 'letterlint.newLetter',
  addWord: 'letterlint.addSelectedWordToDictionary',
  restart: 'letterlint.restartServer',
} as const

/** The server's command (registered through `executeCommandProvider`): arguments `[uri, word]`. */
export const SERVER_ADD_WORD = 'letterlint.addWordToDictionary'

/** The whole-letter snippet's name in snippets/markdown.code-snippets. */
export const LETTER_SNIPPET = 'Thank-you letter'

/** The whole-letter snippet, the same one the `thank-you-letter` prefix inserts. */
export function letterTemplate(): string {
  return snippets[LETTER_SNIPPET]!.body.join('\n')
}

/** "New Letter from Template": an untitled Markdown document with the letter snippet to fill in. */
export async function newLetter(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' })
  const editor = await vscode.window.showTextDocument(document)
  await editor.insertSnippet(new vscode.SnippetString(letterTemplate()))
}

/** "Add Word to Dictionary" (with the server running): asks the server to add the selected word to the letter's word list. */
export async function addWordToDictionary(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor
  if (!editor) {
    void vscode.window.showInformationMessage('letterlint: open a letter and put the cursor on a word to add it to the dictionary.')
    return
  }
  const { document, selection } = editor
  const word = selection.isEmpty ? wordAt(document.lineAt(selection.active.line).text, selection.active.character) : selectedWord(document.getText(selection))
  if (!word) {
    void vscode.window.showInformationMessage('letterlint: put the cursor on one word (or select it) to add it to the dictionary.')
    return
  }
  await client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_ADD_WORD, arguments: [document.uri.toString(), word] })
}

/**
 * Whether the server runs once its start (or restart) has settled; says what to do when it does
 * not. A command may be what activated the extension, so its server may still be starting.
 */
export async function ready(client: LanguageClient, starting: Promise<void>): Promise<boolean> {
  await starting
  if (client.isRunning()) return true
  void vscode.window.showWarningMessage('letterlint: the language server is not running; start it with "letterlint: Restart Server".')
  return false
}

/** "Restart Server": stops the server if it runs and starts it again. */
export async function restartServer(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  output.info('Restarting the letterlint language server.')
  if (client.isRunning()) await client.restart()
  else await client.start()
}
