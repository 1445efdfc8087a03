import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createColors } from 'picocolors'
import { rules } from '@letterlint/core'
import type { Configs } from './configs.js'

/** `--list-rules`: a table for people, or every rule's metadata as JSON. */
export function listRules(asJson: boolean, color: boolean): string {
  if (asJson) {
    const metas = rules.map(({ meta }) => ({
      id: meta.id,
      description: meta.description,
      note: meta.note,
      category: meta.category,
      defaultSeverity: meta.defaultSeverity,
      fixable: meta.fixable,
      options: meta.options,
      url: meta.url,
    }))
    return JSON.stringify(metas, null, 2) + '\n'
  }
  const c = createColors(color)
  const width = Math.max(...rules.map(({ meta }) => meta.id.length))
  const lines = rules.map(({ meta }) => {
    const fix = meta.fixable === 'safe' ? 'fix' : meta.fixable === 'suggestion' ? 'suggest' : ''
    return `${c.bold(meta.id.padEnd(width))}  ${meta.defaultSeverity.padEnd(7)}  ${fix.padEnd(7)}  ${meta.description}`
  })
  return lines.join('\n') + '\n'
}

/** `--print-config`: the configuration that applies to a letter at `target`. */
export function printConfig(configs: Configs, target: string): string {
  const { config, file } = configs.forLetter(target)
  return JSON.stringify({ file: file ?? null, ...config }, null, 2) + '\n'
}

const CONFIG_TEMPLATE = {
  $schema: './node_modules/@letterlint/core/dist/letterlintrc.schema.json',
  extends: 'letterlint:recommended',
  rules: {},
  words: [],
}

const EXAMPLE_LETTER = `---
to: Dana Whitfield
company: Northwind Logistics
role: Data Platform Engineer
interviewed: 2026-11-20T14:00
topics: [the Kafka migration, on-call load]
from: Alex Rivera
---
Dear Dana,

Thank you for walking me through the Kafka migration on Thursday. Your point that the
hardest part is keeping on-call load flat while both pipelines run stayed with me.

At Contoso I led a similar move of 40 services to Kafka, and I wrote the runbook that
cut our pager alerts by half. I would bring that experience to the Data Platform
Engineer role from the first week.

I am even more excited about joining Northwind Logistics after our conversation.

Best regards,
Alex Rivera
`

/** `--init`: a configuration file and an example letter, never overwriting what exists. */
export async function init(cwd: string): Promise<string[]> {
  const files: Array<[string, string]> = [
    ['.letterlintrc.json', JSON.stringify(CONFIG_TEMPLATE, null, 2) + '\n'],
    [path.join('letters', 'example.md'), EXAMPLE_LETTER],
  ]
  const existing = files.filter(([name]) => existsSync(path.join(cwd, name))).map(([name]) => name)
  if (existing.length > 0) return existing
  for (const [name, text] of files) {
    await mkdir(path.dirname(path.join(cwd, name)), { recursive: true })
    await writeFile(path.join(cwd, name), text, { flag: 'wx' })
  }
  return []
}
