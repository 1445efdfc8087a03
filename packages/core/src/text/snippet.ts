/**
 * Snippet syntax as VS Code and LSP define it, the subset letterlint writes:
 * `$1`, `${1}`, `${1:default}` (defaults may nest), `$0`, and `\$`, `\}`, `\\` escapes.
 */

/** Replaces every tab stop by its default text, for clients that cannot expand snippets. */
export function snippetToPlain(snippet: string): string {
  let out = ''
  let i = 0
  const stack: number[] = []
  while (i < snippet.length) {
    const c = snippet[i]!
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[i + 1]
      i += 2
    } else if (c === '$') {
      const simple = /^\$(\d+)/.exec(snippet.slice(i))
      const opened = /^\$\{(\d+)(:?)/.exec(snippet.slice(i))
      if (simple) i += simple[0].length
      else if (opened) {
        i += opened[0].length
        stack.push(opened[2] ? 1 : 0)
        if (!opened[2] && snippet[i] === '}') {
          stack.pop()
          i++
        }
      } else {
        out += c
        i++
      }
    } else if (c === '}' && stack.length > 0) {
      stack.pop()
      i++
    } else {
      out += c
      i++
    }
  }
  return out
}

/** Escapes text so that it stands for itself inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c)
}

/** A tab stop with a default text: `${n:text}`, the default escaped. */
export function tabStop(index: number, placeholder: string): string {
  return '${' + index + ':' + escapeSnippet(placeholder) + '}'
}
