import { describe, expect, it } from 'vitest'
import { WorkspaceIndex } from './workspace-index.js'

const signature = new Uint32Array(128)

describe('WorkspaceIndex.others', () => {
  it('names the other letters’ companies and interviewers, in the same lists while they stay the same', async () => {
    const index = new WorkspaceIndex(() => true)
    await index.update('/w/letters/a.md', '', { signature, names: { to: ['Dana Whitfield'], company: 'Northwind' } })
    await index.update('/w/letters/b.md', '', { signature, names: { to: ['Priya Nair'], company: 'Contoso' } })
    const first = index.others('/w/letters/a.md')
    expect(first).toEqual({ companies: ['Contoso'], people: ['Priya Nair'] })
    // Typing in a.md indexes it again at every keystroke, with the same names.
    await index.update('/w/letters/a.md', '', { signature, names: { to: ['Dana Whitfield'], company: 'Northwind' } })
    expect(index.others('/w/letters/a.md')).toBe(first)
    await index.update('/w/letters/b.md', '', { signature, names: { to: ['Priya Nair', 'Sam Lee'], company: 'Contoso' } })
    expect(index.others('/w/letters/a.md')).toEqual({ companies: ['Contoso'], people: ['Priya Nair', 'Sam Lee'] })
    expect(index.others('/w/letters/b.md')).toEqual({ companies: ['Northwind'], people: ['Dana Whitfield'] })
    index.delete('/w/letters/a.md')
    expect(index.others('/w/letters/b.md')).toEqual({ companies: [], people: [] })
  })
})
