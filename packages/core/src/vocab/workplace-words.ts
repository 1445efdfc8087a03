/**
 * Words of job searches and everyday tech work that dictionary-en lacks ("onboarding", "roadmap",
 * "triages"): a thank-you letter uses them all the time, and flagging them trains people to ignore the
 * spell checker (cSpell ships a similar software-terms list). Lower case; plurals in -s are accepted too.
 */
export const WORKPLACE_WORDS: ReadonlySet<string> = new Set(
  `onboarding offboarding roadmap upskilling reskilling backend frontend microservice codebase timeframe
walkthrough standup hackathon bootcamp ecommerce fintech edtech healthtech cofounder mentee skillset toolchain postmortem
post-mortem rollout runbook oncall whiteboarding takehome screener dogfooding monorepo repo wireframe mockup livestream
observability serverless async upsell lakehouse triage handoff`.split(/\s+/),
)

/** Whether a word (any case, possibly plural) is in the workplace list. */
export function isWorkplaceWord(word: string): boolean {
  const lower = word.toLowerCase()
  return WORKPLACE_WORDS.has(lower) || (lower.endsWith('s') && WORKPLACE_WORDS.has(lower.slice(0, -1)))
}
