import {
  answerValues,
  type AnswerKey,
  type AnswerValue,
  type Answers,
  type QuestionKey,
} from './answers'
import type { Verdict } from '../decision/recommend'
import { ASKED_ORDER, SCORE_LABELS, VALUE_LABELS } from './vocabulary'

export { ASKED_ORDER, SCORE_LABELS, VALUE_LABELS } from './vocabulary'

/** The one name of every question, in every list of answers (part of the vocabulary). */
export const QUESTION_LABELS: { readonly [K in AnswerKey]: string } = {
  problem: 'What is wrong today',
  baseline: 'Tried and measured so far',
  corpus: 'Reference material',
  freshness: 'How often it changes',
  citations: 'Answers point to sources',
  reliability: 'How reliably the output follows the rules',
  depth: 'Depth of the change',
  volume: 'Queries a day',
  latency: 'Response time',
  examples: 'Labelled examples',
  team: 'Who would train and maintain it',
  hosting: 'Where the model runs',
  budget: 'One-time budget',
  churn: 'A better base model soon',
}

/** Every question's name and its answers' labels, from the one vocabulary (vocabulary.ts). */
export const ANSWER_LABELS = Object.fromEntries(
  ASKED_ORDER.map((key) => [key, { label: QUESTION_LABELS[key], values: VALUE_LABELS[key] }]),
) as { [K in AnswerKey]: { label: string; values: Record<AnswerValue<K>, string> } }

/** "Labelled examples: Fewer than 500", or the key's label alone when unknown. */
export function describeAnswer(key: AnswerKey, values: readonly string[]): string {
  const entry = ANSWER_LABELS[key]
  const labels = values.map((v) => (entry.values as Record<string, string>)[v] ?? v)
  return labels.length === 0 ? `${entry.label}: unknown` : `${entry.label}: ${labels.join(', ')}`
}

/** The label of any question, choice or score. */
export function questionLabel(key: QuestionKey): string {
  return key === 'measured' || key === 'target' ? SCORE_LABELS[key] : ANSWER_LABELS[key].label
}

/** The answer to any question in words ("under 500", "95%"), or 'unknown'. */
export function answerText(answers: Answers, key: QuestionKey): string {
  if (key === 'measured' || key === 'target') {
    const n = answers[key]
    return n === undefined ? 'unknown' : `${n}%`
  }
  const labels = ANSWER_LABELS[key].values as Record<string, string>
  const values = answerValues(answers, key)
  return values.length === 0 ? 'unknown' : values.map((v) => labels[v] ?? v).join(', ')
}

/** The engine's verdicts as a reader says them, in a sentence: 'not advised'. */
export const VERDICT_WORDS: Record<Verdict, string> = {
  recommended: 'recommended',
  viable: 'viable',
  'not-advised': 'not advised',
}
