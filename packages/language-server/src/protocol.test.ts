import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigLoader, lint } from '@letterlint/core'
import { afterEach, describe, expect, it } from 'vitest'
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol'
import { TestClient } from './test-support/client.js'

const FIXTURES = path.resolve(import.meta.dirname, '../../../test-fixtures/letters')
const clients: TestClient[] = []

async function workspace(...letters: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'letterlint-lsp-'))
  await mkdir(path.join(root, 'letters'))
  for (const letter of letters) await cp(path.join(FIXTURES, letter), path.join(root, 'letters', letter))
  return root
}

async function start(root: string, options: Parameters<typeof TestClient.start>[0] = {}): Promise<TestClient> {
  const client = await TestClient.start({ rootPath: root, ...options })
  clients.push(client)
  return client
}

async function openFixture(client: TestClient, root: string, name: string): Promise<string> {
  const file = path.join(root, 'letters', name)
  const uri = `file://${file}`
  client.open(uri, await readFile(file, 'utf8'))
  return uri
}

const brief = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code}`

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.stop()))
})

describe('initialize', () => {
  it('advertises what the server implements', async () => {
    const client = await start(await workspace())
    expect(client.initializeResult!.capabilities).toEqual({
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: 2, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.letterlint'] },
      hoverProvider: true,
      executeCommandProvider: { commands: ['letterlint.addWordToDictionary'] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    })
  })
})

describe('diagnostics', () => {
  it('publishes exact UTF-16 ranges on a letter with emoji and accents', async () => {
    const root = await workspace('emoji.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'emoji.md')
    const diagnostics = await client.diagnostics(uri)
    // "🎉 Thank you for your time!": the emoji is two UTF-16 code units, so the phrase starts at 3.
    expect(diagnostics.map(brief)).toContain('8:3-8:26 generic-phrase')
    const article = diagnostics.find((d) => d.code === 'indefinite-article')!
    const line = (await readFile(path.join(root, 'letters', 'emoji.md'), 'utf8')).split('\n')[9]!
    expect(line.slice(article.range.start.character, article.range.end.character)).toBe('a')
    expect(article.codeDescription?.href).toMatch(/#indefinite-article$/)
    expect(article.source).toBe('letterlint')
  })

  it('publishes exact ranges on a CRLF letter', async () => {
    const root = await workspace('crlf.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'crlf.md')
    const repeated = (await client.diagnostics(uri)).find((d) => d.code === 'repeated-word')!
    expect(brief(repeated)).toBe('9:43-9:50 repeated-word')
  })

  it('gives a Markdown file that is not a letter nothing', async () => {
    const root = await workspace()
    await writeFile(path.join(root, 'README.md'), 'To whom it may concern,\n\nThank you for your time.\n')
    const client = await start(root)
    const readme = `file://${path.join(root, 'README.md')}`
    client.open(readme, await readFile(path.join(root, 'README.md'), 'utf8'))
    const letter = `file://${path.join(root, 'letters', 'new.md')}`
    client.open(letter, 'To whom it may concern,\n\nThank you for your time.\n')
    expect((await client.diagnostics(letter)).length).toBeGreaterThan(0)
    expect(client.published.some((params) => params.uri === readme && params.diagnostics.length > 0)).toBe(false)
  })

  it('keeps only the last of many rapid edits', async () => {
    const root = await workspace()
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'typing.md')}`
    client.open(uri, 'Dear Dana,\n\n')
    let text = 'Dear Dana,\n\n'
    for (const char of 'Thank you for your time. It was a honor.') {
      client.change(uri, [{ range: { start: { line: 2, character: text.length - 12 }, end: { line: 2, character: text.length - 12 } }, text: char }])
      text += char
    }
    const final = client.documents.get(uri)!
    expect(final.getText()).toBe(text)
    const diagnostics = await client.diagnostics(uri, final.version)
    expect(diagnostics.map(brief)).toEqual(expect.arrayContaining(['2:0-2:23 generic-phrase', '2:32-2:33 indefinite-article']))
    const stale = client.published.filter((params) => params.uri === uri && params.version !== undefined && params.version < final.version && params.version > 1)
    expect(stale.length).toBeLessThan(5)
  })

  it('clears diagnostics when a letter is closed', async () => {
    const root = await workspace('generic.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'generic.md')
    expect((await client.diagnostics(uri)).length).toBeGreaterThan(0)
    client.close(uri)
    await client.until(() => client.published.at(-1)?.uri === uri && client.published.at(-1)!.diagnostics.length === 0)
  })
})

async function actionsAt(client: TestClient, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
  return (await client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  })) as CodeAction[]
}

describe('code actions', () => {
  const letter = '---\nto: Dana Whitfield\ncompany: Northwind\n---\nDear Dana,\n\nThank you for your time. I led the Kafka move at Contoso and would love to join Northwind.\n\nBest,\nAlex\n'

  it('sends snippet edits to a client that supports them', async () => {
    const root = await workspace()
    const client = await start(root, { capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true } } } })
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, letter)
    const generic = (await client.diagnostics(uri)).find((d) => d.code === 'generic-phrase')!
    const actions = await actionsAt(client, uri, generic)
    const specific = actions.find((action) => action.title.startsWith('Make it specific: "Thank you, Dana'))!
    const edit = (specific.edit!.documentChanges![0] as { edits: Array<{ snippet?: { value: string } }> }).edits[0]!
    expect(edit.snippet?.value).toBe('Thank you, Dana, for walking me through ${1:what we discussed}')
  })

  it('sends plain text with the placeholder defaults to a client without snippet support', async () => {
    const root = await workspace()
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, letter)
    const generic = (await client.diagnostics(uri)).find((d) => d.code === 'generic-phrase')!
    const actions = await actionsAt(client, uri, generic)
    expect(JSON.stringify(actions)).not.toContain('${')
    const specific = actions.find((action) => action.title.startsWith('Make it specific: "Thank you, Dana'))!
    const after = client.apply(specific.edit!)
    expect(after).toContain('Thank you, Dana, for walking me through what we discussed. I led')
    const relinted = await client.diagnostics(uri)
    expect(relinted.some((d) => d.code === 'generic-phrase')).toBe(false)
  })

  it('offers actions for every diagnostic in the range, a preferred safe fix, and disable comments that work', async () => {
    const root = await workspace()
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, letter.replace('I led the', 'I led the the'))
    const diagnostics = await client.diagnostics(uri)
    const repeated = diagnostics.find((d) => d.code === 'repeated-word')!
    const all = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 80 } },
      context: { diagnostics },
    })) as CodeAction[]
    expect(all.filter((a) => a.title === 'Disable generic-phrase for this line')).toHaveLength(1)
    expect(all.filter((a) => a.title === 'Disable repeated-word for this line')).toHaveLength(1)
    const fix = (await actionsAt(client, uri, repeated)).find((a) => a.isPreferred)!
    expect(fix.title).toBe('Remove the repeated "the"')
    expect(client.apply(fix.edit!)).toContain('I led the Kafka move')
    const generic = (await client.diagnostics(uri)).find((d) => d.code === 'generic-phrase')!
    const disable = (await actionsAt(client, uri, generic)).find((a) => a.title === 'Disable generic-phrase for this letter')!
    expect(client.apply(disable.edit!)).toContain('---\n<!-- letterlint-disable generic-phrase -->\n\nDear Dana,')
    expect((await client.diagnostics(uri)).some((d) => d.code === 'generic-phrase')).toBe(false)
  })

  it('fixes all safe problems at once with source.fixAll.letterlint', async () => {
    const root = await workspace('misspelled.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'misspelled.md')
    await client.diagnostics(uri)
    const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.letterlint'] },
    })) as CodeAction[]
    const after = client.apply(fixAll!.edit!)
    expect(after).toContain('before the peak season')
    expect(after).toContain('I led a similar migration')
    expect(after).toContain('explaning')
  })

  it('adds a word to the dictionary, and the next lint and the CLI agree', async () => {
    const root = await workspace()
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, letter.replace('Kafka move', 'Kafka move with Grzegorz, who said we shoud plan'))
    const unknown = (await client.diagnostics(uri)).find((d) => d.code === 'spelling')!
    const actions = await actionsAt(client, uri, unknown)
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Replace with "should"', 'Add "shoud" to the dictionary']))
    const add = actions.find((a) => a.title === 'Add "shoud" to the dictionary')!
    await client.connection.sendRequest('workspace/executeCommand', add.command)
    // Beside the letter, not at the root: a configuration makes the Markdown below it letters.
    const configFile = path.join(root, 'letters', '.letterlintrc.json')
    expect(JSON.parse(await readFile(configFile, 'utf8')).words).toEqual(['shoud'])
    await client.until(() => {
      const last = [...client.published].reverse().find((p) => p.uri === uri)
      return last && !last.diagnostics.some((d) => d.code === 'spelling')
    })
    // The CLI reads the same file the same way.
    const file = path.join(root, 'letters', 'dana.md')
    await writeFile(file, client.documents.get(uri)!.getText())
    const { findings } = await lint(await readFile(file, 'utf8'), { config: new ConfigLoader().forLetter(file).config })
    expect(findings.filter((f) => f.ruleId === 'spelling')).toEqual([])
    // And the README at the root is still not a letter.
    const readme = `file://${path.join(root, 'README.md')}`
    client.open(readme, 'To whom it may concern,\n\nThank you for your time.\n')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(client.published.some((params) => params.uri === readme && params.diagnostics.length > 0)).toBe(false)
  })

  it('never writes a word outside the workspace: a configuration above it is refused, with a message', async () => {
    const outer = await workspace()
    const outside = path.join(outer, '.letterlintrc.json')
    await writeFile(outside, '{ "words": [] }\n')
    const root = path.join(outer, 'workspace')
    await mkdir(path.join(root, 'letters'), { recursive: true })
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'dana.md')}`
    client.open(uri, letter.replace('Kafka move', 'Kafka move, which we shoud plan'))
    const unknown = (await client.diagnostics(uri)).find((d) => d.code === 'spelling')!
    const add = (await actionsAt(client, uri, unknown)).find((a) => a.title === 'Add "shoud" to the dictionary')!
    const shown: unknown[] = []
    client.connection.onRequest('window/showMessageRequest', (params) => {
      shown.push(params)
      return null
    })
    await client.connection.sendRequest('workspace/executeCommand', add.command)
    await client.until(() => shown.length > 0)
    expect(shown).toEqual([
      { type: 1, message: `letterlint: could not add "shoud": the configuration that applies (${outside}) is outside the workspace; add the word there by hand`, actions: [] },
    ])
    expect(await readFile(outside, 'utf8')).toBe('{ "words": [] }\n')
    await expect(readFile(path.join(root, 'letters', '.letterlintrc.json'), 'utf8')).rejects.toThrow(/ENOENT/)
  })
})

describe('hover', () => {
  it('explains the advice behind a diagnostic', async () => {
    const root = await workspace('generic.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'generic.md')
    const generic = (await client.diagnostics(uri)).find((d) => d.code === 'generic-phrase')!
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: generic.range.start })) as Hover
    const value = (hover.contents as { value: string }).value
    expect(value).toContain('A line that could follow any interview tells the reader nothing about this one.')
    expect(value).toContain('Better: *Thank you, Dana, for walking me through the Kafka migration.*')
    expect(value).toMatch(/\[letterlint: generic-phrase\]\(.*#generic-phrase\)/)
  })
})

describe('configuration', () => {
  it('relints open letters when a configuration file changes', async () => {
    const root = await workspace('generic.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'generic.md')
    expect((await client.diagnostics(uri)).some((d) => d.code === 'generic-phrase')).toBe(true)
    const config = path.join(root, '.letterlintrc.json')
    await writeFile(config, JSON.stringify({ rules: { 'generic-phrase': 'off' } }))
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${config}`, type: 1 }] })
    await client.until(() => {
      const last = [...client.published].reverse().find((p) => p.uri === uri)
      return last && !last.diagnostics.some((d) => d.code === 'generic-phrase')
    })
  })

  it('reports a broken configuration on the letter instead of failing', async () => {
    const root = await workspace('generic.md')
    await writeFile(path.join(root, '.letterlintrc.json'), '{ "rules": { "lenght": "off" } }')
    const client = await start(root)
    const uri = await openFixture(client, root, 'generic.md')
    const [diagnostic] = await client.diagnostics(uri)
    expect(diagnostic!.message).toMatch(/^Configuration error: .*\.letterlintrc\.json:1:14: Unknown rule "lenght"\. Did you mean "length"\?$/)
  })
})

