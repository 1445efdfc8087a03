import { describe, expect, it } from 'vitest'
import { crlf, findingsOf, letter, testRule } from '../test-support/rule-tester.js'

const CRLF = crlf(letter('Thank you 🎉 for the the tour. The the depot was great and I saw the the the\nthe dashboard.', { signOff: 'Best,\nAlex' }))

testRule('repeated-word', {
  valid: [
    { name: 'grammatical repeats', text: letter('The plan we had had worked, and I think that that is fair.') },
    { name: 'repeats across punctuation and sentences', text: letter('Thank you for the tour, the demo and the talk. We went to the depot. The end of the day was fun.') },
    { name: 'a repeat with inline code between', text: letter('I enjoyed `the` the rest of the demo.') },
  ],
  invalid: [
    {
      name: 'a doubled word after emoji, a capitalised repeat and a tripled word across a CRLF line break',
      text: CRLF,
      errors: [
        { message: '"the" is repeated: remove one.', range: '3:18-3:25', text: 'the the', fix: CRLF.replace('the the tour', 'the tour') },
        // The first occurrence stays as written.
        { message: '"The" is repeated: remove one.', range: '3:32-3:39', text: 'The the', fix: CRLF.replace('The the depot', 'The depot') },
        // One finding for the whole run, so one pass of --fix removes it.
        { message: '"the" is repeated: remove one.', range: '3:66-4:4', text: 'the the the\r\nthe', fix: CRLF.replace('the the the\r\nthe dashboard', 'the dashboard') },
      ],
    },
    {
      name: 'a repeat across emphasis has no safe fix',
      text: letter('I enjoyed the *the* demo.'),
      errors: [{ message: '"the" is repeated: remove one.', range: '3:11-3:19', text: 'the *the' }],
    },
    {
      name: 'after combining characters',
      text: letter('Thank you, Zoe\u0308, for the cafe\u0301 visit and the the tour.', { greeting: 'Dear Zoe\u0308,' }),
      errors: [
        {
          message: '"the" is repeated: remove one.',
          range: '3:42-3:49',
          text: 'the the',
          fix: letter('Thank you, Zoe\u0308, for the cafe\u0301 visit and the tour.', { greeting: 'Dear Zoe\u0308,' }),
        },
      ],
    },
    {
      name: 'a byte order mark and a list',
      text: '\uFEFF' + letter('- I enjoyed the demo.\n- The tour of of the depot was great.'),
      errors: [
        {
          message: '"of" is repeated: remove one.',
          range: '4:12-4:17',
          text: 'of of',
          fix: '\uFEFF' + letter('- I enjoyed the demo.\n- The tour of the depot was great.'),
        },
      ],
    },
  ],
})

describe('the repeated-word fix', () => {
  it('removes only the repeats, leaving the first word free for another fix in the same pass', async () => {
    const text = letter('It was a a apple pie.')
    const [finding] = await findingsOf('repeated-word', { text })
    const start = text.indexOf('a a')
    expect(finding!.fix!.edits).toEqual([{ start: start + 1, end: start + 3, newText: '' }])
  })
})
