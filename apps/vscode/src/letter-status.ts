import * as vscode from 'vscode'
import { describe, type LetterSummary } from './summary.js'

/** How long a letter may go without a summary after its diagnostics before the item hides. */
const SETTLE_MS = 250

/**
 * The status-bar item for the active letter, fed by the server's `letterlint/summary`
 * notifications. Hidden for documents the server sent no summary for (non-letters, disabled).
 */
export class LetterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('letterlint.summary', vscode.StatusBarAlignment.Right, 100)
  private readonly summaries = new Map<string, LetterSummary>()
  private readonly subscriptions: vscode.Disposable[]
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor() {
    this.item.name = 'letterlint'
    this.item.command = 'workbench.actions.view.problems'
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
    ]
  }

  /** A summary arrived for a document (the server sends one after every lint of a letter). */
  set(summary: LetterSummary): void {
    this.summaries.set(summary.uri, summary)
    this.render()
  }

  /**
   * Diagnostics arrived for a document. The server sends a letter's summary right after its
   * diagnostics, and none when it clears a document that is no longer a letter (settings changed,
   * frontmatter removed), so the summary is dropped here and comes back at once for a letter.
   */
  diagnosed(uri: string): void {
    this.forget(uri)
  }

  /** Forgets every summary, e.g. when the server restarts. */
  clear(): void {
    this.summaries.clear()
    this.render()
  }

  private forget(uri: string): void {
    if (!this.summaries.delete(uri)) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.render(), SETTLE_MS)
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document
    const summary = document && this.summaries.get(document.uri.toString())
    if (!summary) {
      this.item.hide()
      return
    }
    const view = describe(summary)
    this.item.text = view.text
    this.item.tooltip = new vscode.MarkdownString(view.tooltip)
    this.item.accessibilityInformation = { label: view.label }
    this.item.show()
  }

  dispose(): void {
    clearTimeout(this.timer)
    for (const subscription of this.subscriptions) subscription.dispose()
    this.item.dispose()
  }
}
