import type { AnswerKey, AnswerValue, ScoreKey } from '../engine/contract/answers'

export interface QuestionOption {
  /** What the user picks, in plain words. */
  label: string
  /** One line that says what counts as this answer. */
  hint: string
}

/** One question of the questionnaire; its id is the answer key it fills in. */
export interface Question<K extends AnswerKey = AnswerKey> {
  /** The question as a heading. */
  title: string
  /** A short word for the summary of answers. */
  short: string
  /** Why we ask, in one or two sentences. */
  help: string
  /** One entry per allowed value, in the contract's order (a missing value fails to compile). */
  options: { readonly [V in AnswerValue<K>]: QuestionOption }
}

/** The whole questionnaire: one question per answer key (a missing key fails to compile). */
export type Questionnaire = { readonly [K in AnswerKey]: Question<K> }

/** The one step that asks for numbers: the measured score and the target, both in percent. */
export interface ScoreQuestion {
  title: string
  short: string
  help: string
  fields: { readonly [K in ScoreKey]: { label: string; hint: string } }
}
