import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver'

/**
 * Lets the rest of what the client has sent be read first: a `$/cancelRequest` sent right after a
 * request (an editor does this as the cursor moves on) then cancels it before its work starts.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

/** Answers a cancelled request with RequestCancelled, as LSP asks, instead of finishing work nobody waits for. */
export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.')
}
