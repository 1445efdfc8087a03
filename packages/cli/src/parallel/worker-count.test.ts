import { describe, expect, it } from 'vitest'
import { PARALLEL_FROM, workerCount } from './worker-count.js'

describe('how many worker threads lint a run', () => {
  it('auto: one per core from PARALLEL_FROM letters on, none below or on one core', () => {
    expect(workerCount('auto', PARALLEL_FROM - 1, 2)).toBe(0)
    expect(workerCount('auto', PARALLEL_FROM, 2)).toBe(2)
    expect(workerCount('auto', 10_000, 8)).toBe(8)
    expect(workerCount('auto', 10_000, 1)).toBe(0)
  })

  it('a number: that many, never more than there are letters, and none for one letter', () => {
    expect(workerCount(4, 3, 2)).toBe(3)
    expect(workerCount(2, 500, 8)).toBe(2)
    expect(workerCount(2, 1, 8)).toBe(0)
  })

  it('off: none', () => {
    expect(workerCount('off', 10_000, 8)).toBe(0)
  })
})
