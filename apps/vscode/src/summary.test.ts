import { describe as suite, expect, it } from 'vitest'
import { describe, type LetterSummary } from './summary.js'

const SPECIFICS = { interviewer: true, company: true, role: true, topic: true, qualification: true, interest: true }
const base: LetterSummary = { uri: 'file:///letters/a.md', version: 3, words: 182, minWords: 50, maxWords: 250, specifics: SPECIFICS, present: 6, total: 6, errors: 0, warnings: 0 }

suite('describe', () => {
  it('shows the word count and the specifics present', () => {
    const view = describe({ ...base, specifics: { ...SPECIFICS, qualification: false }, present: 5, warnings: 2 })
    expect(view.text).toBe('$(mail) 182 words · 5/6 specifics')
    expect(view.band).toBe('within')
    expect(view.tooltip).toBe(
      [
        '**letterlint**',
        '182 words, within the 50–250 target.',
        '5 of 6 specifics; missing: a qualification tied to the role.',
        '0 errors, 2 warnings: click to open the Problems panel.',
      ].join('\n\n'),
    )
    // Screen readers get the same facts without the Markdown asterisks or the icon.
    expect(view.label).toBe('letterlint: 182 words, within the 50–250 target. 5 of 6 specifics; missing: a qualification tied to the role. 0 errors, 2 warnings: click to open the Problems panel.')
  })

  it('says how much to cut from a long letter', () => {
    const view = describe({ ...base, words: 301 })
    expect(view.text).toBe('$(mail) 301 words · 6/6 specifics · too long')
    expect(view.band).toBe('long')
    expect(view.tooltip).toContain('301 words: cut about 51 to reach the 50–250 words a reader finishes.')
    expect(view.tooltip).toContain('All 6 specifics are there.')
    expect(view.tooltip).toContain('No problems.')
  })

  it('marks a short letter and names every missing specific, in order', () => {
    const view = describe({ ...base, words: 1, specifics: { ...SPECIFICS, interviewer: false, topic: false }, present: 4, errors: 1, warnings: 1 })
    expect(view.text).toBe('$(mail) 1 word · 4/6 specifics · short')
    expect(view.tooltip).toContain("missing: the interviewer's name, something you discussed.")
    expect(view.tooltip).toContain('1 error, 1 warning')
  })

  it('names a specific it has no label for as the server sent it', () => {
    expect(describe({ ...base, specifics: { ...SPECIFICS, deadline: false }, total: 7 }).tooltip).toContain('missing: deadline.')
  })
})
