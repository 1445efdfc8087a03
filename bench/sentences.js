/**
 * Sentence pools for the corpus, written for it. Slots: {first} interviewer's first name, {company},
 * {business} what the company does, {role}, {topic} the topic's phrase, {n} a small number,
 * {day} a weekday. Articles and spelling here are right on purpose; `slips.js` adds the mistakes.
 */

/** What was discussed: the phrase goes to the frontmatter's `topics`, the sentences to the body. */
export const TOPICS = [
  {
    field: 'engineering',
    phrase: 'the Postgres upgrade',
    sentences: [
      'I keep thinking about the Postgres upgrade you described, and how the team kept the old primary warm for a week before cutting over.',
      'Your point that the hardest part of the Postgres upgrade was finding every service that still opened its own connections stuck with me.',
      'When we talked about the Postgres upgrade, I mentioned logical replication; I wrote up a short note on how we used it to shrink our own downtime to {n} minutes.',
      'It was reassuring to hear that the Postgres upgrade has a rollback plan that someone has actually rehearsed.',
    ],
  },
  {
    field: 'engineering',
    phrase: 'splitting the monolith',
    sentences: [
      'I liked how candid you were about splitting the monolith: the billing module comes out first because it changes least, not because it is the most exciting.',
      'On splitting the monolith, I would start by drawing the call graph from production traces rather than from the code, as we discussed.',
      'Your team has already moved {n} services out of the monolith, and the way you measured each move by its deploy frequency made a lot of sense to me.',
    ],
  },
  {
    field: 'engineering',
    phrase: 'on-call load',
    sentences: [
      'Our conversation about on-call load was the most useful part of the afternoon for me.',
      'You mentioned that the rotation pages someone about {n} times a week, and that most of those pages come from a single noisy disk alert.',
      'I have carried a pager for three years, and the habit I would bring is a short review every {day} of each page that did not need a human.',
      'I appreciated hearing that on-call load is treated as a product problem at {company} rather than a personal one.',
    ],
  },
  {
    field: 'engineering',
    phrase: 'flaky integration tests',
    sentences: [
      'The flaky integration tests you showed me reminded me of a suite I inherited where one shared fixture caused most of the failures.',
      'Quarantining flaky integration tests automatically, as you suggested, is something I have done before with a small script and a weekly report.',
      'I enjoyed digging into why the checkout tests fail on {day} mornings; my guess is still the clock in the seed data.',
    ],
  },
  {
    field: 'engineering',
    phrase: 'the mobile release train',
    sentences: [
      'The mobile release train you described, with a cut every second {day}, is close to what my current team runs.',
      'I was glad to hear that the mobile release train can ship a hotfix without waiting for the next cut.',
      'Feature flags came up when we discussed the mobile release train, and I would be happy to share how we retired old flags without breaking older app versions.',
    ],
  },
  {
    field: 'engineering',
    phrase: 'the design system refresh',
    sentences: [
      'Seeing the design system refresh in progress gave me a clear picture of how engineering and design work together at {company}.',
      'I have migrated a component library from CSS modules to tokens before, so the design system refresh felt familiar.',
      'Your comment that the design system refresh is mostly about deleting components people no longer use made me smile.',
    ],
  },
  {
    field: 'data',
    phrase: 'the depot staffing forecast',
    sentences: [
      'The depot staffing forecast you walked me through is exactly the kind of model I like to work on: simple, explainable and checked against what actually happened.',
      'I have been thinking about how holidays break the depot staffing forecast, and I suspect a separate calendar feature would help more than a bigger model.',
      'It was interesting to learn that the depot managers trust the staffing forecast more since it started showing a range instead of a single number.',
    ],
  },
  {
    field: 'data',
    phrase: 'the event pipeline backlog',
    sentences: [
      'The event pipeline backlog you described sounds like a partitioning problem more than a capacity one, though I would want to look at the lag graphs first.',
      'When the event pipeline backlog reached {n} hours last quarter, your team chose to replay from storage instead of scaling consumers, which I thought was a calm decision.',
      'I have run a similar pipeline on Kafka, and the dead-letter queue we added saved us more than once.',
    ],
  },
  {
    field: 'data',
    phrase: 'the churn dashboard',
    sentences: [
      'I left our call still thinking about the churn dashboard and why the small-business segment looks so different from the rest.',
      'The churn dashboard is a good start, and I would pair it with a handful of customer interviews each month, as we discussed.',
      'You asked how I would define an active customer for the churn dashboard; on reflection I would use a paid invoice in the last {n} weeks rather than a login.',
    ],
  },
  {
    field: 'data',
    phrase: 'data retention requests',
    sentences: [
      'The way your team handles data retention requests, with one ticket that fans out to every system, is cleaner than anything I have seen.',
      'I mentioned that I built a deletion job for customer records at my last employer, and I would be glad to go through how we proved it worked.',
    ],
  },
  {
    field: 'design',
    phrase: 'the onboarding flow',
    sentences: [
      'The onboarding flow you sketched on the whiteboard made it clear where new customers lose interest, right at the bank details step.',
      'I have been turning over your question about the onboarding flow, and I think a saved draft would do more than shortening the form.',
      'Testing the onboarding flow with {n} real customers before the redesign, as you plan to, is the approach I would have suggested too.',
    ],
  },
  {
    field: 'design',
    phrase: 'the accessibility audit',
    sentences: [
      'I was glad the accessibility audit came up, because screen reader testing is part of how I review every design.',
      'Fixing the colour contrast first, as the accessibility audit recommends, is a quick win that users will notice.',
      'The accessibility audit findings you shared are very similar to the ones we worked through at my last job, so I have a good sense of the effort involved.',
    ],
  },
  {
    field: 'operations',
    phrase: 'the cold-chain temperature alerts',
    sentences: [
      'The cold-chain temperature alerts you described, where a truck door left open for {n} minutes can spoil a whole load, showed me how much is at stake.',
      'I liked your idea of routing the temperature alerts to the driver first and only then to the depot.',
      'In my current job I reduced false temperature alarms by adding a short delay before the first alert, and I would be curious to try that with your sensors.',
    ],
  },
  {
    field: 'operations',
    phrase: 'the depot scheduling rewrite',
    sentences: [
      'Walking the depot floor with you made the scheduling rewrite much easier to understand than any diagram could.',
      'Your depot runs {n} shifts, and the rewrite has to keep every one of them running while it rolls out, which is a real constraint.',
      'I think the depot scheduling rewrite could start with the loading bays, since that is where the spreadsheet breaks most often.',
    ],
  },
  {
    field: 'operations',
    phrase: 'the warehouse scanner app',
    sentences: [
      'Watching the pickers use the warehouse scanner app told me more about the job than the description did.',
      'The warehouse scanner app freezing when the signal drops is a problem I have seen before, and offline queues fixed it for us.',
    ],
  },
  {
    field: 'customer',
    phrase: 'support ticket triage',
    sentences: [
      'The support ticket triage process you described, with a rotating first responder, is one I would be glad to help refine.',
      'I appreciated the honest numbers on support ticket triage: {n} hours to a first reply is not bad, but you clearly want better.',
      'Tagging tickets by the customer’s plan, as you suggested, would make the weekly triage review far shorter.',
    ],
  },
  {
    field: 'customer',
    phrase: 'renewals with larger customers',
    sentences: [
      'Our talk about renewals with larger customers reminded me how much of the work happens months before the contract date.',
      'I have run quarterly reviews with customers of that size, and the one habit I would bring is sending the agenda a week ahead.',
      'You mentioned that {n} of your largest customers renew in the spring, so I understand why the team is planning now.',
    ],
  },
  {
    field: 'general',
    phrase: 'the cloud bill',
    sentences: [
      'I enjoyed the tangent about the cloud bill; tagging every resource by team is dull work, but it pays off quickly.',
      'Your story about the forgotten test cluster that cost more than the production one made me laugh, and it is a familiar problem.',
      'I have led a cost review that cut our storage spend by a third, mostly by deleting old snapshots nobody remembered.',
    ],
  },
  {
    field: 'general',
    phrase: 'how the team plans quarters',
    sentences: [
      'The way the team plans quarters, with one week left open for whatever the depots need most, sounds very practical.',
      'I liked hearing that engineers at {company} write the first draft of the quarterly plan themselves.',
    ],
  },
]

