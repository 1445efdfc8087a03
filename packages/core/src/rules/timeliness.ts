import type { Root } from 'mdast'
import { defineRule } from '../define-rule.js'

interface TimelinessOptions {
  withinHours: number
}

const HOUR = 3_600_000

function duration(ms: number): string {
  const hours = Math.floor(ms / HOUR)
  if (hours < 1) return 'less than an hour'
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`
  return `${Math.floor(hours / 24)} days`
}

/** Send it the same day: a letter that arrives while the interview is fresh gets read. */
export const timeliness = defineRule<TimelinessOptions, Root>({
  id: 'timeliness',
  description: 'With `interviewed:` in frontmatter: a reminder while the letter is on time, a warning once it is late.',
  note: 'Send the letter within 24 hours, ideally the same day, while the interview is fresh.',
  category: 'etiquette',
  defaultSeverity: 'warning',
  fixable: 'none',
  tree: 'markdown',
  options: {
    withinHours: { type: 'integer', minimum: 1, default: 24, description: 'Hours after the interview by which the letter should be sent.' },
  },
  examples: [
    {
      title: 'three days late',
      text: '---\ninterviewed: 2026-11-20T10:00:00Z\n---\nDear Dana,\n',
      now: Date.parse('2026-11-23T10:00:00Z'),
      messages: ['Interviewed 3 days ago: the advice is to send within 24 hours, so send it now.'],
    },
    {
      title: 'on time',
      text: '---\ninterviewed: 2026-11-20T10:00:00Z\n---\nDear Dana,\n',
      now: Date.parse('2026-11-20T15:00:00Z'),
      messages: ['Interviewed 5 hours ago: send this letter within 24 hours of the interview (19 hours left).'],
    },
  ],
  check({ letter, options, run, report }) {
    const interviewed = letter.interviewed
    const at = letter.frontmatter?.fields.interviewed
    if (!interviewed || !at) return
    // A date alone could mean an interview late that day, so its window runs to the end of the next day.
    const deadline = interviewed.at + options.withinHours * HOUR + (interviewed.dateOnly ? 24 * HOUR : 0)
    const since = run.now - interviewed.at
    if (since < 0) {
      report({ at, message: `\`interviewed\` is in the future (${interviewed.text}): check the date.` })
    } else if (run.now <= deadline) {
      const ago = interviewed.dateOnly ? (since < 24 * HOUR ? 'today' : 'yesterday') : `${duration(since)} ago`
      report({
        at,
        severity: 'info',
        message: `Interviewed ${ago}: send this letter within ${options.withinHours} hours of the interview (${duration(deadline - run.now)} left).`,
      })
    } else {
      const ago = interviewed.dateOnly ? `${Math.max(2, Math.floor(since / (24 * HOUR)))} days ago` : `${duration(since)} ago`
      report({ at, message: `Interviewed ${ago}: the advice is to send within ${options.withinHours} hours, so send it now.` })
    }
  },
})
