/**
 * Expands a VS Code snippet as if every tab stop kept its default: `${1:text}` (nested), choices
 * `${1|a,b|}` (the first), mirrors `$1`/`${1}`, transforms `${1/regex/format/}` and the variables
 * in `variables`; `typed` holds what a person typed into some stops. Enough to read the letter
 * template the way a person sees it.
 */
export function expandSnippet(snippet: string, variables: Record<string, string>, typed: Record<string, string> = {}): string {
  const values = new Map<string, string>(Object.entries(typed))
  const context = { values, variables, typed }
  // Defaults are known once the whole snippet has been read (a mirror may come before its stop).
  render(snippet, context)
  return render(snippet, context)
}

interface Context {
  values: Map<string, string>
  variables: Record<string, string>
  typed: Record<string, string>
}

function render(snippet: string, context: Context): string {
  const { values, variables, typed } = context
  let out = ''
  let i = 0
  while (i < snippet.length) {
    const rest = snippet.slice(i)
    const simple = /^\$(\d+|[A-Z_]+)/.exec(rest)
    if (rest.startsWith('\\') && rest.length > 1) {
      out += rest[1]
      i += 2
    } else if (simple) {
      out += /\d/.test(simple[1]!) ? (values.get(simple[1]!) ?? '') : (variables[simple[1]!] ?? '')
      i += simple[0].length
    } else if (rest.startsWith('${')) {
      const end = closing(snippet, i + 2)
      const body = snippet.slice(i + 2, end)
      const head = /^(\d+|[A-Z_]+)(.*)$/s.exec(body)!
      const [, id, tail] = head as unknown as [string, string, string]
      let value: string
      const stop = /^\d+$/.test(id) && (tail.startsWith(':') || tail.startsWith('|'))
      if (stop && id in typed) value = typed[id]!
      else if (tail.startsWith(':')) value = render(tail.slice(1), context)
      else if (tail.startsWith('|')) value = tail.slice(1, -1).split(',')[0]!
      else if (tail.startsWith('/')) {
        const [, pattern, format] = tail.split('/') as [string, string, string]
        value = (values.get(id) ?? '').replace(new RegExp(pattern), format)
      } else value = values.get(id) ?? variables[id] ?? ''
      if (stop) values.set(id, value)
      out += value
      i = end + 1
    } else {
      out += snippet[i]
      i++
    }
  }
  return out
}

/** The index of the `}` that closes a `${` whose body starts at `from`. */
function closing(snippet: string, from: number): number {
  let depth = 0
  for (let i = from; i < snippet.length; i++) {
    if (snippet[i] === '\\') i++
    else if (snippet.startsWith('${', i)) {
      depth++
      i++
    } else if (snippet[i] === '}') {
      if (depth === 0) return i
      depth--
    }
  }
  throw new Error(`unclosed \${ at ${from - 2}`)
}
