/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the corpus needs, so the same
 * seed always gives the same letters on every machine and Node version.
 */

/** FNV-1a: turns a seed given as text ("letters-2026") into 32 bits. */
function hashSeed(seed) {
  if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0
  let hash = 0x811c9dc5
  for (const char of String(seed)) {
    hash ^= char.codePointAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** A generator of draws from one seed; every draw advances the same stream. */
export function createRandom(seed) {
  let state = hashSeed(seed)

  /** A float in [0, 1). */
  function next() {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both included. */
  function int(min, max) {
    return min + Math.floor(next() * (max - min + 1))
  }

  /** True with probability `p`. */
  function chance(p) {
    return next() < p
  }

  /** One element of a non-empty array. */
  function pick(items) {
    return items[Math.floor(next() * items.length)]
  }

  /** A shuffled copy (Fisher–Yates). */
  function shuffle(items) {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }

  /** `k` distinct elements, in random order. */
  function sample(items, k) {
    return shuffle(items).slice(0, k)
  }

  /** An independent stream derived from this one (so adding draws in one place does not shift another). */
  function fork(label) {
    return createRandom(hashSeed(`${int(0, 0xffffffff)}:${label}`))
  }

  return { next, int, chance, pick, shuffle, sample, fork }
}
