import { ErrorCodes, ResponseError, type CodeActionParams, type HoverParams } from 'vscode-languageserver'

/**
 * Shape checks for request parameters, so a client that breaks the protocol gets InvalidParams
 * instead of an exception from deep inside a handler. Positions only need to be numbers: one out
 * of range (a line past the end, a negative character) finds nothing and gets an empty answer.
 */
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isPosition = (value: unknown) => isObject(value) && typeof value['line'] === 'number' && typeof value['character'] === 'number'
const isDocument = (value: unknown) => isObject(value) && typeof value['uri'] === 'string'

export function invalidParams(method: string, expected: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method} expects ${expected}.`)
}

export function checkHoverParams(params: unknown): asserts params is HoverParams {
  if (!isObject(params) || !isDocument(params['textDocument']) || !isPosition(params['position'])) {
    throw invalidParams('textDocument/hover', 'a textDocument with a uri and a position with a numeric line and character')
  }
}

export function checkCodeActionParams(params: unknown): asserts params is CodeActionParams {
  const range = isObject(params) ? params['range'] : undefined
  const context = isObject(params) ? params['context'] : undefined
  const only = isObject(context) ? context['only'] : undefined
  const valid =
    isObject(params) &&
    isDocument(params['textDocument']) &&
    isObject(range) &&
    isPosition(range['start']) &&
    isPosition(range['end']) &&
    isObject(context) &&
    Array.isArray(context['diagnostics']) &&
    context['diagnostics'].every(isObject) &&
    (only === undefined || (Array.isArray(only) && only.every((kind) => typeof kind === 'string')))
  if (!valid) throw invalidParams('textDocument/codeAction', 'a textDocument with a uri, a range of two positions and a context with a list of diagnostics')
}
