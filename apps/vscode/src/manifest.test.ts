import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { lint, presetConfig } from '@letterlint/core'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { expandSnippet } from './test-support/expand-snippet.js'
import { fakeVscode, loadWithVscode } from './test-support/fake-vscode.js'

const root = new URL('../', import.meta.url)
const read = (path: string) => readFileSync(new URL(path, root), 'utf8')
const manifest = JSON.parse(read('package.json'))
const snippets: Record<string, { prefix: string[]; body: string[] }> = JSON.parse(read('snippets/markdown.code-snippets'))
const commandIds: string[] = manifest.contributes.commands.map((command: { command: string }) => command.command)
const properties: Record<string, { type: string; default: unknown; enum?: string[] }> = manifest.contributes.configuration.properties

/** `activate` of the bundled extension, run against a stand-in `vscode` that records what it is asked. */
function activateBundle() {
  const registered = new Map<string, (...args: unknown[]) => unknown>()
  const joined: string[] = []
  const inserted: string[] = []
  const logged: string[] = []
  const output = new Proxy({}, { get: (_, level) => (message: unknown) => logged.push(`${String(level)}: ${String(message)}`) })
  const vscode = fakeVscode({
    version: '1.91.0',
    commands: {
      registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
        registered.set(id, handler)
        return { dispose() {} }
      },
    },
    // No fsPath: the client's start fails before it would fork a server.
    Uri: { joinPath: (_base: unknown, ...segments: string[]) => (joined.push(segments.join('/')), {}) },
    SnippetString: class {
      constructor(readonly value: string) {}
    },
    window: {
      createOutputChannel: () => output,
      showTextDocument: async () => ({ insertSnippet: async (snippet: { value: string }) => inserted.push(snippet.value) }),
    },
    workspace: { openTextDocument: async (options: unknown) => ({ options }) },
  })
  const extension = loadWithVscode<{ activate(context: unknown): void }>(fileURLToPath(new URL('dist/extension.cjs', root)), vscode)
  const subscriptions: unknown[] = []
  extension.activate({ subscriptions, extensionUri: {} })
  return { registered, joined, inserted, logged, subscriptions }
}

describe('the bundled extension', () => {
  let activated: ReturnType<typeof activateBundle>
  beforeAll(async () => {
    activated = activateBundle()
    // Let the client's (failing) start settle, so nothing runs after the test.
    await vi.waitFor(() => expect(activated.logged.join('\n')).toContain('did not start'))
  })

  it('registers a handler for every contributed command, and no other', () => {
    expect([...activated.registered.keys()].sort()).toEqual([...commandIds].sort())
    expect(activated.subscriptions.length).toBeGreaterThanOrEqual(commandIds.length)
  })

  it('activates on Markdown and on each of its commands', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', ...commandIds.map((id) => `onCommand:${id}`)])
  })

  it('starts the server from dist/server.js', () => {
    expect(activated.joined).toContain('dist/server.js')
    expect(existsSync(new URL('dist/server.js', root))).toBe(true)
  })

  it('"New Letter from Template" inserts the whole-letter snippet', async () => {
    await activated.registered.get('letterlint.newLetter')!()
    expect(activated.inserted).toEqual([snippets['Thank-you letter']!.body.join('\n')])
  })
})

