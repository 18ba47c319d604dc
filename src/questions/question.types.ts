import type { AnswerKey, AnswerValue, ScoreKey } from '../engine/contract/answers'

/** What the questionnaire adds to an answer's label (from the vocabulary, `ANSWER_LABELS`). */
export interface QuestionOption {
  /** One line that says what counts as this answer. */
  hint: string
}

/** An option as shown: its one label, and the questionnaire's hint. */
export interface ShownOption extends QuestionOption {
  label: string
}

/**
 * One question of the questionnaire; its id is the answer key it fills in. Its name and its
 * answers' labels are the vocabulary's (`ANSWER_LABELS`), shared with every other page.
 */
export interface Question<K extends AnswerKey = AnswerKey> {
  /** The question as a heading. */
  title: string
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
  /** Each field's label is the vocabulary's (`SCORE_LABELS`). */
  fields: { readonly [K in ScoreKey]: { hint: string } }
}
