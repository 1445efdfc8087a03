/** Word lists the fact finders share. Lower case; matched against normalised words. */

/** Function words that say nothing specific about an interview. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each even ever few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those
through to too under until up upon very was we were what when where which while who whom why will with would you your yours
yourself yourselves really truly again today yesterday much many lot lots`.split(/\s+/),
)

/** Honorifics before a name: `Ms. Whitfield`. */
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'madam'])

/** Legal and generic suffixes dropped when matching a company name. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'plc', 'group',
  'holdings', 'technologies', 'the',
])

/** Nouns that head a job title and rarely mean anything else: `Data Platform Engineer`. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'engineer', 'developer', 'designer', 'manager', 'analyst', 'scientist', 'architect', 'consultant', 'specialist', 'director',
  'coordinator', 'administrator', 'intern', 'accountant', 'researcher', 'strategist', 'technician', 'nurse', 'teacher',
  'recruiter', 'advisor', 'adviser', 'producer', 'programmer', 'supervisor', 'paralegal', 'attorney', 'pharmacist', 'therapist',
])

/** Capitalised words that start sentences or name days and months, not people or companies. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `i i'm i've i'd i'll a an the thank thanks dear hi hello best regards sincerely monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december it this that we our
my your you please also again as after before during when if in on at for with from to and but so yes no ok okay`.split(/\s+/),
)

/** Addressees that name a function, not a person: `Hiring Manager`, `Sir or Madam`. */
export const GENERIC_ADDRESSEE =
  /^(?:the )?(?:sir|madam|sir or madam|madam or sir|sir\/madam|hiring (?:manager|team|committee|panel)|recruiter|recruit(?:ing|ment) team|talent(?: acquisition)? team|team|all|everyone|there|interviewer|interview(?:ing)? (?:team|panel)|search committee|friends|folks|colleagues|hr|human resources)$/i

/**
 * Words every thank-you letter uses ("great", "conversation", "opportunity"): they make a sentence
 * longer, not more specific, so they do not count towards what it says about this interview.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `great good nice wonderful amazing excellent fantastic lovely awesome incredible pleasure pleased glad happy meet meeting met
speak speaking spoke talk talking talked chat chatting conversation conversations discussion discussions interview interviews
interviewing interviewed enjoyed enjoy enjoying time opportunity opportunities chance position role job company team organization
organisation thank thanks thankful grateful appreciate appreciated appreciation forward hearing hear heard look looking learn
learned learning lot everything questions question answering answer answers patiently patience kindly kind consideration
considering consider hope hoping soon contact reach available availability fit candidate candidacy excited exciting interested
interest wanted want writing write taking take taken busy schedule day week process next steps step information insight insights
place work working wonderful definitely certainly sincerely warmly best regards valuable helpful informative insightful`.split(/\s+/),
)
