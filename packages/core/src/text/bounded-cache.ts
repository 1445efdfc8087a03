/**
 * Remembers computed values up to `limit` entries, then forgets them all and starts again: for
 * verdicts that are cheap enough to recompute but asked for again and again (a letter relinted at
 * every keystroke asks about the same words), in a process that may run for days.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>()

  constructor(private readonly limit: number) {}

  /** The value remembered for `key`, else `compute(key)`, remembered. */
  get(key: K, compute: (key: K) => V): V {
    const known = this.entries.get(key)
    if (known !== undefined || this.entries.has(key)) return known as V
    if (this.entries.size >= this.limit) this.entries.clear()
    const value = compute(key)
    this.entries.set(key, value)
    return value
  }

  get size(): number {
    return this.entries.size
  }
}
