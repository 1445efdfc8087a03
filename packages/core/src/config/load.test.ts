import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, ConfigLoader } from './load.js'

let root: string

/** Writes files (path → text) under the temporary root. */
function files(tree: Record<string, string>): void {
  for (const [file, text] of Object.entries(tree)) {
    const absolute = path.join(root, file)
    mkdirSync(path.dirname(absolute), { recursive: true })
    writeFileSync(absolute, text)
  }
}

const at = (file: string) => path.join(root, file)

/** The ConfigError `load` throws, for assertions on file, line, column and reason. */
function failure(action: () => unknown): ConfigError {
  try {
    action()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'letterlint-config-'))
})
afterEach(() => {
  rmSync(root, { recursive: true, force: true })
})

describe('finding the configuration', () => {
  it('uses the nearest file, walking up from the letter, without merging farther ones', () => {
    files({
      '.letterlintrc.json': JSON.stringify({ rules: { length: 'off' } }),
      'northwind/.letterlintrc.yaml': 'rules:\n  spelling: off\n',
      'northwind/letters/dana.md': 'Dear Dana,\n',
      'contoso/lee.md': 'Dear Lee,\n',
    })
    const loader = new ConfigLoader()
    const near = loader.forLetter(at('northwind/letters/dana.md'))
    expect(near.file).toBe(at('northwind/.letterlintrc.yaml'))
    expect(near.config.rules['spelling']!.severity).toBe('off')
    expect(near.config.rules['length']!.severity).toBe('warning')
    const far = loader.forLetter(at('contoso/lee.md'))
    expect(far.file).toBe(at('.letterlintrc.json'))
    expect(far.config.rules['length']!.severity).toBe('off')
    expect(loader.nearestFile(at('northwind/letters/dana.md'))).toBe(at('northwind/.letterlintrc.yaml'))
  })

  it('prefers .letterlintrc.json, then .yaml, then .yml, then package.json in one folder', () => {
    files({
      'a/.letterlintrc.json': '{}',
      'a/.letterlintrc.yaml': '{}',
      'b/.letterlintrc.yaml': '{}',
      'b/.letterlintrc.yml': '{}',
      'c/.letterlintrc.yml': '{}',
      'c/package.json': JSON.stringify({ letterlint: {} }),
    })
    const loader = new ConfigLoader()
    expect(loader.forLetter(at('a/x.md')).file).toBe(at('a/.letterlintrc.json'))
    expect(loader.forLetter(at('b/x.md')).file).toBe(at('b/.letterlintrc.yaml'))
    expect(loader.forLetter(at('c/x.md')).file).toBe(at('c/.letterlintrc.yml'))
  })

  it('reads the letterlint key of package.json, and skips a package.json without one or a broken one', () => {
    files({
      'package.json': JSON.stringify({ name: 'search', letterlint: { extends: 'letterlint:strict', words: ['Kowalczyk'] } }),
      'plain/package.json': JSON.stringify({ name: 'other' }),
      'broken/package.json': '{ "name": ',
    })
    const loader = new ConfigLoader()
    for (const folder of ['plain', 'broken']) {
      const found = loader.forLetter(at(`${folder}/x.md`))
      expect(found.file).toBe(at('package.json'))
      expect(found.config.words).toEqual(['Kowalczyk'])
      expect(found.config.rules['greeting']!.severity).toBe('error')
    }
  })

  it('falls back to the recommended preset when no file is found', () => {
    files({ 'x.md': 'Dear Dana,\n' })
    const found = new ConfigLoader().forLetter(at('x.md'))
    expect(found.file).toBeUndefined()
    expect(found.config.rules['greeting']!.severity).toBe('warning')
  })

  it('looks in a folder itself when asked to', () => {
    files({ 'letters/.letterlintrc.json': '{"rules":{"length":"info"}}' })
    expect(new ConfigLoader().forLetter(at('letters'), true).config.rules['length']!.severity).toBe('info')
  })

  it('reads files again after clear()', () => {
    files({ '.letterlintrc.json': '{"rules":{"length":"info"}}' })
    const loader = new ConfigLoader()
    expect(loader.forLetter(at('x.md')).config.rules['length']!.severity).toBe('info')
    files({ '.letterlintrc.json': '{"rules":{"length":"off"}}' })
    expect(loader.forLetter(at('x.md')).config.rules['length']!.severity).toBe('info')
    loader.clear()
    expect(loader.forLetter(at('x.md')).config.rules['length']!.severity).toBe('off')
  })
})

