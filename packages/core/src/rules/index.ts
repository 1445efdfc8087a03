import type { Rule } from '../define-rule.js'
import { directive } from './directive.js'
import { frontmatter } from './frontmatter.js'
import { genericPhrase } from './generic-phrase.js'
import { greeting } from './greeting.js'
import { indefiniteArticle } from './indefinite-article.js'
import { length } from './length.js'
import { missingCompany } from './missing-company.js'
import { missingInterest } from './missing-interest.js'
import { missingInterviewer } from './missing-interviewer.js'
import { missingQualification } from './missing-qualification.js'
import { missingRole } from './missing-role.js'
import { missingTopic } from './missing-topic.js'
import { placeholder } from './placeholder.js'
import { repeatedWord } from './repeated-word.js'
import { signOff } from './sign-off.js'
import { spelling } from './spelling.js'
import { timeliness } from './timeliness.js'
import { uniqueLetter } from './unique-letter.js'
import { wrongCompany } from './wrong-company.js'

/** Every rule, alphabetical by id. */
export const rules: readonly Rule<any>[] = [
  directive,
  frontmatter,
  genericPhrase,
  greeting,
  indefiniteArticle,
  length,
  missingCompany,
  missingInterest,
  missingInterviewer,
  missingQualification,
  missingRole,
  missingTopic,
  placeholder,
  repeatedWord,
  signOff,
  spelling,
  timeliness,
  uniqueLetter,
  wrongCompany,
]

/** Rules by id. */
export const ruleById: ReadonlyMap<string, Rule<any>> = new Map(rules.map((rule) => [rule.meta.id, rule]))

export {
  directive,
  frontmatter,
  genericPhrase,
  greeting,
  indefiniteArticle,
  length,
  missingCompany,
  missingInterest,
  missingInterviewer,
  missingQualification,
  missingRole,
  missingTopic,
  placeholder,
  repeatedWord,
  signOff,
  spelling,
  timeliness,
  uniqueLetter,
  wrongCompany,
}
