import { defineMissingRule } from './define-missing-rule.js'

/** "Highlight something you talked about": the one line that proves you were listening. */
export const missingTopic = defineMissingRule({
  id: 'missing-topic',
  specific: 'topic',
  description: 'Nothing concrete from the conversation is mentioned (checked against `topics:` in frontmatter when given).',
  note: 'Recalling something you discussed makes the letter about this interview, and keeps you in their mind.',
  better: 'I keep thinking about your point that the Kafka migration is really an on-call problem.',
  placement: 'first',
  message: (letter) =>
    letter.topics.length > 0 ? `Nothing from the conversation is mentioned (topics: ${letter.topics.join(', ')}).` : 'Nothing concrete from the conversation is mentioned.',
  skeleton: 'I especially enjoyed our conversation about {topic|what we discussed}.',
  examples: [
    {
      title: 'declared topics never come up',
      text: '---\ntopics: [the Kafka migration]\n---\nThank you for the interview.\n',
      messages: ['Nothing from the conversation is mentioned (topics: the Kafka migration).'],
    },
    { title: 'a topic mentioned', text: '---\ntopics: [the Kafka migration]\n---\nThe Kafka plan stayed with me.\n', messages: [] },
    { title: 'found without frontmatter', text: 'I enjoyed hearing how the Denver depot plans routes.\n', messages: [] },
  ],
})
