/**
 * Lines that could close any interview, with rewrites that make them specific.
 *
 * `pattern` uses the phrase syntax of `compilePattern`. In `rewrites`, `{fact|hint}` becomes the letter's
 * fact (first, name, company, role, topic) or a tab stop showing the hint; `{?hint}` is always a tab stop.
 * Every entry's examples run as tests: `generic` lines must be flagged, `specific` lines must not.
 */
export interface GenericPhrase {
  id: string
  pattern: string
  /** Why the line fails, in a few words: it completes "… could close any interview: <why>". */
  why: string
  /** Filler that stays generic however specific the rest of the sentence is. */
  filler?: boolean
  rewrites: string[]
  examples: { generic: string[]; specific: string[] }
}

export const GENERIC_PHRASES: readonly GenericPhrase[] = [
  {
    id: 'thank-you-for-your-time',
    pattern: '(thank you|thanks) [so much|very much|again] for (your|the) [valuable] time',
    why: 'say what the time was spent on',
    rewrites: ['Thank you, {first|name}, for walking me through {topic|what we discussed}', 'Thank you for the time you spent explaining {topic|what we discussed}'],
    examples: {
      generic: ['Thank you for your time.', 'Thanks so much for your time today.'],
      specific: ['Thank you for your time walking me through the Kafka migration.', 'Thank you for your time and for explaining how the support rotation works.'],
    },
  },
  {
    id: 'thank-you-for-the-opportunity',
    pattern: '(thank you|thanks) [so much|very much|again] for the (opportunity|chance) to (interview|meet|speak|talk) [with you|for the position|for the role]',
    why: 'name the role and what the conversation covered',
    rewrites: ['Thank you for the chance to talk about the {role|role} and {topic|what we discussed}'],
    examples: {
      generic: ['Thank you for the opportunity to interview for the position.', 'Thanks again for the opportunity to meet with you.'],
      specific: ['Thank you for the opportunity to meet the Northwind data team on Thursday.'],
    },
  },
  {
    id: 'thank-you-for-meeting',
    pattern: '(thank you|thanks) [so much|very much|again] for (meeting|speaking|talking|chatting) with me',
    why: 'say what you talked about',
    rewrites: ['Thank you for talking with me about {topic|what we discussed}'],
    examples: { generic: ['Thank you for meeting with me.'], specific: ['Thank you for meeting with me to talk through the Kafka migration plan.'] },
  },
  {
    id: 'thank-you-for-taking-the-time',
    pattern: '(thank you|thanks) [so much|very much|again] for taking [the] time [out of your busy schedule] to (meet|speak|talk|chat|interview) [with me]',
    why: 'say what the meeting was about',
    rewrites: ['Thank you for taking the time to walk me through {topic|what we discussed}'],
    examples: {
      generic: ['Thank you for taking the time to meet with me.', 'Thanks for taking time out of your busy schedule to speak with me.'],
      specific: ['Thank you for taking the time to meet with me about the warehouse routing project.'],
    },
  },
  {
    id: 'thank-you-for-the-interview',
    pattern: '(thank you|thanks) [so much|very much|again] for (the|my|our) (interview|meeting|conversation)',
    why: 'name something from the interview itself',
    rewrites: ['Thank you for the conversation about {topic|what we discussed}'],
    examples: { generic: ['Thank you for the interview.'], specific: ['Thank you for the interview on Thursday and the tour of the Denver depot.'] },
  },
  {
    id: 'thank-you-for-considering',
    pattern: '(thank you|thanks) [so much|very much|again] for (your consideration|considering me|considering my application)',
    why: 'end on what you would bring, not on thanks for reading',
    rewrites: ['I would love to bring {?my experience} to the {role|role} at {company|your team}'],
    examples: { generic: ['Thank you for your consideration.'], specific: ['Thank you for considering me for the Data Platform Engineer role at Northwind.'] },
  },
  {
    id: 'thank-you-for-everything',
    pattern: '(thank you|thanks) [so much|very much] [again] for everything',
    why: 'thank them for something in particular',
    rewrites: ['Thank you for {?the tour of the office}'],
    examples: { generic: ['Thanks again for everything.'], specific: ['Thanks again for everything you showed me at the Denver depot.'] },
  },
  {
    id: 'thank-you-for-the-information',
    pattern: '(thank you|thanks) [so much|very much] for (the|all the) (information|insights|insight)',
    why: 'say which information helped',
    rewrites: ['Thank you for explaining {topic|what we discussed}'],
    examples: { generic: ['Thank you for all the information.'], specific: ['Thank you for the information about the on-call rotation and its pager load.'] },
  },
  {
    id: 'thank-you-again',
    pattern: '(once again|again) (thank you|thanks)',
    why: 'one specific thank-you is worth more than a repeated one',
    rewrites: ['Thank you again for {topic|what we discussed}'],
    examples: { generic: ['Once again, thank you.'], specific: ['Once again, thank you for the walkthrough of the routing dashboard.'] },
  },
  {
    id: 'appreciate-the-opportunity',
    pattern: 'i [really|truly|greatly|sincerely] (appreciate|appreciated) the (opportunity|chance) [to interview|to meet|to speak with you|to talk with you]',
    why: 'say what the opportunity showed you',
    rewrites: ['I appreciated the chance to learn how {company|your team} approaches {topic|what we discussed}'],
    examples: {
      generic: ['I appreciate the opportunity to interview.', 'I really appreciated the opportunity.'],
      specific: ['I appreciated the opportunity to see how Northwind plans its Kafka migration.'],
    },
  },
  {
    id: 'appreciate-your-time',
    pattern: 'i [really|truly|greatly|sincerely] (appreciate|appreciated) your [valuable] time',
    why: 'say what the time was spent on',
    rewrites: ['I appreciated the time you spent on {topic|what we discussed}'],
    examples: { generic: ['I appreciate your time.'], specific: ['I appreciate your time walking me through the Kafka migration.'] },
  },
  {
    id: 'look-forward-to-hearing',
    pattern: '(i look|i am looking|i\'m looking|looking|i look very|i eagerly look) forward to hearing (from you|back) [soon]',
    why: 'end with interest in something concrete',
    rewrites: ['I would be glad to help with {topic|the next project} as the {role|new team member}', 'I look forward to hearing how {topic|the project} goes'],
    examples: {
      generic: ['I look forward to hearing from you.', 'Looking forward to hearing from you soon.'],
      specific: ['I look forward to hearing from you about the Kafka migration timeline and the team.'],
    },
  },
  {
    id: 'look-forward-to-next-steps',
    pattern: '(i look|i am looking|i\'m looking|looking) forward to (the next steps|next steps|the next step)',
    why: 'say what you would like to do next',
    rewrites: ['I would be glad to {?share a short design for the migration} as a next step'],
    examples: { generic: ['I look forward to the next steps.'], specific: ['I look forward to the next steps and to meeting the on-call team in Denver.'] },
  },
  {
    id: 'hope-to-hear',
    pattern: 'i hope to hear (from you|back) [soon]',
    why: 'end with interest in something concrete',
    rewrites: ['I hope to keep talking about {topic|the role}'],
    examples: { generic: ['I hope to hear from you soon.'], specific: ['I hope to hear from you once the Kafka migration plan is settled.'] },
  },
  {
    id: 'do-not-hesitate',
    pattern: 'please (do not|don\'t) hesitate to (contact|reach out to|call|email) me',
    why: 'the reader knows how to reach you; use the line for something specific',
    filler: true,
    rewrites: ['I am happy to send {?the migration runbook I mentioned} if it helps'],
    examples: { generic: ['Please do not hesitate to contact me.', 'Please don\'t hesitate to reach out to me with any questions.'], specific: [] },
  },
  {
    id: 'feel-free-to-contact',
    pattern: 'please feel free to (contact|reach out to|call|email) me',
    why: 'the reader knows how to reach you; use the line for something specific',
    filler: true,
    rewrites: ['I am happy to send {?the migration runbook I mentioned} if it helps'],
    examples: { generic: ['Please feel free to contact me if you have any questions.'], specific: [] },
  },
  {
    id: 'if-you-have-questions',
    pattern: '(if you have|should you have|if there are) any [further|other|additional|more] questions',
    why: 'offer something concrete instead of open-ended availability',
    filler: true,
    rewrites: ['I can send {?a short write-up of my approach} if that would help'],
    examples: { generic: ['If you have any further questions, I am happy to answer them.'], specific: [] },
  },
  {
    id: 'writing-to-thank',
    pattern: '(i am|i\'m) writing to thank you',
    why: 'the reader can see why you are writing; start with the thanks itself',
    filler: true,
    rewrites: ['Thank you'],
    examples: { generic: ['I am writing to thank you for the interview on Tuesday.'], specific: [] },
  },
  {
    id: 'just-wanted-to-thank',
    pattern: 'i just (want|wanted) to (thank you|say thank you|say thanks)',
    why: '"just wanted to" weakens the thanks; say it directly',
    filler: true,
    rewrites: ['Thank you'],
    examples: { generic: ['I just wanted to thank you for meeting with me.'], specific: [] },
  },
  {
    id: 'hope-this-finds-you-well',
    pattern: 'i hope (this|my) (email|letter|note|message) finds you well',
    why: 'a stock opener; start with the thanks',
    filler: true,
    rewrites: ['Thank you for {topic|what we discussed}'],
    examples: { generic: ['I hope this email finds you well.'], specific: [] },
  },
  {
    id: 'great-to-meet-you',
    pattern: 'it was (great|nice|good|a pleasure|wonderful|lovely|an honor) (to meet|meeting|to speak with|speaking with|to talk with|talking with|to speak to|talking to) you',
    why: 'say what made the meeting worthwhile',
    rewrites: ['It was a pleasure to hear how {company|your team} handles {topic|what we discussed}'],
    examples: {
      generic: ['It was great to meet you.', 'It was a pleasure speaking with you today.'],
      specific: ['It was great to meet you and hear how Northwind reroutes trucks during storms.'],
    },
  },
  {
    id: 'enjoyed-our-conversation',
    pattern: 'i [really|truly|thoroughly|very much] enjoyed (our|the) (conversation|discussion|interview|meeting|chat|talk)',
    why: 'say which part of it you enjoyed',
    rewrites: ['I especially enjoyed our conversation about {topic|what we discussed}'],
    examples: {
      generic: ['I really enjoyed our conversation.', 'I truly enjoyed the interview yesterday.'],
      specific: ['I really enjoyed our conversation about the Kafka migration and its rollback plan.'],
    },
  },
  {
    id: 'learned-a-lot',
    pattern: 'i learned (a lot|so much) about (the company|the role|the position|your company|the team|your team|the organization)',
    why: 'say what you learned',
    rewrites: ['I learned how {company|your team} {?handles on-call load}'],
    examples: { generic: ['I learned a lot about the company.'], specific: ['I learned a lot about the company and how its Denver depot schedules drivers.'] },
  },
  {
    id: 'great-fit',
    pattern: 'i (believe|think|feel|am confident|am sure|know) [that] i (would be|will be|am|\'d be|\'m) (a great|a good|a strong|a perfect|an excellent|the right) fit',
    why: 'show the fit with one qualification tied to the role',
    rewrites: ['My {?three years running Kafka in production} would let me {?take on the migration from day one}'],
    examples: {
      generic: ['I believe I would be a great fit for the team.'],
      specific: ['I believe I would be a great fit because I led a Kafka migration of 40 services at Contoso.'],
    },
  },
  {
    id: 'ideal-candidate',
    pattern: '(i am|i\'m) (the ideal|the perfect|the right|an ideal|a perfect|a strong|an excellent) candidate',
    why: 'let one concrete qualification make the case',
    rewrites: ['My {?experience running Kafka in production} fits what the {role|role} needs'],
    examples: { generic: ['I am the ideal candidate for this position.'], specific: ['I am a strong candidate because I ran the on-call rotation for 12 engineers at Contoso.'] },
  },
  {
    id: 'exciting-opportunity',
    pattern: '(this|it|the role|the position) (is|sounds like|seems like|sounds|seems) (an exciting|an amazing|an incredible|a great|a wonderful|a fantastic|exciting|amazing) (opportunity|role|position)',
    why: 'say what about the role excites you',
    rewrites: ['The chance to work on {topic|the project} is what draws me to the {role|role}'],
    examples: { generic: ['This is an exciting opportunity.'], specific: ['This is an exciting opportunity because the Kafka migration is exactly the work I want to do.'] },
  },
  {
    id: 'very-interested',
    pattern: '(i am|i\'m|i remain) (very|really|extremely|highly|truly|still|very much) interested in the (position|role|job|opportunity)',
    why: 'tie your interest to something you learned',
    rewrites: ['After hearing about {topic|the team\'s plans}, I am even more interested in the {role|role}'],
    examples: { generic: ['I am very interested in the position.'], specific: ['I am very interested in the position after hearing about the Kafka migration plans.'] },
  },
  {
    id: 'reiterate-interest',
    pattern: 'i (want|wanted|would like|\'d like) to (reiterate|reaffirm|express) my (interest|enthusiasm) [in the position|in the role|for the position|for the role]',
    why: 'show the interest through something specific instead of announcing it',
    rewrites: ['Hearing about {topic|the team\'s plans} made me want the {role|role} even more'],
    examples: { generic: ['I want to reiterate my interest in the position.'], specific: ['I want to reiterate my interest in the Data Platform Engineer role and the migration work.'] },
  },
  {
    id: 'consider-me',
    pattern: 'i hope (you will|you\'ll|that you will) consider (me|my application|my candidacy)',
    why: 'give them a reason to, instead of asking',
    rewrites: ['I would bring {?my experience} to {topic|the work we discussed}'],
    examples: { generic: ['I hope you will consider me for the role.'], specific: [] },
  },
  {
    id: 'hard-worker',
    pattern: '(i am|i\'m) (a hard worker|a hard-working person|a team player|a fast learner|a quick learner|a self-starter|a people person|detail-oriented|very passionate|highly motivated)',
    why: 'every candidate says this; show it with one example',
    rewrites: ['When {?our deploy pipeline broke}, I {?rebuilt it in a week}'],
    examples: { generic: ['I am a hard worker and a team player.', 'I am highly motivated.'], specific: [] },
  },
  {
    id: 'great-company',
    pattern: '(your company|your organization|your team|it) (is|seems|sounds) (great|amazing|wonderful|impressive|like a great place to work|like a wonderful place to work)',
    why: 'say what impressed you',
    rewrites: ['I was impressed by how {company|your team} {?handles on-call load}'],
    examples: { generic: ['Your company seems like a great place to work.'], specific: ['Your team seems impressive in how it runs blameless reviews after every Kafka incident.'] },
  },
  {
    id: 'interview-went-well',
    pattern: 'i (think|feel|believe) (the interview|our interview|our meeting|the meeting) went (well|great|really well)',
    why: 'the reader decides that; use the line to add something new',
    filler: true,
    rewrites: ['One thing I did not mention: {?I also ran the migration runbook at Contoso}'],
    examples: { generic: ['I think the interview went well.'], specific: [] },
  },
  {
    id: 'reach-me-anytime',
    pattern: '(you can|feel free to) (reach|contact|call|email) me (at any time|anytime|any time)',
    why: 'the reader knows how to reach you',
    filler: true,
    rewrites: ['I can send {?a sample of my work} this week'],
    examples: { generic: ['You can reach me anytime.'], specific: [] },
  },
  {
    id: 'pleasure-learning',
    pattern: 'it was a pleasure (learning|hearing) [more] about (the company|the role|the position|your company|the team|your team)',
    why: 'say what you learned',
    rewrites: ['It was a pleasure to learn how {company|your team} {?approaches the work}'],
    examples: { generic: ['It was a pleasure learning more about the company.'], specific: ['It was a pleasure learning about the team and its plan to retire the batch jobs.'] },
  },
]
