import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The names the `vscode` module exports, read from the API's type declarations. */
function apiNames(): string[] {
  const types = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8')
  return [...types.matchAll(/^\texport (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((match) => match[1]!)
}

/**
 * A stand-in for the `vscode` module, enough to load the bundled extension and call `activate`
 * outside VS Code: every export is a stub that can be called, constructed, subclassed and
 * disposed; `overrides` (nested objects merge) give the parts a test looks at real behaviour.
 * A plain object, since a bundle copies the module's own properties into its namespace.
 */
export function fakeVscode(overrides: Record<string, unknown>): Record<string, unknown> {
  const module: Record<string, unknown> = {}
  for (const name of new Set([...apiNames(), ...Object.keys(overrides)])) {
    const value = overrides[name]
    module[name] = value === undefined ? stub(name) : isPlainObject(value) ? layer(value, name) : value
  }
  return module
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

function layer(overrides: Record<string, unknown>, name: string): unknown {
  const fallback = stub(name)
  return new Proxy(overrides, {
    get(target, property) {
      if (property in target) {
        const value = target[property as string]
        return isPlainObject(value) ? layer(value, `${name}.${String(property)}`) : value
      }
      return Reflect.get(fallback as object, property)
    },
  })
}

function stub(name: string): unknown {
  const target = function () {} as unknown as Record<PropertyKey, unknown>
  // Stubs stand for objects too (a status-bar item's `name`), so a function's own names must be writable.
  for (const own of ['name', 'length']) Object.defineProperty(target, own, { value: undefined, writable: true, configurable: true })
  return new Proxy(target, {
    get(object, property) {
      // Not a promise: `await stub` gives the stub itself.
      if (property === 'then') return undefined
      if (property === Symbol.toPrimitive) return () => name
      if (property in object) return Reflect.get(object, property)
      const child = stub(`${name}.${String(property)}`)
      object[property] = child
      return child
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  })
}

/** Loads a CommonJS bundle with `require('vscode')` answered by `vscode`; a fresh copy each time. */
export function loadWithVscode<T>(file: string, vscode: unknown): T {
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown }
  const original = loader._load
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest)
  }
  try {
    delete require.cache[require.resolve(file)]
    return require(file) as T
  } finally {
    loader._load = original
  }
}
