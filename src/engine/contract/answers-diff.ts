import { ASKED_ORDER } from './answer-labels'
import { answerValues, type AnswerKey, type Answers } from './answers'
import { at } from '../must'

/** One question across the scenarios being compared. */
export interface AnswerRow {
  key: AnswerKey
  /** The values each scenario gave, in scenario order; empty when unknown there. */
  values: (readonly string[])[]
  /** True when at least two scenarios answer differently (unknown counts as an answer). */
  differs: boolean
}

const sameValues = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && [...x].sort().join(',') === [...y].sort().join(',')

/**
 * Lines up the answers of two or more scenarios question by question, in the contract's order,
 * keeping only questions at least one scenario answered. List order never counts as a difference.
 * @example diffAnswers([{ volume: 'low' }, { volume: 'high' }])
 * // [{ key: 'volume', values: [['low'], ['high']], differs: true }]
 */
export function diffAnswers(scenarios: readonly Answers[]): AnswerRow[] {
  const rows: AnswerRow[] = []
  for (const key of ASKED_ORDER) {
    const values = scenarios.map((answers) => answerValues(answers, key))
    if (values.every((v) => v.length === 0)) continue
    const first = at(values, 0)
    rows.push({ key, values, differs: values.some((v) => !sameValues(v, first)) })
  }
  return rows
}

/** The questions the scenarios answer differently, in the contract's order. */
export function changedKeys(scenarios: readonly Answers[]): AnswerKey[] {
  return diffAnswers(scenarios)
    .filter((row) => row.differs)
    .map((row) => row.key)
}
