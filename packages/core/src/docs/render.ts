import type { RuleMeta } from '../define-rule.js'
import { GENERIC_PHRASES } from '../phrases/generic-phrases.js'
import { snippetToPlain } from '../text/snippet.js'

const FIXABLE = { safe: 'fix', suggestion: 'suggestions', none: '' } as const

/** The README's table of rules: one line each, linked to the full docs. */
export function renderRuleTable(metas: ReadonlyArray<RuleMeta<object>>): string {
  const rows = metas.map((meta) => `| [\`${meta.id}\`](docs/rules.md#${meta.id}) | ${meta.defaultSeverity} | ${FIXABLE[meta.fixable]} | ${meta.description} |`)
  return ['| Rule | Default | Edits | What it checks |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => (line ? '    ' + line : ''))
    .join('\n')
}

/** docs/rules.md: every rule's reason, options and examples, from the rules' own metadata. */
export function renderRuleDocs(metas: ReadonlyArray<RuleMeta<object>>): string {
  const out = [
    '# letterlint rules',
    '',
    'Generated from each rule\'s metadata by `npm run docs`; a test fails when this file is out of date.',
    'Severity and options are set in `.letterlintrc.json` (see the README). "Edits": a *fix* is safe to apply',
    'with `--fix`; *suggestions* are offered in the editor for a person to choose.',
    '',
  ]
  for (const meta of metas) {
    out.push(`## ${meta.id}`, '', meta.description, '', `**Why:** ${meta.note}`, '')
    if (meta.better) out.push(`**Better:** ${meta.better.replace(/\n/g, ' / ')}`, '')
    out.push(`Default severity: \`${meta.defaultSeverity}\` · category: ${meta.category} · edits: ${FIXABLE[meta.fixable] || 'none'}`, '')
    const options = Object.entries(meta.options as Record<string, { default: unknown; description: string }>)
    if (options.length > 0) {
      out.push('| Option | Default | Meaning |', '| --- | --- | --- |')
      for (const [name, spec] of options) out.push(`| \`${name}\` | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`)
      out.push('')
    }
    for (const example of meta.examples) {
      const verdict = example.messages.length === 0 ? 'passes' : example.messages.map((message) => `“${message}”`).join(' ')
      out.push(`*${example.title ?? 'Example'}* — ${verdict}`, '', indent(example.text), '')
    }
    if (meta.id === 'generic-phrase') {
      out.push('### The catalogue', '', '| Phrase | Why it fails | A specific rewrite |', '| --- | --- | --- |')
      for (const phrase of GENERIC_PHRASES) {
        const rewrite = snippetToPlain(phrase.rewrites[0]!.replace(/\{\??([^|}]*)(?:\|([^}]*))?\}/g, (_, fact: string, hint?: string) => `‹${hint ?? fact}›`))
        out.push(`| ${phrase.examples.generic[0] ?? phrase.pattern} | ${phrase.why} | ${rewrite} |`)
      }
      out.push('')
    }
  }
  return out.join('\n')
}
