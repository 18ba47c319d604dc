import {
  ANSWER_KEYS,
  SCORE_KEYS,
  type AnswerKey,
  type Answers,
  type QuestionKey,
} from '../engine/contract/answers'
import { ASKED_ORDER } from '../engine/contract/vocabulary'
import { at } from '../engine/must'

/** A step of the questionnaire: one choice question, or `measured` for both scores. */
export type StepKey = AnswerKey | 'measured'

/** The step that asks a question: the two scores share one. */
export function stepOf(key: QuestionKey): StepKey {
  return key === 'target' ? 'measured' : key
}

/** Whether a question is asked, given the answers to the questions before it. */
export type AskedWhen = (answers: Answers) => boolean

const always: AskedWhen = () => true

/** True when the problem is unknown or involves what the model knows (facts or terms). */
const mayNeedInformation = (a: Answers) =>
  a.problem === undefined || a.problem.some((p) => p === 'knowledge' || p === 'terminology')

/**
 * The questionnaire's order and branching, one row per answer key (a missing key fails to
 * compile). A predicate reads only questions above it, so a step list never depends on itself.
 *
 * Skipped, because the answer cannot sensibly matter:
 * - freshness and citations, when there is no reference material and no knowledge problem:
 *   there is no information to change or to cite.
 * - hosting, budget and churn, when there are no training examples: every fine-tuning approach
 *   is ruled out, so where and how cheaply one would be trained changes nothing (steps.test.ts
 *   checks this against the engine).
 * - the scores, unless something was measured (`baseline` is prompting, or prompting and RAG).
 * Everything else moves some rule of the engine for every problem, so it is always asked.
 */
export const ASKED_WHEN: { readonly [K in StepKey]: AskedWhen } = {
  problem: always,
  baseline: always,
  measured: (a) => a.baseline === 'prompt' || a.baseline === 'prompt-rag',
  corpus: always,
  freshness: (a) => a.corpus !== 'none' || mayNeedInformation(a),
  citations: (a) => a.corpus !== 'none' || mayNeedInformation(a),
  reliability: always,
  depth: always,
  volume: always,
  latency: always,
  examples: always,
  team: always,
  hosting: (a) => a.examples !== 'none',
  budget: (a) => a.examples !== 'none',
  churn: (a) => a.examples !== 'none',
}

/**
 * Every question in the order it is asked: the vocabulary's order (which every page lists the
 * answers in), with the scores asked right after what was measured.
 */
export const QUESTION_ORDER: StepKey[] = ASKED_ORDER.flatMap((key): StepKey[] =>
  key === 'baseline' ? [key, 'measured'] : [key],
)

/** The questionnaire's first step (asked whatever the answers). */
export const FIRST_STEP: StepKey = at(QUESTION_ORDER, 0)

export function isStepKey(key: string | undefined): key is StepKey {
  return key !== undefined && Object.prototype.hasOwnProperty.call(ASKED_WHEN, key)
}

/**
 * The steps asked for these answers, in order. Each predicate sees only the answers to the
 * steps kept before it, so a stale answer to a skipped question never steers the branching.
 * @example stepsFor({ examples: 'none' }).includes('budget') // false
 */
export function stepsFor(answers: Answers): StepKey[] {
  return walk(answers).steps
}

/**
 * The answers that count: those of asked steps. An answer left over from a question that the
 * branching now skips is kept in the store (it comes back if the branching does) but not sent.
 */
export function relevantAnswers(answers: Answers): Answers {
  return walk(answers).kept
}

/**
 * The result page's query for these answers: what `serializeAnswers` writes (steps.test.ts
 * proves it), without importing the codec, whose parser would weigh on the first screen.
 */
export function resultQuery(answers: Answers): string {
  const kept = relevantAnswers(answers)
  return [...ANSWER_KEYS, ...SCORE_KEYS]
    .filter((key) => kept[key] !== undefined)
    .map((key) => `${key}=${[kept[key]].flat().join(',')}`)
    .join('&')
}

function walk(answers: Answers) {
  const steps: StepKey[] = []
  const kept: Record<string, unknown> = {}
  for (const key of QUESTION_ORDER) {
    if (!ASKED_WHEN[key](kept)) continue
    steps.push(key)
    for (const k of key === 'measured' ? SCORE_KEYS : [key]) {
      if (answers[k] !== undefined) kept[k] = answers[k]
    }
  }
  return { steps, kept: kept as Answers }
}

/** The step after `key` for these answers, or null after the last one. */
export function nextStep(key: StepKey, answers: Answers): StepKey | null {
  const steps = stepsFor(answers)
  const at = QUESTION_ORDER.indexOf(key)
  return steps.find((s) => QUESTION_ORDER.indexOf(s) > at) ?? null
}

/** The step before `key` for these answers, or null on the first one. */
export function previousStep(key: StepKey, answers: Answers): StepKey | null {
  const at = QUESTION_ORDER.indexOf(key)
  const before = stepsFor(answers).filter((s) => QUESTION_ORDER.indexOf(s) < at)
  return before[before.length - 1] ?? null
}
