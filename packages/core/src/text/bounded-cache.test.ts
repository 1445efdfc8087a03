import { describe, expect, it } from 'vitest'
import { BoundedCache } from './bounded-cache.js'

describe('BoundedCache', () => {
  it('computes a value once and answers from memory after that, undefined values included', () => {
    const cache = new BoundedCache<string, string | undefined>(10)
    const computed: string[] = []
    const compute = (key: string) => {
      computed.push(key)
      return key === 'none' ? undefined : key.toUpperCase()
    }
    expect(cache.get('a', compute)).toBe('A')
    expect(cache.get('a', compute)).toBe('A')
    expect(cache.get('none', compute)).toBeUndefined()
    expect(cache.get('none', compute)).toBeUndefined()
    expect(computed).toEqual(['a', 'none'])
  })

  it('never holds more than its limit: when full it forgets everything and starts again', () => {
    const cache = new BoundedCache<number, number>(3)
    let calls = 0
    const square = (n: number) => (calls++, n * n)
    for (let n = 0; n < 3; n++) cache.get(n, square)
    expect(cache.size).toBe(3)
    expect(cache.get(4, square)).toBe(16)
    expect(cache.size).toBe(1)
    expect(cache.get(0, square)).toBe(0)
    expect(calls).toBe(5)
  })
})