describe('workspace', () => {
  it('names the near-identical letter to the same company', async () => {
    const root = await workspace()
    const lee = await readFile(path.resolve(FIXTURES, '../../examples/needs-work/contoso-lee.md'), 'utf8')
    await writeFile(path.join(root, 'letters', 'lee.md'), lee)
    await writeFile(path.join(root, 'letters', 'nair.md'), lee.replace('to: Jamie Lee', 'to: Priya Nair').replace('Dear Jamie,', 'Dear Priya,'))
    const client = await start(root)
    const uri = `file://${path.join(root, 'letters', 'nair.md')}`
    client.open(uri, await readFile(path.join(root, 'letters', 'nair.md'), 'utf8'))
    const unique = await client.until(() => {
      const last = [...client.published].reverse().find((p) => p.uri === uri)
      return last?.diagnostics.find((d) => d.code === 'unique-letter')
    })
    expect(unique.message).toBe('Nearly the same letter as lee.md (100% alike): write each interviewer their own.')
  })

  it("indexes the other letters from disk but an open letter from the editor's text", async () => {
    const root = await workspace('specific.md')
    const lee = await readFile(path.resolve(FIXTURES, '../../examples/needs-work/contoso-lee.md'), 'utf8')
    await writeFile(path.join(root, 'letters', 'lee.md'), lee)
    const client = await start(root)
    // On disk specific.md is another letter; in the editor it becomes a copy of lee.md, unsaved.
    const open = `file://${path.join(root, 'letters', 'specific.md')}`
    client.open(open, lee.replace('to: Jamie Lee', 'to: Priya Nair').replace('Dear Jamie,', 'Dear Priya,'))
    const unique = (uri: string) => [...client.published].reverse().find((p) => p.uri === uri)?.diagnostics.find((d) => d.code === 'unique-letter')
    expect((await client.until(() => unique(open))).message).toContain('lee.md (100% alike)')
    const other = `file://${path.join(root, 'letters', 'lee.md')}`
    client.open(other, lee)
    expect((await client.until(() => unique(other))).message).toContain('specific.md (100% alike)')
  })

  it('indexes a workspace folder added later, and forgets one removed', async () => {
    const lee = await readFile(path.resolve(FIXTURES, '../../examples/needs-work/contoso-lee.md'), 'utf8')
    const first = await workspace()
    await writeFile(path.join(first, 'letters', 'nair.md'), lee.replace('to: Jamie Lee', 'to: Priya Nair').replace('Dear Jamie,', 'Dear Priya,'))
    const second = await workspace()
    await writeFile(path.join(second, 'letters', 'lee.md'), lee)
    const client = await start(first, { capabilities: { workspace: { workspaceFolders: true } } })
    const uri = await openFixture(client, first, 'nair.md')
    const unique = () => [...client.published].reverse().find((p) => p.uri === uri)?.diagnostics.find((d) => d.code === 'unique-letter')
    await client.diagnostics(uri)
    // After the first scan (300 ms after initialisation), which knew only the first folder.
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(unique()).toBeUndefined()
    const folder = { uri: `file://${second}`, name: 'second' }
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } })
    expect((await client.until(unique)).message).toContain('lee.md (100% alike)')
    const published = client.published.length
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } })
    await client.until(() => client.published.length > published && !unique())
  })

  it('lints a letter once when it is opened, and not again when the workspace scan finds no other letter', async () => {
    const root = await workspace('specific.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'specific.md')
    await client.diagnostics(uri)
    // Well past the scan, which starts 300 ms after initialisation.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(client.published.filter((p) => p.uri === uri)).toHaveLength(1)
  })

  it('pushes a summary with the word count and the specifics present', async () => {
    const root = await workspace('specific.md')
    const client = await start(root)
    const uri = await openFixture(client, root, 'specific.md')
    const summary = await client.until(() => client.notifications.find((n) => n.method === 'letterlint/summary' && (n.params as { uri: string }).uri === uri)?.params as { words: number; present: number; total: number } | undefined)
    expect(summary).toMatchObject({ present: 6, total: 6, minWords: 50, maxWords: 250 })
    expect(summary.words).toBeGreaterThan(80)
  })
})
