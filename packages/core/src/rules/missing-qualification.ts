import { defineMissingRule } from './define-missing-rule.js'

/** The letter is a last chance to make your case: tie one strength to the role. */
export const missingQualification = defineMissingRule({
  id: 'missing-qualification',
  specific: 'qualification',
  description: 'No qualification tied to the role: nothing you did, built or know that fits the job.',
  note: 'The letter is a final chance to point to your best qualification in your own words.',
  better: 'I led a similar migration of 40 services at Contoso, so the rollback plan is familiar ground.',
  placement: 'last',
  message: () => 'No qualification tied to the role: remind them of one thing you have done that fits it.',
  skeleton: 'In my current role I {?led a similar project}, which is why {topic|this work} appeals to me.',
  examples: [
    {
      title: 'thanks without a qualification',
      text: 'Thank you for the interview. It was great.\n',
      messages: ['No qualification tied to the role: remind them of one thing you have done that fits it.'],
    },
    { title: 'a concrete qualification', text: 'I led a similar migration at Contoso last year.\n', messages: [] },
  ],
})