describe('presets and extends', () => {
  it('starts from letterlint:strict: warnings become errors, overrides still apply', () => {
    files({ '.letterlintrc.json': JSON.stringify({ extends: 'letterlint:strict', rules: { timeliness: 'info' } }) })
    const { rules } = new ConfigLoader().load(at('.letterlintrc.json'))
    expect(rules['spelling']!.severity).toBe('error')
    expect(rules['wrong-company']!.severity).toBe('error')
    expect(rules['timeliness']!.severity).toBe('info')
  })

  it('extends a file relative to the extending one, options merged, words added', () => {
    files({
      'shared/base.yaml': 'extends: letterlint:strict\nrules:\n  length:\n    maxWords: 300\n    minWords: 10\nwords: [Kowalczyk]\n',
      'letters/.letterlintrc.json': JSON.stringify({ extends: ['../shared/base.yaml'], rules: { length: { maxWords: 200 } }, words: ['kubeadm'] }),
    })
    const { rules, words } = new ConfigLoader().load(at('letters/.letterlintrc.json'))
    expect(rules['length']).toEqual({ severity: 'error', options: { maxWords: 200, minWords: 10, maxParagraphs: 4, maxSentenceWords: 35 } })
    expect(words).toEqual(['Kowalczyk', 'kubeadm'])
  })

  it('names the extending file when extends points at a missing one', () => {
    files({ 'letters/.letterlintrc.json': '{"extends": "./nope.json"}' })
    const error = failure(() => new ConfigLoader().load(at('letters/.letterlintrc.json')))
    expect(error.file).toBe(at('letters/.letterlintrc.json'))
    expect(error.reason).toBe('`extends` names a missing file: nope.json')
  })

  it('reports a cycle of extends instead of looping', () => {
    files({ 'a.json': '{"extends": "./b.yaml"}', 'b.yaml': 'extends: ./a.json\n' })
    const error = failure(() => new ConfigLoader().load(at('a.json')))
    expect(error.file).toBe(at('b.yaml'))
    expect(error.reason).toBe('`extends` forms a cycle: a.json → b.yaml → a.json')
    expect(error.message).toBe(`${at('b.yaml')}: \`extends\` forms a cycle: a.json → b.yaml → a.json`)
  })

  it('refuses an unknown preset', () => {
    files({ '.letterlintrc.json': '{"extends": "letterlint:lenient"}' })
    expect(failure(() => new ConfigLoader().load(at('.letterlintrc.json'))).reason).toBe('unknown preset "letterlint:lenient"; use letterlint:recommended or letterlint:strict')
  })

  it('names a configuration file that does not exist', () => {
    const error = failure(() => new ConfigLoader().load(at('missing.json')))
    expect(error.message).toBe(`${at('missing.json')}: no such configuration file`)
  })
})

