import { APPROACH_INFO, COMPLEXITY, type ApproachId } from '../contract/approaches'
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
import { planOf } from './recommend'
import type { NonEmpty } from '../must'

/**
 * A change of one answer that moves the plan: one question, every value of it that leads to
 * the same new plan (grouped), or one problem added or removed.
 */
export interface AnswerChange {
  key: AnswerKey
  /** The values that lead to this plan (for a problem toggle: the problem list after it). */
  to: string[]
  /** For the problem list: the one item added or removed. */
  toggled?: { item: string; added: boolean }
  /** True when the key is unanswered today. */
  wasUnknown: boolean
  primary: ApproachId
  stack: ApproachId[]
  /** The changed answers (the first value of `to`) as a share-link query. */
  query: string
  /** How much the plan moves: a new primary outweighs a new complement, heavier approaches more. */
  weight: number
  /** "If “Labelled examples” were “500 to 5,000” or “over 5,000”: LoRA fine-tuning would lead." */
  text: string
}

export interface Sensitivity {
  /** Changes of one answer that move the plan, heaviest first, one per question and plan. */
  changes: AnswerChange[]
  /** Adding or removing one problem that moves the plan, apart from the answers above. */
  problemChanges: AnswerChange[]
  /** Unanswered questions whose answer could change the primary. */
  openQuestions: { key: AnswerKey; label: string; couldLeadTo: ApproachId[] }[]
}

/** A plan: what to build, primary first (never empty). */
type Plan = Readonly<NonEmpty<ApproachId>>

const sameStack = (a: Plan, b: Plan) => a.length === b.length && a.every((x, i) => x === b[i])

const planText = (stack: Plan, base: Plan) => {
  const plan = stack.map((id) => APPROACH_INFO[id].name).join(' + ')
  return stack[0] === base[0]
    ? `the plan would become ${plan}`
    : `${APPROACH_INFO[stack[0]].name} would lead${stack.length > 1 ? ` (plan: ${plan})` : ''}`
}

const weigh = (stack: Plan, base: Plan) =>
  (stack[0] !== base[0] ? 100 : 10) + 10 * Math.abs(COMPLEXITY[stack[0]] - COMPLEXITY[base[0]])

const capitalise = (s: string) => s.replace(/^./, (c) => c.toUpperCase())

/**
 * What would change the answer: every single-answer change that moves the plan, grouped by
 * question and heaviest first; problem toggles apart; and the unanswered questions that could
 * change who leads. Decides the plan (`planOf`) once per alternative, about 45 times.
 */
export function analyseSensitivity(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Sensitivity {
  const steps = sensitivitySteps(answers, assumptions)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `analyseSensitivity` one plan at a time: the generator pauses after each alternative it
 * decides and returns the analysis at the end. A page can run it in slices between frames, so
 * the ~45 decisions never hold the main thread as one long task.
 */
export function* sensitivitySteps(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Generator<void, Sensitivity, void> {
  const base = planOf(answers, assumptions)
  const changes: AnswerChange[] = []
  const problemChanges: AnswerChange[] = []
  const open = new Map<AnswerKey, Set<ApproachId>>()

  for (const key of ANSWER_KEYS) {
    const labels: { label: string; values: Record<string, string> } = ANSWER_LABELS[key]
    const wasUnknown = answers[key] === undefined
    if (key === 'problem') {
      const current = answers.problem ?? []
      for (const item of ANSWER_VALUES.problem) {
        const added = !current.includes(item)
        const list: Problem[] = added ? [...current, item] : current.filter((p) => p !== item)
        const next: Answers = { ...answers, problem: list }
        if (list.length === 0) delete (next as { problem?: unknown }).problem
        const stack = planOf(next, assumptions)
        yield
        if (sameStack(stack, base)) continue
        const name = labels.values[item] ?? item
        if (wasUnknown && stack[0] !== base[0]) {
          const set = open.get(key) ?? new Set<ApproachId>()
          set.add(stack[0])
          open.set(key, set)
        }
        problemChanges.push({
          key,
          to: [...list],
          toggled: { item, added },
          wasUnknown,
          primary: stack[0],
          stack,
          query: serializeAnswers(next),
          weight: weigh(stack, base),
          text: capitalise(
            `${added ? `if “${name}” were also a problem` : `without “${name}” among the problems`}, ${planText(stack, base)}.`,
          ),
        })
      }
      continue
    }
    // One group per plan the question's other values lead to, values in the contract's order.
    const groups = new Map<
      string,
      { stack: NonEmpty<ApproachId>; values: string[]; query: string }
    >()
    for (const value of ANSWER_VALUES[key]) {
      if (answers[key] === value) continue
      const next: Answers = { ...answers, [key]: value }
      const stack = planOf(next, assumptions)
      yield
      if (sameStack(stack, base)) continue
      const id = stack.join('+')
      const group = groups.get(id)
      if (group) group.values.push(value)
      else groups.set(id, { stack, values: [value], query: serializeAnswers(next) })
      if (wasUnknown && stack[0] !== base[0]) {
        const set = open.get(key) ?? new Set<ApproachId>()
        set.add(stack[0])
        open.set(key, set)
      }
    }
    for (const { stack, values, query } of groups.values()) {
      const words = values.map((v) => `“${labels.values[v] ?? v}”`).join(' or ')
      changes.push({
        key,
        to: values,
        wasUnknown,
        primary: stack[0],
        stack,
        query,
        weight: weigh(stack, base),
        text: capitalise(
          `if “${labels.label}” ${wasUnknown ? 'is' : 'were'} ${words}, ${planText(stack, base)}.`,
        ),
      })
    }
  }

  const heaviestFirst = (a: AnswerChange, b: AnswerChange) =>
    b.weight - a.weight || ANSWER_KEYS.indexOf(a.key) - ANSWER_KEYS.indexOf(b.key)
  const openQuestions = ANSWER_KEYS.flatMap((key) => {
    const couldLeadTo = open.get(key)
    return couldLeadTo
      ? [{ key, label: ANSWER_LABELS[key].label, couldLeadTo: [...couldLeadTo] }]
      : []
  })
  return {
    changes: changes.sort(heaviestFirst),
    problemChanges: problemChanges.sort(heaviestFirst),
    openQuestions,
  }
}
