import { describe, expect, it } from 'vitest'
import { lint } from './lint.js'
import { NOW } from './test-support/rule-tester.js'

describe('lint offsets', () => {
  // Found by fuzzing: remark skipped the second mark as it had the first, so every range sat one unit early.
  it('count every leading byte order mark', async () => {
    const text = '\uFEFF\uFEFF**Dear Dana,**\n\nThe the plan 𐀀.\n'
    const { findings } = await lint(text, { now: NOW })
    const repeated = findings.find((finding) => finding.ruleId === 'repeated-word')!
    expect(text.slice(repeated.start, repeated.end)).toBe('The the')
    expect(repeated.column).toBe(1)
    const signOff = findings.find((finding) => finding.ruleId === 'sign-off')!
    expect(text.slice(signOff.start, signOff.end)).toBe('The the plan 𐀀.')
  })
})
