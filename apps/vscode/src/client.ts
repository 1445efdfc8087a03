import * as vscode from 'vscode'
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node'

/** What the client passes on besides the usual LSP features. */
export interface ClientHooks {
  /** The server published diagnostics for a document. */
  diagnosed(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void
}

/**
 * The language client for the bundled server (`dist/server.js`, ESM) over Node IPC. Markdown in
 * files and untitled buffers goes to the server, which decides what is a letter; it registers its
 * own file watchers and configuration interest, so nothing is synchronised up front. `errorHandler`
 * decides whether a server that stopped is started again.
 */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, hooks: ClientHooks, errorHandler: ErrorHandler): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    outputChannel: output,
    errorHandler,
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        hooks.diagnosed(uri, diagnostics)
        next(uri, diagnostics)
      },
    },
  }
  // The id makes `letterlint.trace.server` the trace setting.
  return new LanguageClient('letterlint', 'letterlint', serverOptions, clientOptions)
}
