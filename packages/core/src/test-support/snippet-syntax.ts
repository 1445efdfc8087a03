/**
 * An independent check of snippet syntax (the LSP / VS Code subset letterlint writes): `$1`, `${1}`,
 * `${1:default}` with nested tab stops, and `\$`, `\}`, `\\` escapes. Returns what is wrong, if anything.
 */
export function snippetProblems(snippet: string): string[] {
  const problems: string[] = []
  let depth = 0
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]
    if (c === '\\') {
      if (!'$}\\'.includes(snippet[i + 1] ?? '')) problems.push(`a lone backslash at ${i}`)
      i++
    } else if (c === '$') {
      const stop = /^\$(?:\d+|\{\d+(:|\}))/.exec(snippet.slice(i))
      if (!stop) problems.push(`an unescaped "$" at ${i}`)
      else if (stop[1] === ':') depth++
      if (stop) i += stop[0].length - 1
    } else if (c === '}' && depth > 0) depth--
    else if (c === '}') problems.push(`an unescaped "}" at ${i}`)
  }
  if (depth > 0) problems.push('an unclosed "${"')
  return problems
}

/** Whether the snippet has any tab stop at all. */
export function hasTabStop(snippet: string): boolean {
  return /(?<!\\)\$(?:\d|\{\d)/.test(snippet)
}
