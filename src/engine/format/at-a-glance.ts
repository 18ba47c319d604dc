import type { ApproachId } from '../contract/approaches'
import type { Answers } from '../contract/answers'
import { add, range, type Range } from '../cost/estimates'
import type { Reason, Recommendation } from '../decision/recommend'
import type { Sensitivity } from '../decision/sensitivity'
import { planName } from './plan-sentence'

/** How many reasons the verdict shows: the heaviest ones of the primary. */
export const GLANCE_REASONS = 3

/** The one answer that would change the plan, or why none would. */
export type Pivot =
  | { kind: 'change'; text: string; query: string }
  | { kind: 'open'; text: string; key: string }
  | { kind: 'none'; text: string }

/** The verdict as a reader takes it in within a minute: every line comes from the engine. */
export interface AtAGlance {
  /** The plan by stage, now first: "RAG", then "LoRA fine-tuning + RAG". */
  stages: { when: 'now' | 'next' | 'later'; name: string; approaches: ApproachId[] }[]
  confidence: Recommendation['confidence']
  /** The plan's one-time cost (every approach built now), and the budget check when one is set. */
  oneTime: Range
  budget: Recommendation['budget']
  /** The plan's running cost a month: the parts built now, added up (an upper bound for two). */
  monthly: Range
  /** Calendar days to a first version of the plan built now. */
  buildDays: Range
  /** The primary's heaviest reasons. */
  reasons: Reason[]
  /** How many reasons the primary has in all. */
  reasonCount: number
  /** The main risk of the plan in one sentence. */
  risk: string
}

/** What each approach, once chosen, most often trips on. */
const APPROACH_RISK: Record<ApproachId, string> = {
  prompt:
    'Instructions alone may not hold every answer to the target, and long prompts grow costly at volume.',
  rag: 'Answers are only as good as what retrieval finds: measure the retrieval, not only the final answers.',
  lora: 'An adapter has to be trained again when the base model or the data changes: keep the evaluation set to catch drift.',
  full: 'The dearest path to build and to keep: a new base model means training again from the start.',
}

/**
 * The main risk, most pressing first: the budget, then what stops the approach that fits best,
 * then the heaviest reason against the primary, then a plan that rests on nothing measured, and
 * otherwise what the primary approach most often trips on.
 */
function mainRisk(r: Recommendation, answers: Answers): string {
  if (r.budget && r.budget.state !== 'within') return r.budget.text
  const blocked = r.bestFitBlocked[0]
  if (blocked && !r.stack.includes(r.bestFit)) {
    return `${planName([r.bestFit])} fits best but waits: ${blocked.text} To unlock it: ${blocked.unlock}.`
  }
  const against = r.ranking[0].reasons.find((reason) => reason.points < 0)
  if (against) return against.text
  if (answers.baseline === undefined || answers.baseline === 'none') {
    return 'Nothing is measured yet: the plan rests on rules of thumb until an evaluation set scores it.'
  }
  return APPROACH_RISK[r.stack[0]]
}

/**
 * The one answer that would change the plan: the heaviest single change, else an open question
 * that could, else "nothing would".
 */
export function pivotOf(s: Sensitivity): Pivot {
  const change = s.changes[0] ?? s.problemChanges[0]
  if (change) return { kind: 'change', text: change.text, query: change.query }
  const open = s.openQuestions[0]
  if (open) {
    return {
      kind: 'open',
      key: open.key,
      text: `“${open.label}” is not answered yet, and its answer could lead to ${open.couldLeadTo.map((id) => planName([id])).join(' or ')}.`,
    }
  }
  return {
    kind: 'none',
    text: 'Nothing would: no other answer to a single question changes this plan.',
  }
}

/**
 * The result in the few lines the top of the page and the printed brief lead with, from
 * `recommend` alone (what would change it is `pivotOf`, from the slower sensitivity analysis).
 * @example atAGlance(recommend(a), a).stages[0].name // 'RAG'
 */
export function atAGlance(r: Recommendation, answers: Answers): AtAGlance {
  const built = r.stack.map((id) => r.estimates[id])
  const sum = (pick: (e: (typeof built)[number]) => Range) =>
    built.reduce((total, e) => add(total, pick(e)), range(0))
  const primary = r.ranking[0]
  return {
    stages: r.stages.map((stage) => ({
      when: stage.when,
      name: planName(stage.approaches, 'short'),
      approaches: stage.approaches,
    })),
    confidence: r.confidence,
    oneTime: r.budget?.oneTime ?? sum((e) => e.oneTime),
    budget: r.budget,
    monthly: sum((e) => e.monthly),
    buildDays: sum((e) => e.buildDays),
    reasons: primary.reasons.filter((reason) => reason.points !== 0).slice(0, GLANCE_REASONS),
    reasonCount: primary.reasons.length,
    risk: mainRisk(r, answers),
  }
}
