import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_INPUT_LIMITS, formatBytes, InputLimitError } from './input-limits.js'
import { lint, type LintOptions } from './lint.js'

const letter = (body: string) => `Dear Dana,\n\n${body}\n\nBest,\nAlex\n`

/** The error `lint` refuses `text` with, or undefined when it lints it. */
async function refusal(text: string, limits?: LintOptions['limits']): Promise<InputLimitError | undefined> {
  try {
    await lint(text, { limits })
    return undefined
  } catch (error) {
    if (error instanceof InputLimitError) return error
    throw error
  }
}

describe('input limits', () => {
  it('refuses lists nested on one line deeper than the limit, naming the line, in no time', async () => {
    const started = performance.now()
    const error = await refusal(letter(`${'- '.repeat(10_000)}item`))
    expect(error?.message).toBe('line 3 nests block quotes or list items 10000 deep, more than the 64 a letter could need')
    expect(error?.line).toBe(3)
    // micromark alone takes about a minute on this input.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses block quotes nested deeper than the limit', async () => {
    expect((await refusal(letter(`${'>'.repeat(10_000)} deep`)))?.line).toBe(3)
    expect((await refusal(letter(`${'> '.repeat(65)}deep`)))?.message).toContain('65 deep')
  })

  it('refuses lists nested by indentation, one level a line', async () => {
    const nested = Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')
    const error = await refusal(letter(nested))
    expect(error?.line).toBe(3 + 64)
  })

  it('lints nesting up to the limit, and lists that go back out before going deep again', async () => {
    expect(await refusal(letter(`${'> '.repeat(64)}deep`))).toBeUndefined()
    const down = Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')
    expect(await refusal(letter(`${down}\n- back at the top\n${down}`))).toBeUndefined()
  })

  it('does not count the dashes of a thematic break as lists', async () => {
    expect(await refusal(letter(`Thanks.\n\n${'- '.repeat(100)}\n\nMore.`))).toBeUndefined()
    expect(await refusal(letter(`> ${'* '.repeat(100)}`))).toBeUndefined()
  })

  it('refuses a paragraph of unclosed "<?" and "<!--" before text the parser would scan again for each, naming its first line, in no time', async () => {
    const text = letter(`${'x <?\n'.repeat(1000)}${'plain words here\n'.repeat(15_000)}`)
    const started = performance.now()
    const error = await refusal(text)
    expect(error?.message).toBe('line 3 starts a paragraph the Markdown parser would take too long on: 1000 "<!" or "<?" in 254 KB without a blank line')
    expect(error?.line).toBe(3)
    // micromark alone takes about 13 s on this paragraph.
    expect(performance.now() - started).toBeLessThan(1000)
    expect((await refusal(letter(`Thanks.\n\n${'x <!--\n'.repeat(3000)}`)))?.line).toBe(5)
  })

  it('refuses a paragraph of thousands of "<", "&" or "]"', async () => {
    expect((await refusal(letter('x ]\n'.repeat(16_000))))?.message).toBe('line 3 starts a paragraph the Markdown parser would take too long on: 16000 of "<", "&" and "]" without a blank line')
    expect((await refusal(letter('a & b < c '.repeat(3000))))?.line).toBe(3)
  })

  it('is not fooled by what only looks like the end of a paragraph or a block', async () => {
    const slow = `${'x <?\n'.repeat(1000)}${'plain words here\n'.repeat(15_000)}`
    // A line of no-break spaces is not blank to CommonMark.
    expect((await refusal(letter(slow.replace(/\n/g, '\n\u00a0\n'))))?.line).toBe(3)
    // A comment or a <pre> closed on its own line leaves the next line to a paragraph.
    expect((await refusal(letter(`<!-- note -->\n${slow}`)))?.line).toBe(4)
    expect((await refusal(letter(`<pre>x</pre>\n${slow}`)))?.line).toBe(4)
    // A fence line with an info string opens code but cannot close it; "\`\`\`a\`" opens nothing.
    expect((await refusal(letter(`\`\`\`\ncode\n\`\`\`\n\n${slow}\n\`\`\`js\n`)))?.line).toBe(7)
    expect((await refusal(letter(`\`\`\`a\`\n${slow}`)))?.line).toBe(3)
    // Old Mac line endings.
    expect((await refusal(letter(`<!-- -->\n${slow}`).replace(/\n/g, '\r')))?.line).toBe(4)
  })

  it('lints the same characters in paragraphs of their own, and in fenced code', async () => {
    expect(await refusal(letter(`${'x <?\n\n'.repeat(300)}${'plain words here\n'.repeat(600)}`))).toBeUndefined()
    const xml = `\`\`\`xml\n${'<item a="1" b="2"/>\n'.repeat(6000)}\`\`\``
    expect(await refusal(letter(`Here is the config we discussed:\n\n${xml}\n\nThanks again.`))).toBeUndefined()
    expect(await refusal(letter(`~~~~\n${'<?x ]]> & <!--\n'.repeat(6000)}\`\`\`\nstill code\n~~~~`))).toBeUndefined()
    // HTML blocks: micromark reads their lines without looking for inline HTML.
    expect(await refusal(letter(`<!-- notes\n${'<!-- <? & ]\n'.repeat(6000)}-->`))).toBeUndefined()
    expect(await refusal(letter(`<div class="notes">\n${'<?x & ]\n'.repeat(6000)}</div>`))).toBeUndefined()
    // A paragraph that starts with an autolink is a paragraph all the same.
    expect((await refusal(letter(`<https://example.com>\n${'x <?\n'.repeat(1000)}${'plain words here\n'.repeat(15_000)}`)))?.line).toBe(3)
  })

  it('lints every fixture letter', async () => {
    for (const name of ['generic', 'specific', 'emoji', 'crlf', 'bom', 'long', 'template']) {
      const text = readFileSync(new URL(`../../../test-fixtures/letters/${name}.md`, import.meta.url), 'utf8')
      expect(await refusal(text, DEFAULT_INPUT_LIMITS), name).toBeUndefined()
    }
  })

  it('has no size limit of its own, and refuses a text over the one a caller sets, in UTF-8 bytes', async () => {
    const body = 'We talked about the routing plan. '.repeat(9000)
    expect(await refusal(letter(body), { maxBytes: Number.POSITIVE_INFINITY })).toBeUndefined()
    expect((await refusal(letter(body), { maxBytes: 256 * 1024 }))?.message).toBe('299 KB is over the size limit of 256 KB for one letter')
    // 'é' is two bytes: 600 of them are over a 1,000-byte limit though the text is 600 units long.
    expect((await refusal('é'.repeat(600), { maxBytes: 1000 }))?.message).toBe('1.2 KB is over the size limit of 1000 bytes for one letter')
  })

  it('formats sizes as people read them', () => {
    expect([formatBytes(900), formatBytes(1200), formatBytes(256 * 1024), formatBytes(10.6 * 1024 * 1024)]).toEqual(['900 bytes', '1.2 KB', '256 KB', '10.6 MB'])
  })
})