describe('the manifest', () => {
  it('runs the CommonJS bundle from an ESM package', () => {
    expect(manifest.type).toBe('module')
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(existsSync(new URL(manifest.main, root))).toBe(true)
    expect(existsSync(new URL(manifest.icon, root))).toBe(true)
  })

  it('asks for VS Code ^1.91 at most, and its API types and language client agree', () => {
    const minor = (range: string) => Number(/^\^?1\.(\d+)\./.exec(range)?.[1])
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/)
    expect(minor(manifest.engines.vscode)).toBeLessThanOrEqual(91)
    // vsce refuses @types/vscode newer than the engine; the types must not promise newer API either.
    expect(minor(manifest.devDependencies['@types/vscode'])).toBeLessThanOrEqual(minor(manifest.engines.vscode))
    // The package's entry is lib/common/api.js; its package.json is not exported.
    const languageClient = JSON.parse(readFileSync(new URL('../../package.json', import.meta.resolve('vscode-languageclient')), 'utf8'))
    expect(languageClient.name).toBe('vscode-languageclient')
    expect(minor(languageClient.engines.vscode)).toBeLessThanOrEqual(minor(manifest.engines.vscode))
  })

  it("contributes the server's settings with the server's defaults, and the trace setting", async () => {
    const server = await import(new URL('./settings.js', import.meta.resolve('@letterlint/language-server')).href)
    const defaults: Record<string, unknown> = server.DEFAULT_SETTINGS
    expect(Object.keys(properties).sort()).toEqual([...Object.keys(defaults).map((key) => `letterlint.${key}`), 'letterlint.trace.server'].sort())
    for (const [key, value] of Object.entries(defaults)) {
      expect(properties[`letterlint.${key}`]!.default, key).toEqual(value)
      expect(properties[`letterlint.${key}`]!.type, key).toBe(Array.isArray(value) ? 'array' : typeof value)
    }
    expect(properties['letterlint.run']!.enum).toEqual(['onType', 'onSave'])
    expect(properties['letterlint.trace.server']).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' })
  })

  it('validates .letterlintrc.json with the schema the core build writes, shipped in dist/', () => {
    const [validation] = manifest.contributes.jsonValidation
    expect(validation.fileMatch).toEqual(['.letterlintrc.json'])
    const shipped = read(validation.url)
    expect(shipped).toBe(readFileSync(fileURLToPath(import.meta.resolve('@letterlint/core/schema.json')), 'utf8'))
    expect(JSON.parse(shipped).properties).toHaveProperty('rules')
  })

  it('supports untrusted workspaces, with no setting that names an executable or a path', () => {
    expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true, restrictedConfigurations: [] })
    for (const [name, property] of Object.entries(properties)) {
      expect(name).not.toMatch(/path|executable|command|node|runtime/i)
      expect(JSON.stringify(property)).not.toMatch(/executable|absolute path/i)
    }
  })
})

describe('the snippets', () => {
  const variables = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '20' }

  it.each(Object.entries(snippets))('%s: numbered tab stops from 1, a prefix, valid syntax', (_name, snippet) => {
    const body = snippet.body.join('\n')
    expect(snippet.prefix.length).toBeGreaterThan(0)
    const stops = [...new Set([...body.matchAll(/\$\{?(\d+)/g)].map((match) => Number(match[1])))].filter((stop) => stop > 0).sort((a, b) => a - b)
    expect(stops).toEqual(stops.map((_, i) => i + 1))
    expect(() => expandSnippet(body, variables)).not.toThrow()
  })

  const template = snippets['Thank-you letter']!.body.join('\n')
  const now = Date.parse('2026-11-20T18:00:00Z')

  it('the letter template, once its frontmatter is typed in, greets by name, signs off and shows every specific', async () => {
    const text = expandSnippet(template, variables, { 1: 'Priya Raman', 2: 'Fabrikam', 3: 'Support Team Lead', 5: 'the ticket backlog', 6: 'Sam Okafor' })
    expect(text).toMatch(/^---\nto: Priya Raman\n[\s\S]*\n---\n\nDear Priya,\n/)
    expect(text).toMatch(/\nBest regards,\nSam Okafor\n$/)
    const { findings, facts } = await lint(text, { config: presetConfig('recommended'), now })
    expect(findings.filter((finding) => finding.severity !== 'info').map((finding) => finding.message)).toEqual([])
    expect(Object.values(facts.specifics).every(Boolean)).toBe(true)
  })

  it('the letter template left as it is gets its placeholders flagged, not sent', async () => {
    const { findings } = await lint(expandSnippet(template, variables), { config: presetConfig('recommended'), now })
    expect(findings.filter((finding) => finding.ruleId === 'placeholder').map((finding) => finding.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"Your Name"'), expect.stringContaining('"Company Name"')]),
    )
  })
})
