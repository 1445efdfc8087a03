import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { ConfigError, ConfigLoader, DEFAULT_INPUT_LIMITS, InputLimitError, lint, presetConfig, suggestSpelling, type Config, type LintResult } from '@letterlint/core'
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver'
import { nextTurn, throwIfCancelled } from './cancellation.js'
import { ADD_WORD_COMMAND, codeActions, FIX_ALL_KIND } from './code-actions.js'
import { letterDiagnostic, toDiagnostic } from './convert.js'
import { checkedDocuments } from './document-sync.js'
import { addWord } from './dictionary.js'
import { hover } from './hover.js'
import { filePath, LetterFilter } from './letters.js'
import { checkCodeActionParams, checkHoverParams } from './request-params.js'
import { SettingsStore } from './settings.js'
import { summarise, SUMMARY_NOTIFICATION } from './summary.js'
import { WorkspaceIndex } from './workspace-index.js'

/** Wait this long after start-up before indexing the workspace, so the first letter is linted first. */
const INDEX_DELAY = 300

/** Installs every handler of the letterlint language server on a connection; `bin.ts` only connects it. */
export function createServer(connection: Connection): void {
  const documents = new TextDocuments(checkedDocuments)
  const loader = new ConfigLoader()
  const published = new Map<string, Diagnostic[]>()
  /** Cancels the lint scheduled for a document while it is being typed in. */
  const pending = new Map<string, () => void>()
  let folders: string[] = []
  let snippets = false
  let watchDynamically = false
  let configurationChanges = false
  let workspaceFolderChanges = false

  const hasConfig = (file: string) => {
    const found = loader.nearestFile(file)
    return found !== undefined && (folders.length === 0 || folders.some((folder) => !path.relative(folder, found).startsWith('..')))
  }
  const filter = new LetterFilter(() => folders, hasConfig)
  const index = new WorkspaceIndex((file, text) => filter.isLetter(pathToFileURL(file).href, 'markdown', text))
  const settings = new SettingsStore(connection, () => relintAll())

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities
    snippets = capabilities.workspace?.workspaceEdit?.snippetEditSupport === true
    watchDynamically = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    configurationChanges = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    workspaceFolderChanges = capabilities.workspace?.workspaceFolders === true
    settings.supported = capabilities.workspace?.configuration === true
    folders = (params.workspaceFolders ?? []).map((folder) => filePath(folder.uri)).filter((folder): folder is string => !!folder)
    if (folders.length === 0 && params.rootUri) folders = [filePath(params.rootUri)].filter((folder): folder is string => !!folder)
    filter.configure(settings.current)
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [ADD_WORD_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'letterlint-language-server' },
    }
  })

  connection.onInitialized(() => {
    settings.refresh()
    if (workspaceFolderChanges) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => filePath(folder.uri)))
        const added = event.added.map((folder) => filePath(folder.uri)).filter((folder): folder is string => !!folder)
        folders = [...folders.filter((folder) => !removed.has(folder)), ...added]
        for (const folder of removed) if (folder) index.forget(folder, folders)
        // Which documents are letters may change with the folders; the new folders' letters follow.
        relintAll()
        indexWorkspace()
      })
    }
    if (configurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'letterlint' })
    if (watchDynamically) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.letterlintrc{.json,.yaml,.yml}' }, { globPattern: '**/package.json' }, { globPattern: '**/*.md' }],
      })
    }
    setTimeout(indexWorkspace, INDEX_DELAY).unref()
  })

  /** Indexes the workspace folders not indexed yet; the open letters' findings change only if other letters turned up. */
  function indexWorkspace(): void {
    const isOpen = (file: string) => documents.all().some((document) => filePath(document.uri) === file)
    index.ensure(folders, isOpen).then(
      (letters) => letters > 0 && relintAll(),
      (error) => connection.console.error(`letterlint: indexing the workspace failed: ${String(error)}`),
    )
  }

  connection.onDidChangeConfiguration((params) => settings.refresh(params.settings))

  function configFor(file: string | undefined): { config: Config } | { error: ConfigError } {
    if (!file) return { config: presetConfig('recommended') }
    try {
      return loader.forLetter(file)
    } catch (error) {
      if (error instanceof ConfigError) return { error }
      throw error
    }
  }

  function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void {
    published.set(uri, diagnostics)
    void connection.sendDiagnostics({ uri, ...(version !== undefined ? { version } : {}), diagnostics })
  }

  function clear(uri: string): void {
    if (published.has(uri)) publish(uri, undefined, [])
    published.delete(uri)
  }

  /** Why a letter has no findings: a text over core's input limits, or a failure of letterlint itself (logged with its stack). */
  function notLinted(uri: string, error: unknown): Diagnostic {
    if (error instanceof InputLimitError) return letterDiagnostic('input-limit', `Not linted: ${error.message}.`, DiagnosticSeverity.Warning, (error.line ?? 1) - 1)
    connection.console.error(`letterlint: linting ${uri} failed: ${(error as Error)?.stack ?? String(error)}`)
    const reason = (error as Error)?.message ?? String(error)
    return letterDiagnostic('internal-error', `letterlint could not lint this letter: ${reason} (a letterlint bug: please report it with this letter).`, DiagnosticSeverity.Error)
  }

  /** Lints a document's current text; a result for a version that is no longer current is dropped. */
  async function validate(uri: string): Promise<void> {
    const document = documents.get(uri)
    if (!document) return
    const { version } = document
    // The same object while the document stays open (edits update it in place); a reopened one is new.
    const current = () => documents.get(uri) === document && document.version === version
    const text = document.getText()
    if (!settings.current.enable || !filter.isLetter(uri, document.languageId, text)) return clear(uri)
    const file = filePath(uri)
    const loaded = configFor(file)
    if ('error' in loaded) {
      publish(uri, version, [letterDiagnostic('config', `Configuration error: ${loaded.error.message}`, DiagnosticSeverity.Error)])
      return
    }
    const workspace = file ? index.others(file) : {}
    const unique = loaded.config.rules['unique-letter']
    /** Set when `unique-letter` compares this letter with the others. */
    const threshold = unique && unique.severity !== 'off' ? Number(unique.options['threshold']) : undefined
    let result: LintResult
    let signature: Uint32Array | undefined
    try {
      result = await lint(text, { config: loaded.config, workspace, suggest: false, fingerprint: file !== undefined, limits: DEFAULT_INPUT_LIMITS })
      signature = result.facts.fingerprint
      if (file && signature && threshold !== undefined) {
        const similar = index.similarTo(file, signature, result.facts.company, threshold)
        if (similar.length > 0) {
          const named = similar.map((other) => ({ ...other, path: path.relative(path.dirname(file), other.path).split(path.sep).join('/') }))
          result = await lint(text, { config: loaded.config, workspace: { ...workspace, similar: named }, suggest: false, limits: DEFAULT_INPUT_LIMITS })
        }
      }
    } catch (error) {
      // Findings of an older text must not stay on this one.
      if (current()) publish(uri, version, [notLinted(uri, error)])
      return
    }
    if (!current()) return
    if (file && signature && threshold !== undefined) {
      const declared = result.facts.frontmatter
      const names = { to: declared?.to ?? [], ...(declared?.company ? { company: declared.company } : {}) }
      void index.update(file, text, { signature, names })
    }
    publish(uri, version, result.findings.map((finding) => toDiagnostic(finding, version, text, snippets)))
    void connection.sendNotification(SUMMARY_NOTIFICATION, summarise(uri, version, result, loaded.config))
  }

  function run(uri: string): void {
    validate(uri).catch((error) => connection.console.error(`letterlint: linting ${uri} failed: ${(error as Error)?.stack ?? String(error)}`))
  }

  function schedule(uri: string): void {
    pending.get(uri)?.()
    const fire = () => {
      pending.delete(uri)
      run(uri)
    }
    const { debounce } = settings.current
    if (debounce <= 0) {
      // Still let the changes already sent arrive first: the library reads a message on one turn and
      // hands it over on the next, so a burst of changes is linted once, after two turns (a 0 ms timer would add a millisecond).
      let handle = setImmediate(() => {
        handle = setImmediate(fire)
      })
      pending.set(uri, () => clearImmediate(handle))
    } else {
      const handle = setTimeout(fire, debounce)
      pending.set(uri, () => clearTimeout(handle))
    }
  }

  function relintAll(): void {
    filter.configure(settings.current)
    for (const document of documents.all()) run(document.uri)
  }

  /** The event of the document just opened: the library fires it as a change too, which needs no second lint. */
  let opening: unknown
  documents.onDidOpen((event) => {
    opening = event
    run(event.document.uri)
  })
  documents.onDidChangeContent((event) => {
    if (event === opening) return
    if (settings.current.run === 'onType') schedule(event.document.uri)
  })
  documents.onDidSave((event) => {
    if (settings.current.run === 'onSave') run(event.document.uri)
  })
  documents.onDidClose((event) => {
    const { uri } = event.document
    pending.get(uri)?.()
    pending.delete(uri)
    clear(uri)
    const file = filePath(uri)
    if (file) void index.updateFromDisk(file)
  })

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false
    for (const change of params.changes) {
      const file = filePath(change.uri)
      if (!file) continue
      const name = path.basename(file)
      if (name.startsWith('.letterlintrc') || name === 'package.json') configChanged = true
      else if (name.toLowerCase().endsWith('.md') && !documents.get(change.uri)) {
        if (change.type === FileChangeType.Deleted) index.delete(file)
        else void index.updateFromDisk(file)
      }
    }
    if (configChanged) {
      loader.clear()
      relintAll()
    }
  })

  connection.onCodeAction(async (params, token) => {
    checkCodeActionParams(params)
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    // Spelling suggestions and fix-all take time, and run without a break: not for a request already cancelled.
    await nextTurn()
    throwIfCancelled(token)
    return codeActions(params, {
      document,
      snippets,
      suggest: suggestSpelling,
      safeFixes: async () => {
        const loaded = configFor(filePath(document.uri))
        if ('error' in loaded) return []
        try {
          const { findings } = await lint(document.getText(), { config: loaded.config, suggest: false, limits: DEFAULT_INPUT_LIMITS })
          return findings.flatMap((finding) => (finding.fix ? [finding.fix] : []))
        } catch (error) {
          if (error instanceof InputLimitError) return []
          throw error
        }
      },
    })
  })

  connection.onHover((params, token) => {
    checkHoverParams(params)
    throwIfCancelled(token)
    return hover(published.get(params.textDocument.uri) ?? [], params.position)
  })

  connection.onExecuteCommand(async (params, token) => {
    if (params.command !== ADD_WORD_COMMAND) return
    const [uri, word] = (params.arguments ?? []) as [unknown, unknown]
    if (typeof uri !== 'string' || typeof word !== 'string') return
    const file = filePath(uri)
    if (!file) {
      void connection.window.showWarningMessage('letterlint: only letters saved in a folder have a dictionary to add words to.')
      return
    }
    // Writing the word list cannot be undone by a later cancel: honour one that came with the request.
    await nextTurn()
    throwIfCancelled(token)
    try {
      const written = await addWord({ file, word, folders, loader })
      loader.clear()
      relintAll()
      void connection.window.showInformationMessage(`letterlint: added "${word}" to ${path.basename(written)}.`)
    } catch (error) {
      void connection.window.showErrorMessage(`letterlint: could not add "${word}": ${(error as Error).message}`)
    }
  })

  documents.listen(connection)
}

