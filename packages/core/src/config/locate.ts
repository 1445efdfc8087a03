import { isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml'

/**
 * The YAML node at a path of keys and list indexes, so a problem found in the parsed data can be
 * shown where it was written; for a path ending in a key, the key itself ("Unknown rule" points at it).
 */
export function locate(doc: Document, keys: ReadonlyArray<string | number>, from: unknown = doc.contents): YamlNode | undefined {
  let node: unknown = from
  for (const [index, key] of keys.entries()) {
    const last = index === keys.length - 1
    if (isSeq(node)) {
      node = node.items[Number(key)]
      continue
    }
    if (!isMap(node)) return undefined
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key))
    if (!pair) return undefined
    node = last ? pair.key : pair.value
  }
  return node as YamlNode | undefined
}
