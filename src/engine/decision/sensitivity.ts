import type { ApproachId } from '../contract/approaches'
import { APPROACH_INFO } from '../contract/approaches'
import {
  ANSWER_KEYS,
  ANSWER_VALUES,
  type AnswerKey,
  type Answers,
  type Problem,
} from '../contract/answers'
import { ANSWER_LABELS } from '../contract/answer-labels'
import { serializeAnswers } from '../codec/codec'
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../cost/estimates'
import { recommend } from './recommend'

/** One single-answer change and the plan it would lead to. */
export interface AnswerChange {
  key: AnswerKey
  /** The answer's values after the change (empty: unanswered). */
  to: string[]
  /** For a list answer: the one item added or removed. */
  toggled?: { item: string; added: boolean }
  /** True when the key is unanswered today. */
  wasUnknown: boolean
  primary: ApproachId
  stack: ApproachId[]
  /** The changed answers as a share-link query. */
  query: string
  /** "With labelled examples: over 5,000, LoRA fine-tuning would lead." */
  text: string
}

export interface Sensitivity {
  /** Single-answer changes that change the plan (the primary or the stack). */
  changes: AnswerChange[]
  /** Unanswered questions whose answer could change the plan. */
  openQuestions: { key: AnswerKey; label: string; couldLeadTo: ApproachId[] }[]
}

function* alternatives(
  answers: Answers,
): Generator<{ key: AnswerKey; next: Answers; toggled?: { item: string; added: boolean } }> {
  for (const key of ANSWER_KEYS) {
    if (key === 'problem') {
      const current = answers.problem ?? []
      for (const item of ANSWER_VALUES.problem) {
        const added = !current.includes(item)
        const list: Problem[] = added ? [...current, item] : current.filter((p) => p !== item)
        const next: Answers = { ...answers, problem: list }
        if (list.length === 0) delete (next as { problem?: unknown }).problem
        yield { key, next, toggled: { item, added } }
      }
      continue
    }
    for (const value of ANSWER_VALUES[key]) {
      if (answers[key] === value) continue
      yield { key, next: { ...answers, [key]: value } }
    }
  }
}

function describeChange(
  key: AnswerKey,
  to: readonly string[],
  toggled?: { item: string; added: boolean },
) {
  const labels: { label: string; values: Record<string, string> } = ANSWER_LABELS[key]
  if (toggled) {
    const item = labels.values[toggled.item] ?? toggled.item
    return toggled.added
      ? `if the problem also included ${item}`
      : `without ${item} among the problems`
  }
  return `if “${labels.label}” were “${to.map((v) => labels.values[v] ?? v).join(', ')}”`
}

const sameStack = (a: readonly ApproachId[], b: readonly ApproachId[]) =>
  a.length === b.length && a.every((x, i) => x === b[i])

/**
 * What would change the answer: every single-answer change that changes the plan, and the
 * unanswered questions that could. Runs `recommend` once per alternative (about 45 times).
 */
export function analyseSensitivity(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Sensitivity {
  const base = recommend(answers, assumptions).stack
  const changes: AnswerChange[] = []
  const open = new Map<AnswerKey, Set<ApproachId>>()

  for (const { key, next, toggled } of alternatives(answers)) {
    const { stack } = recommend(next, assumptions)
    if (sameStack(stack, base)) continue
    const primary = stack[0]!
    const value = next[key]
    const to = value === undefined ? [] : typeof value === 'string' ? [value] : [...value]
    const wasUnknown = answers[key] === undefined
    const plan = stack.map((id) => APPROACH_INFO[id].name).join(' + ')
    const lead =
      primary === base[0]
        ? `the plan would become ${plan}`
        : `${APPROACH_INFO[primary].name} would lead${stack.length > 1 ? ` (plan: ${plan})` : ''}`
    changes.push({
      key,
      to,
      ...(toggled ? { toggled } : {}),
      wasUnknown,
      primary,
      stack,
      query: serializeAnswers(next),
      text: `${describeChange(key, to, toggled)}, ${lead}.`.replace(/^./, (c) => c.toUpperCase()),
    })
    if (wasUnknown && primary !== base[0]) {
      const set = open.get(key) ?? new Set<ApproachId>()
      set.add(primary)
      open.set(key, set)
    }
  }

  const openQuestions = ANSWER_KEYS.filter((k) => open.has(k)).map((key) => ({
    key,
    label: ANSWER_LABELS[key].label,
    couldLeadTo: [...open.get(key)!],
  }))
  return { changes, openQuestions }
}
