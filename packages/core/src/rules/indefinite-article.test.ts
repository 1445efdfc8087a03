import { describe, expect, it } from 'vitest'
import { applyFixes } from '../apply-fixes.js'
import { lint } from '../lint.js'
import { safeFixes } from '../test-support/finding-checks.js'
import { crlf, letter, NOW, testRule } from '../test-support/rule-tester.js'

const MARKDOWN = letter('It was a *honor* to meet you and a **interesting** talk.')
const SOUNDS = letter('I have a MBA, an URL, a hour, an one-time offer and an user guide.')
const CAPITAL = letter('A interview is never routine.')
const EMOJI = '\uFEFF' + crlf(letter("Zoë's 👍🏽 team gave me a overview.", { greeting: 'Dear Zoë,' }))

testRule('indefinite-article', {
  valid: [
    { name: 'articles that follow the sound', text: letter('It was an honor to join a user interview, an hour long, with a one-time pass and an MBA.') },
    { name: 'an emoji or a link between article and word', text: letter('It was a 🎉 honor, and an [honor](https://example.com) to read.') },
    { name: 'an article in a code block', text: letter('The log said:\n\n```\na error occurred\n```') },
  ],
  invalid: [
    {
      name: 'the word behind emphasis is named in the message',
      text: MARKDOWN,
      errors: [
        { message: 'Use "an" before "honor", not "a".', range: '3:8-3:9', text: 'a', fix: MARKDOWN.replace('a *honor*', 'an *honor*') },
        { message: 'Use "an" before "interesting", not "a".', range: '3:34-3:35', text: 'a', fix: MARKDOWN.replace('a **interesting**', 'an **interesting**') },
      ],
    },
    {
      name: 'acronyms, silent h and the sound of "one" and "user"',
      text: SOUNDS,
      errors: [
        { message: 'Use "an" before "MBA", not "a".', range: '3:8-3:9', text: 'a', fix: SOUNDS.replace('a MBA', 'an MBA') },
        { message: 'Use "a" before "URL", not "an".', range: '3:15-3:17', text: 'an', fix: SOUNDS.replace('an URL', 'a URL') },
        { message: 'Use "an" before "hour", not "a".', range: '3:23-3:24', text: 'a', fix: SOUNDS.replace('a hour', 'an hour') },
        { message: 'Use "a" before "one-time", not "an".', range: '3:31-3:33', text: 'an', fix: SOUNDS.replace('an one-time', 'a one-time') },
        { message: 'Use "a" before "user", not "an".', range: '3:53-3:55', text: 'an', fix: SOUNDS.replace('an user', 'a user') },
      ],
    },
    {
      name: 'a capitalised article stays capitalised',
      text: CAPITAL,
      errors: [{ message: 'Use "An" before "interview", not "A".', range: '3:1-3:2', text: 'A', fix: CAPITAL.replace('A interview', 'An interview') }],
    },
    {
      name: 'after a byte order mark, CRLF, a diaeresis and a skin-tone emoji',
      text: EMOJI,
      errors: [{ message: 'Use "an" before "overview", not "a".', range: '3:25-3:26', text: 'a', fix: EMOJI.replace('a overview', 'an overview') }],
    },
  ],
})

const REPEATED = letter('It was a a honor to see a a plan.')
const TWO = letter('It was an a honor, a an plan and a *an* idea.')

testRule('indefinite-article', {
  valid: [{ name: 'with repeated-word on, a repeated article is judged by the word after the repeat, not as the letter "a"', text: letter('I saw a a plan.'), allRules: true }],
  invalid: [
    {
      name: 'a repeated article before a vowel sound, with repeated-word on: the fix takes the repeat too',
      text: REPEATED,
      allRules: true,
      errors: [{ message: 'Use "an" before "honor", not "a".', range: '3:8-3:9', text: 'a', fix: REPEATED.replace('a a honor', 'an honor') }],
    },
    {
      name: 'two different articles in a row: the second goes, unless Markdown stands between them',
      text: TWO,
      errors: [
        { message: '"a" after "an" is one article too many: remove it.', range: '3:11-3:12', text: 'a', fix: TWO.replace('an a honor', 'an honor') },
        { message: '"an" after "a" is one article too many: remove it.', range: '3:22-3:24', text: 'an', fix: TWO.replace('a an plan', 'a plan') },
        { message: 'Use "an" before "idea", not "a".', range: '3:34-3:35', text: 'a', fix: TWO.replace('a *an* idea', 'an *an* idea') },
        { message: '"an" after "a" is one article too many: remove it.', range: '3:37-3:39', text: 'an' },
      ],
    },
  ],
})

describe('articles and repeated words fixed together', () => {
  // Found by fuzzing: "a a apple" became "an an apple" in one pass (the first "a" read as before the letter "a").
  it.each([
    ['a a apple', 'an apple'],
    ['A a apple', 'An apple'],
    ['a a banana', 'a banana'],
    ['a an house', 'a house'],
    ['a a an apple', 'an apple'],
    ['a an an apple', 'an apple'],
    // Found by fuzzing: with the repeat's own fix silenced, "an a apple" was left for a second pass.
    ['<!-- letterlint-disable-next-line repeated-word -->\na a apple', '<!-- letterlint-disable-next-line repeated-word -->\nan apple'],
  ])('%j becomes %j in one pass of safe fixes', async (slip, fixed) => {
    const text = letter(`${slip} pie was good.`)
    const once = applyFixes(text, safeFixes((await lint(text, { now: NOW })).findings)).text
    expect(once).toBe(letter(`${fixed} pie was good.`))
    expect(safeFixes((await lint(once, { now: NOW })).findings)).toEqual([])
  })
})
