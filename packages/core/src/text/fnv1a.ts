/** FNV-1a over a string's UTF-16 code units: a fast 32-bit hash. Another `seed` gives an independent one. */
export function fnv1a(text: string, seed = 0x811c_9dc5): number {
  let hash = seed
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x0100_0193)
  return hash >>> 0
}