/** First lines: thanks tied to the conversation. */
export const OPENERS = [
  'Thank you for showing me around the {company} office on {day} and for the time you spent on my questions.',
  'Thank you for the conversation about the {role} position yesterday.',
  'I wanted to follow up on our conversation about the {role} role at {company}.',
  'Thanks for walking me through how {company} approaches {business} and where the {role} fits in.',
  'Thank you for the interview on {day}; I came away with a much clearer picture of the team.',
  'Thank you for making time for me this week, especially with the quarter closing.',
  'Meeting the team on {day} made me even more certain that {company} is where I want to do my next piece of work.',
  'I really valued our conversation about the {role} opening and the problems your team is taking on this year.',
  'Thank you for the candid conversation about what the first six months in the {role} position would look like.',
  'Thank you for hosting me at {company} and for introducing me to the people I would be working with.',
]

/** Generic lines that could follow any interview (the rules should flag these). */
export const GENERIC = [
  'Thank you for your time.',
  'Thank you for the opportunity to interview for the position.',
  'It was a pleasure meeting you.',
  'I really enjoyed our conversation.',
  'I believe I would be a great fit for the team.',
  'I look forward to hearing from you.',
  'Please do not hesitate to contact me if you have any questions.',
  'I am a fast learner and a team player.',
  'This sounds like an exciting opportunity.',
  'I hope this email finds you well.',
  'Thanks again for everything.',
]

