import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { renderRuleDocs, renderRuleTable } from './render.js'

const root = new URL('../../../../', import.meta.url)
const metas = rules.map((rule) => rule.meta)

describe('generated documentation', () => {
  it('docs/rules.md matches the rules\' metadata (run `npm run docs` after changing a rule)', async () => {
    expect(await readFile(new URL('docs/rules.md', root), 'utf8')).toBe(renderRuleDocs(metas))
  })

  it('the README\'s rule table matches the rules\' metadata', async () => {
    const readme = await readFile(new URL('README.md', root), 'utf8')
    expect(readme).toContain(`<!-- rules:start -->\n${renderRuleTable(metas)}\n<!-- rules:end -->`)
  })

  it('documents every rule with its reason and at least one example', () => {
    const docs = renderRuleDocs(metas)
    for (const meta of metas) {
      expect(docs).toContain(`## ${meta.id}\n`)
      expect(meta.examples.length, meta.id).toBeGreaterThan(0)
    }
  })
})
