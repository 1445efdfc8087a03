// Regenerates docs/rules.md and the README's rule table from the rules' metadata (`npm run docs`).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { renderRuleDocs, renderRuleTable, rules } from '@letterlint/core'

const root = new URL('../', import.meta.url)
const metas = rules.map((rule) => rule.meta)
await mkdir(new URL('docs/', root), { recursive: true })
await writeFile(new URL('docs/rules.md', root), renderRuleDocs(metas))
const readme = await readFile(new URL('README.md', root), 'utf8')
const table = `<!-- rules:start -->\n${renderRuleTable(metas)}\n<!-- rules:end -->`
await writeFile(new URL('README.md', root), readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, table))