describe('configuration errors say where', () => {
  it.each([
    ['a bare word', '{\n  "rules": {\n    "length": off\n  }\n}', 3, 15, "invalid JSON: Unexpected token 'o'"],
    ['a trailing comma', '{\n  "rules": {},\n}', 3, 1, 'invalid JSON: Expected double-quoted property name'],
    ['a missing brace, CRLF', '{\r\n  "words": ["a"]\r\n', 3, 1, 'invalid JSON: Expected \',\' or \'}\' after property value'],
    ['an empty file', '', 1, 1, 'invalid JSON: Unexpected end of JSON input'],
  ])('bad JSON: %s', (_, text, line, column, reason) => {
    files({ '.letterlintrc.json': text })
    const error = failure(() => new ConfigLoader().load(at('.letterlintrc.json')))
    expect([error.line, error.column, error.reason]).toEqual([line, column, reason])
    expect(error.message).toBe(`${at('.letterlintrc.json')}:${line}:${column}: ${reason}`)
  })

  it('bad YAML', () => {
    files({ '.letterlintrc.yaml': 'rules:\n  length: off\n    spelling: off\n' })
    const error = failure(() => new ConfigLoader().load(at('.letterlintrc.yaml')))
    expect([error.line, error.column, error.reason]).toEqual([2, 11, 'invalid YAML: Nested mappings are not allowed in compact mappings'])
  })

  it('an unknown rule: "Unknown rule" with a did-you-mean, at the key', () => {
    files({ '.letterlintrc.json': '{\n  "rules": {\n    "length": "off",\n    "speling": "off"\n  }\n}\n' })
    const error = failure(() => new ConfigLoader().load(at('.letterlintrc.json')))
    expect([error.line, error.column, error.reason]).toEqual([4, 5, 'Unknown rule "speling". Did you mean "spelling"?'])
  })

  it('an unknown rule in YAML', () => {
    files({ '.letterlintrc.yaml': '# letters\nrules:\n  generic-phrases: warning\n' })
    const error = failure(() => new ConfigLoader().load(at('.letterlintrc.yaml')))
    expect([error.line, error.column, error.reason]).toEqual([3, 3, 'Unknown rule "generic-phrases". Did you mean "generic-phrase"?'])
  })

  it('an unknown rule under the letterlint key of package.json', () => {
    files({ 'package.json': '{\n  "name": "x",\n  "letterlint": {\n    "rules": { "greting": "off" }\n  }\n}\n' })
    const error = failure(() => new ConfigLoader().forLetter(at('x.md')))
    expect([error.line, error.column, error.reason]).toEqual([4, 16, 'Unknown rule "greting". Did you mean "greeting"?'])
  })

  it('a wrong option type', () => {
    files({ '.letterlintrc.yaml': 'rules:\n  length:\n    maxWords: lots\n' })
    const error = failure(() => new ConfigLoader().load(at('.letterlintrc.yaml')))
    expect([error.line, error.column, error.reason]).toEqual([3, 5, 'rules.length.maxWords must be an integer, not "lots".'])
  })

  it('an unknown option and a wrong severity', () => {
    files({ 'a.json': '{"rules": {"length": {"maxWrods": 3}}}', 'b.json': '{"rules": {"length": "loud"}}' })
    expect(failure(() => new ConfigLoader().load(at('a.json'))).reason).toBe('Unknown option "maxWrods" for rule "length"; it takes maxWords, minWords, maxParagraphs, maxSentenceWords.')
    expect(failure(() => new ConfigLoader().load(at('b.json'))).reason).toBe('rules.length must be one of off, info, warning, error, not "loud".')
  })

  it('an unknown top-level key and a word that is not text', () => {
    files({ 'a.json': '{"rule": {}}', 'b.yaml': 'words:\n  - Kowalczyk\n  - 42\n' })
    expect(failure(() => new ConfigLoader().load(at('a.json'))).reason).toBe('Unknown key "rule"; expected extends, rules, words.')
    const error = failure(() => new ConfigLoader().load(at('b.yaml')))
    expect([error.line, error.column, error.reason]).toEqual([3, 5, 'words.1 must be a string, not 42.'])
  })

  it('a YAML alias bomb is refused, not expanded', () => {
    files({
      '.letterlintrc.yaml': ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'words: [*c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n'),
    })
    expect(failure(() => new ConfigLoader().load(at('.letterlintrc.yaml'))).reason).toMatch(/alias/i)
  })
})

describe('configuration is data', () => {
  it('never runs or imports what `extends` names: a script is read as text and refused', () => {
    const marker = at('ran.txt')
    const script = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')\n`
    files({ 'evil.js': script, 'evil.cjs': script, 'evil.mjs': `import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(marker)}, 'ran'))\n` })
    for (const base of ['./evil.js', './evil.cjs', './evil.mjs']) {
      files({ '.letterlintrc.json': JSON.stringify({ extends: base }) })
      const error = failure(() => new ConfigLoader().load(at('.letterlintrc.json')))
      expect(error.file).toBe(at(base.slice(2)))
      expect(error.message).toMatch(/must be an object|invalid YAML/)
    }
    expect(() => rmSync(marker)).toThrow(/ENOENT/)
  })

  it('reads a package name in `extends` as a file beside the configuration, never from node_modules', () => {
    files({ '.letterlintrc.json': JSON.stringify({ extends: 'vitest' }) })
    expect(failure(() => new ConfigLoader().load(at('.letterlintrc.json'))).message).toMatch(/: `extends` names a missing file: vitest$/)
  })
})