/** What the writer brings, tied to past work. */
export const QUALIFICATIONS = [
  'In my current job I moved {n} services to a shared deployment pipeline, and I would bring the same patience to your migration.',
  'For the last three years I have owned the reporting for our European depots, so the questions you asked about late deliveries felt very close to home.',
  'At my previous company I led a small team through a rewrite of our invoicing system without a single missed billing run.',
  'I have spent most of my career close to customers, and I still read support tickets every week because they tell me what to build next.',
  'Before moving into software I worked {n} years in a warehouse, which is why the work your team does for pickers matters to me.',
  'My background in statistics means I am comfortable explaining a forecast to people who will rely on it without reading the code.',
  'I recently finished a project that cut our page load time in half, mostly by removing code rather than adding it.',
  'I have mentored {n} junior engineers, and I enjoy the kind of pairing you described as part of the role.',
  'I have run design reviews with engineers in the room from the first sketch, which sounds like the way your team works already.',
  'Last year I wrote the runbooks for our payment outages, and they are still the first thing new engineers read.',
  'Most of my recent work has been on tools for operations staff, where a confusing screen costs someone real time on a busy shift.',
  'I built the alerting for a fleet of {n} hundred vehicles, so I know how quickly a noisy alert loses people’s trust.',
  'My last team shipped every day, and I learned there that small, boring releases are the safest kind.',
  'I have interviewed more than {n}0 customers over the past two years, and I keep a shared log of what they told us.',
]

/** Why this company, in the writer's words. */
export const COMPANY_LINES = [
  'What draws me to {company} is that {business} is a business where small improvements reach people quickly.',
  'I have used {company} as a customer, and it was good to meet the people behind the parts I liked.',
  'Your description of how decisions get written down at {company} matched what I look for in a team.',
  'It is rare to find a company in {business} that publishes its incident reviews, and I have been reading yours for a while.',
  'The team at {company} seems to care about the people at the other end of the software, which matters a great deal to me.',
  'Hearing how {company} grew from a single depot to {n} regions helped me understand why the systems look the way they do.',
]

/** Renewed interest in the job. */
export const INTEREST = [
  'I am excited about the chance to join {company} as {role} and help with the work we discussed.',
  'I would love to contribute to that work, and I hope we can keep the conversation going.',
  'The conversation confirmed my interest in the {role} position, and I would be glad to help your team reach its goals for the year.',
  'I remain very keen on joining the team and would welcome the next step.',
  'I am eager to bring that experience to {company} and to learn from a team that clearly enjoys hard problems.',
  'If there is anything else you would like to see from me, such as a short written exercise, I would be happy to do it.',
]

/** Last lines before the sign-off. */
export const CLOSERS = [
  'Thanks again for a thoughtful afternoon.',
  'I have attached the notes I mentioned, in case they are useful for the team.',
  'Please pass my thanks on to the rest of the panel as well.',
  'I hope the {day} planning session goes well.',
  'Good luck with the launch next month.',
  'Enjoy the rest of your week.',
]

/** Rarely, a letter quotes a bit of Markdown: a link, a short list, inline code. */
export const MARKDOWN_EXTRAS = [
  'I put my notes from our whiteboard session into [a short write-up](https://example.com/notes/whiteboard) in case it helps.',
  'The talk I mentioned is [on my site](https://example.org/talks/queues), about twenty minutes long.',
  'The fix I described was a one-line change to `max_connections`, plus a lot of testing.',
  'Here is what I would look at first:\n\n- the alerts that fire most often\n- the longest-running jobs\n- the runbooks nobody has opened this year',
  'I would *really* enjoy working on this with your team.',
  'My portfolio is at [example.net/portfolio](https://example.net/portfolio) if you would like to see the case study.',
]

/** Afterthoughts on the conversation that fit any role. */
export const REFLECTIONS = [
  'You asked where I want to grow, and my short answer did not do it justice: I want to own a system from the first design to the last on-call shift.',
  'One question I did not get to ask is how the team decides when a project is finished; I would love to hear your view next time.',
  'On the way home I realized I had undersold the migration I led last spring, which took {n} months and touched every team.',
  'Your question about a project that failed was a fair one, and I have since thought of a better example than the one I gave.',
  'I also appreciated how openly you talked about the parts of the job that are still messy.',
  'Hearing that new starters pair with someone for their first {n} weeks told me a lot about how the team treats people.',
  'The exercise at the end was harder than I expected, and I enjoyed it for exactly that reason.',
  'I have been turning over your comment that the best engineers at {company} write the shortest documents.',
]
