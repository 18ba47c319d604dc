import { ANSWER_KEYS, answerValues, type AnswerKey, type Answers } from '../contract/answers'
import type { Condition } from './rules'

/** Whether every key of the condition is answered with one of its values. */
export function matches(condition: Condition, answers: Answers): boolean {
  for (const key in condition) {
    const wanted = condition[key as AnswerKey] as readonly string[]
    const given = answerValues(answers, key as AnswerKey)
    if (!given.some((v) => wanted.includes(v))) return false
  }
  return true
}

/** The keys a condition looks at, in contract order. */
export function conditionKeys(...conditions: (Condition | undefined)[]): AnswerKey[] {
  return ANSWER_KEYS.filter((k) => conditions.some((c) => c !== undefined && k in c))
}
