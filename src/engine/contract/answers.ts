/**
 * The questions' answer keys and value ids of the product contract. These are the query
 * parameters of every share link, so they never change meaning once published.
 */

export const PROBLEMS = [
  'knowledge',
  'terminology',
  'tone',
  'voice',
  'format',
  'latency',
  'unwanted',
  'task',
] as const
export type Problem = (typeof PROBLEMS)[number]

/** Every answer key with its allowed values, in the stable order used by share links. */
export const ANSWER_VALUES = {
  problem: PROBLEMS,
  freshness: ['static', 'occasional', 'frequent'],
  citations: ['yes', 'no'],
  corpus: ['none', 'small', 'large'],
  examples: ['none', 'under500', '500to5k', 'over5k'],
  baseline: ['none', 'prompt', 'prompt-rag'],
  reliability: ['best-effort', 'high', 'strict'],
  volume: ['low', 'medium', 'high'],
  latency: ['relaxed', 'tight'],
  team: ['none', 'some', 'dedicated'],
  budget: ['under1k', '1kto10k', '10kto50k', 'over50k'],
  hosting: ['api', 'managed-ft', 'self-host'],
  churn: ['likely', 'unlikely'],
  depth: ['surface', 'deep'],
} as const

export type AnswerKey = keyof typeof ANSWER_VALUES
export type AnswerValue<K extends AnswerKey> = (typeof ANSWER_VALUES)[K][number]
/** Keys whose answer is a list (one or more values); every other key takes one value. */
export type ListKey = 'problem'
export type SingleKey = Exclude<AnswerKey, ListKey>

/**
 * Number answers: the best score measured so far on the team's evaluation set, and the score
 * the product needs, both in percent (0..100, at most one decimal).
 */
export const SCORE_KEYS = ['measured', 'target'] as const
export type ScoreKey = (typeof SCORE_KEYS)[number]
/** Every question of the contract: the choice questions and the two scores. */
export type QuestionKey = AnswerKey | ScoreKey

/** A missing key means "unknown": not asked, skipped, or not known yet. */
export type Answers = { problem?: readonly Problem[] } & {
  [K in SingleKey]?: AnswerValue<K>
} & { [K in ScoreKey]?: number }

export function isScoreKey(key: string): key is ScoreKey {
  return key === 'measured' || key === 'target'
}

/** Whether a number is a score the contract allows: 0..100 with at most one decimal. */
export function isScore(n: number): boolean {
  return Number.isFinite(n) && n >= 0 && n <= 100 && Math.abs(n * 10 - Math.round(n * 10)) < 1e-9
}

export const ANSWER_KEYS = Object.keys(ANSWER_VALUES) as AnswerKey[]
export const SINGLE_KEYS = ANSWER_KEYS.filter((k): k is SingleKey => k !== 'problem')

export function isListKey(key: AnswerKey): key is ListKey {
  return key === 'problem'
}

export function isAnswerKey(key: string): key is AnswerKey {
  return Object.prototype.hasOwnProperty.call(ANSWER_VALUES, key)
}

export function isAnswerValue<K extends AnswerKey>(key: K, value: string): value is AnswerValue<K> {
  return (ANSWER_VALUES[key] as readonly string[]).includes(value)
}

/** The values of one answer as a list (empty when unknown), whatever the key's kind. */
export function answerValues(answers: Answers, key: AnswerKey): readonly string[] {
  const value = answers[key]
  if (value === undefined) return []
  return typeof value === 'string' ? [value] : value
}

/** Sorts list values into the contract's order and drops repeats. */
export function normaliseProblems(problems: readonly Problem[]): Problem[] {
  return PROBLEMS.filter((p) => problems.includes(p))
}

/** Problems about what the model knows. */
export const INFORMATION_PROBLEMS: readonly Problem[] = ['knowledge', 'terminology']
/** Problems that ask the model to behave differently, as opposed to know more: all the others. */
export const BEHAVIOUR_PROBLEMS: readonly Problem[] = PROBLEMS.filter(
  (p) => !INFORMATION_PROBLEMS.includes(p),
)
