import * as vscode from 'vscode'
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node'

/** Restarts allowed within `RESTART_WINDOW`; the next stop in that window leaves the server stopped. */
export const MAX_RESTARTS = 4
export const RESTART_WINDOW = 3 * 60 * 1000

export const RESTARTED = "letterlint's server stopped and was restarted."
export const GAVE_UP = `letterlint's server stopped ${MAX_RESTARTS + 1} times in 3 minutes and was left stopped: see the letterlint output, then run "letterlint: Restart Server".`

/**
 * The language client's error handler. A failed read or write does not stop the server (if the
 * connection is gone, `closed` follows). A server that stops is restarted, unless it has already
 * been restarted `MAX_RESTARTS` times within `RESTART_WINDOW`. The user is told once when a run of
 * restarts begins and once when it ends in giving up, never on every stop; each stop is logged.
 */
export class RestartPolicy implements ErrorHandler {
  /** When the server was restarted, within the window. */
  private restarts: number[] = []

  constructor(private readonly now: () => number = Date.now) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue }
  }

  closed(): CloseHandlerResult {
    const now = this.now()
    this.restarts = this.restarts.filter((at) => now - at < RESTART_WINDOW)
    // `handled`: the client only logs the message; what the user sees is shown here.
    if (this.restarts.length >= MAX_RESTARTS) {
      void vscode.window.showErrorMessage(GAVE_UP)
      return { action: CloseAction.DoNotRestart, message: GAVE_UP, handled: true }
    }
    if (this.restarts.length === 0) void vscode.window.showWarningMessage(RESTARTED)
    this.restarts.push(now)
    return { action: CloseAction.Restart, message: `The letterlint server stopped; restart ${this.restarts.length} of ${MAX_RESTARTS} allowed in 3 minutes.`, handled: true }
  }

  /** The user restarted the server: a fresh run of restarts. */
  reset(): void {
    this.restarts = []
  }
}
