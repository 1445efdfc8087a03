import * as vscode from 'vscode'

/** Letters linted by one run at most; beyond that the CLI is the better tool. */
const MAX_LETTERS = 500
/** Letters open at once during a run: VS Code releases documents that no editor shows past about 50. */
const CONCURRENCY = 8
/** How long one letter may take to come back linted before the run moves on. */
const LETTER_TIMEOUT_MS = 15_000
const EXCLUDE = '**/node_modules/**'
const CONFIG_FILES = '**/{.letterlintrc.json,.letterlintrc.yaml,.letterlintrc.yml}'

/**
 * "Lint All Letters in the Workspace": opens every letter as a text document (no editor), so the
 * language server lints it as it lints any open letter, and keeps what it reported. VS Code
 * releases documents that no editor shows after three minutes; the server then clears their
 * diagnostics, so the last ones are kept here (a snapshot of the run) until the letter is opened
 * again, changes on disk (it is linted again) or is deleted.
 */
export class WorkspaceLint implements vscode.Disposable {
  private readonly snapshot = vscode.languages.createDiagnosticCollection('letterlint-workspace')
  /** The letters of the last run and their latest diagnostics while open. */
  private readonly latest = new Map<string, readonly vscode.Diagnostic[]>()
  private readonly linted = new Map<string, () => void>()
  private readonly subscriptions: vscode.Disposable[]
  private watcher: vscode.FileSystemWatcher | undefined

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument((document) => this.snapshot.delete(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const diagnostics = this.latest.get(document.uri.toString())
        if (diagnostics && !this.isOpen(document.uri)) this.snapshot.set(document.uri, [...diagnostics])
      }),
    ]
  }

  /** Middleware hook: the server published diagnostics for `uri`. */
  diagnosed(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
    const key = uri.toString()
    // Diagnostics for a document that is no longer open are the server clearing it, not a result.
    if (this.latest.has(key) && this.isOpen(uri)) this.latest.set(key, diagnostics)
  }

  /** Notification hook: the server finished a lint of `uri` (its summary comes after its diagnostics). */
  summarised(uri: string): void {
    this.linted.get(uri)?.()
  }

  /** Forgets the last run, e.g. when letterlint is disabled. */
  clear(): void {
    this.latest.clear()
    this.snapshot.clear()
  }

  async run(): Promise<void> {
    const settings = vscode.workspace.getConfiguration('letterlint')
    if (!settings.get<boolean>('enable', true)) {
      void vscode.window.showInformationMessage('letterlint is turned off (letterlint.enable).')
      return
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('letterlint: open a folder to lint the letters in it.')
      return
    }
    const globs = settings.get<string[]>('letters', [])
    const letters = await findLetters(globs)
    if (letters.length === 0) {
      void vscode.window.showInformationMessage(`letterlint found no letters: none matches letterlint.letters (${globs.join(', ')}) and no folder has a .letterlintrc file.`)
      return
    }
    this.clear()
    // Letters already open were linted when they opened; their diagnostics are the result.
    for (const uri of letters) this.latest.set(uri.toString(), vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'letterlint'))
    this.watch()
    const done = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'letterlint', cancellable: true },
      async (progress, token) => {
        let count = 0
        const queue = [...letters]
        const worker = async () => {
          for (let uri = queue.shift(); uri && !token.isCancellationRequested; uri = queue.shift()) {
            await this.lint(uri)
            count++
            progress.report({ message: `linted ${count} of ${letters.length} letters`, increment: 100 / letters.length })
          }
        }
        await Promise.all(Array.from({ length: CONCURRENCY }, worker))
        return count
      },
    )
    const more = letters.length === MAX_LETTERS ? ` (the first ${MAX_LETTERS}; use the letterlint CLI for more)` : ''
    void vscode.window.showInformationMessage(`letterlint linted ${done} ${done === 1 ? 'letter' : 'letters'}${more}.`)
    await vscode.commands.executeCommand('workbench.actions.view.problems')
  }

  /** Opens one letter and waits until the server has linted it (or gives up after a while). */
  private async lint(uri: vscode.Uri): Promise<void> {
    if (this.isOpen(uri)) return
    const key = uri.toString()
    const linted = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, LETTER_TIMEOUT_MS)
      this.linted.set(key, () => {
        clearTimeout(timer)
        resolve()
      })
    })
    try {
      await vscode.workspace.openTextDocument(uri)
      await linted
    } catch {
      // Unreadable or too large for VS Code to open: the CLI reports those with the reason.
    } finally {
      this.linted.delete(key)
    }
  }

  /** Keeps the snapshot true to the files: a changed letter is linted again, a deleted one dropped. */
  private watch(): void {
    if (this.watcher) return
    this.watcher = vscode.workspace.createFileSystemWatcher('**/*.md', true)
    this.watcher.onDidChange((uri) => {
      if (this.latest.has(uri.toString()) && !this.isOpen(uri)) void this.lint(uri)
    })
    this.watcher.onDidDelete((uri) => {
      this.latest.delete(uri.toString())
      this.snapshot.delete(uri)
    })
  }

  private isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString()
    return vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose()
    this.watcher?.dispose()
    this.snapshot.dispose()
  }
}

/**
 * The Markdown files the server treats as letters by path: those matching the `letterlint.letters`
 * globs, and every Markdown file under a folder with a `.letterlintrc` file. (Letters recognised
 * only by their frontmatter are linted when opened.)
 */
async function findLetters(globs: readonly string[]): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>()
  const add = (uris: readonly vscode.Uri[]) => {
    for (const uri of uris) if (uri.path.toLowerCase().endsWith('.md')) found.set(uri.toString(), uri)
  }
  for (const glob of globs) add(await vscode.workspace.findFiles(glob, EXCLUDE, MAX_LETTERS))
  for (const config of await vscode.workspace.findFiles(CONFIG_FILES, EXCLUDE)) {
    add(await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.joinPath(config, '..'), '**/*.md'), EXCLUDE, MAX_LETTERS))
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString())).slice(0, MAX_LETTERS)
}
