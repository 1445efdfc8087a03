import { crlf, letter, testRule } from '../test-support/rule-tester.js'

const BODY = 'Thank you for walking me through the Kafka migration on Thursday.'
/** 15:00 local time on 2026-11-20: a date without a time is a local day, so the clock is too. */
const AFTERNOON = new Date(2026, 10, 20, 15, 0).getTime()
const at = (interviewed: string) => letter(BODY, { frontmatter: `to: Dana Whitfield\ninterviewed: ${interviewed}` })

testRule('timeliness', {
  valid: [
    { name: 'no interview date', text: letter(BODY, { frontmatter: 'to: Dana Whitfield' }) },
    { name: 'no frontmatter', text: letter(BODY) },
    { name: 'an invalid date is the frontmatter rule\'s finding', text: at('next Tuesday') },
  ],
  invalid: [
    {
      name: 'a reminder while on time (the clock is 18:00 UTC)',
      text: at('2026-11-20T10:00:00Z'),
      errors: [
        {
          message: 'Interviewed 8 hours ago: send this letter within 24 hours of the interview (16 hours left).',
          range: '3:14-3:34',
          text: '2026-11-20T10:00:00Z',
          severity: 'info',
        },
      ],
    },
    {
      name: 'less than an hour after',
      text: at('2026-11-20T17:30:00Z'),
      errors: [
        {
          message: 'Interviewed less than an hour ago: send this letter within 24 hours of the interview (23 hours left).',
          range: '3:14-3:34',
          text: '2026-11-20T17:30:00Z',
          severity: 'info',
        },
      ],
    },
    {
      name: 'three days late, CRLF and a byte order mark',
      text: '\uFEFF' + crlf(at('2026-11-17T10:00:00Z')),
      errors: [{ message: 'Interviewed 3 days ago: the advice is to send within 24 hours, so send it now.', range: '3:14-3:34', text: '2026-11-17T10:00:00Z' }],
    },
    {
      name: 'in the future',
      text: at('2026-11-21T09:00:00Z'),
      errors: [{ message: '`interviewed` is in the future (2026-11-21T09:00:00Z): check the date.', range: '3:14-3:34', text: '2026-11-21T09:00:00Z' }],
    },
    {
      name: 'a longer window from the options',
      text: at('2026-11-19T10:00:00Z'),
      options: { withinHours: 48 },
      errors: [
        {
          message: 'Interviewed 32 hours ago: send this letter within 48 hours of the interview (16 hours left).',
          range: '3:14-3:34',
          text: '2026-11-19T10:00:00Z',
          severity: 'info',
        },
      ],
    },
    {
      name: 'a date alone, today',
      text: at('2026-11-20'),
      now: AFTERNOON,
      // The interview could have been late in the day: the window runs to the end of the next day.
      errors: [{ message: 'Interviewed today: send this letter within 24 hours of the interview (33 hours left).', range: '3:14-3:24', text: '2026-11-20', severity: 'info' }],
    },
    {
      name: 'a date alone, yesterday',
      text: at('2026-11-19'),
      now: AFTERNOON,
      errors: [{ message: 'Interviewed yesterday: send this letter within 24 hours of the interview (9 hours left).', range: '3:14-3:24', text: '2026-11-19', severity: 'info' }],
    },
    {
      name: 'a date alone, late',
      text: at('2026-11-18'),
      now: AFTERNOON,
      errors: [{ message: 'Interviewed 2 days ago: the advice is to send within 24 hours, so send it now.', range: '3:14-3:24', text: '2026-11-18' }],
    },
    {
      name: 'a quoted date',
      text: at('"2026-11-20T10:00:00Z"'),
      errors: [
        {
          message: 'Interviewed 8 hours ago: send this letter within 24 hours of the interview (16 hours left).',
          range: '3:14-3:36',
          text: '"2026-11-20T10:00:00Z"',
          severity: 'info',
        },
      ],
    },
  ],
})
