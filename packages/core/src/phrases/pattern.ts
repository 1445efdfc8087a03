/**
 * A tiny pattern language for phrase catalogues, matched against a sentence's words in lower case
 * joined by single spaces: words match themselves, `(a|b c)` is a required choice and `[a|b c]` an
 * optional one. The compiled regular expression has no nested quantifiers, so it runs in linear time.
 */
export function compilePattern(pattern: string): string {
  let out = ''
  let i = 0
  const word = () => {
    const match = /^[^\s()[\]|]+/.exec(pattern.slice(i))!
    i += match[0].length
    return escape(match[0])
  }
  const group = (close: string) => {
    const alternatives: string[] = []
    let current: string[] = []
    i++
    while (i < pattern.length && pattern[i] !== close) {
      if (pattern[i] === '|') {
        alternatives.push(current.join(' '))
        current = []
        i++
      } else if (/\s/.test(pattern[i]!)) i++
      else current.push(word())
    }
    if (pattern[i] !== close) throw new Error(`Unclosed group in phrase pattern "${pattern}"`)
    i++
    alternatives.push(current.join(' '))
    return `(?:${alternatives.join('|')})`
  }
  const parts: Array<{ source: string; optional: boolean }> = []
  while (i < pattern.length) {
    const c = pattern[i]!
    if (/\s/.test(c)) i++
    else if (c === '(') parts.push({ source: group(')'), optional: false })
    else if (c === '[') parts.push({ source: group(']'), optional: true })
    else parts.push({ source: word(), optional: false })
  }
  if (parts[0]?.optional !== false) throw new Error(`A phrase pattern must start with a word: "${pattern}"`)
  // An optional part carries the space before it, so "[so much]" leaves no double space behind.
  parts.forEach((part, index) => {
    const space = index === 0 ? '' : ' '
    out += part.optional ? `(?:${space}${part.source})?` : space + part.source
  })
  return `(?<![^ ])${out}(?![^ ])`
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
