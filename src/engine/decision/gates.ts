import type { ApproachId } from '../contract/approaches'
import type { AnswerValue, Answers, QuestionKey, SingleKey } from '../contract/answers'
import { formatUsd } from '../format/cost-format'
import { FACTS, NO_SITUATION, type Situation } from './conditions'

/**
 * Feasibility: what the situation allows, apart from what the problem calls for. A gate that
 * holds *blocks* an approach (the answers rule it out), or leaves it *not yet* possible (an
 * answer it depends on is unknown). A blocked or not-yet approach is never the primary, never
 * in the plan and never recommended, however well it fits.
 */
export type GateState = 'blocked' | 'not-yet'

export interface Gate {
  id: string
  /** The approaches this gate can stop. */
  approaches: readonly ApproachId[]
  /** The state for these answers (and situation), or null when the gate is clear. */
  check: (a: Answers, s: Situation) => GateState | null
  /** The answers the gate reads. */
  keys: readonly QuestionKey[]
  /** Why the approach is stopped, in words; `notYet` when it is stopped by an unknown. */
  blocked: string
  notYet?: string
  /**
   * What would lift the gate: an action in the imperative, so that it reads after "to unlock it:"
   * and after "once you …" ("collect at least 500 …").
   */
  unlock: string
}

/** One gate that stops one approach, as the result shows it. */
export interface Blocker {
  gate: string
  state: GateState
  keys: QuestionKey[]
  text: string
  unlock: string
}

const TUNING: readonly ApproachId[] = ['lora', 'full']

/** The most each `budget` answer allows for one-time spending, in USD. */
export const BUDGET_LIMIT: Record<AnswerValue<'budget'>, number> = {
  under1k: 1_000,
  '1kto10k': 10_000,
  '10kto50k': 50_000,
  over50k: Number.POSITIVE_INFINITY,
}

/**
 * The check of a gate on one answer: blocked by any of `values`, not yet while it is unanswered.
 * @example blockedBy('team', ['some']).check({}, NO_SITUATION) // 'not-yet'
 */
function blockedBy<K extends SingleKey>(
  key: K,
  values: readonly AnswerValue<K>[],
): Pick<Gate, 'check' | 'keys'> {
  return {
    check: (a) => {
      const value = a[key]
      return value === undefined ? 'not-yet' : values.includes(value) ? 'blocked' : null
    },
    keys: [key],
  }
}

/** The gate table. Order is the order blockers are listed in. */
export const GATES: readonly Gate[] = [
  {
    id: 'problem-not-named',
    approaches: TUNING,
    check: (a) => (FACTS.problemNamed(a) ? null : 'not-yet'),
    keys: ['problem'],
    blocked: 'What needs to change is not named yet, and no training run starts before it is.',
    unlock: 'name the problem: missing facts, the wrong style, an inconsistent format…',
  },
  {
    id: 'nothing-measured',
    approaches: TUNING,
    ...blockedBy('baseline', ['none']),
    blocked:
      'Nothing is measured yet: without evaluation data showing that prompting (and RAG) fall short, a training run is premature.',
    notYet:
      'It is not known whether prompting was measured; fine-tuning only follows a measured shortfall.',
    unlock:
      'measure prompting on an evaluation set, and train only if it falls short of your target',
  },
  {
    id: 'rag-not-measured',
    approaches: TUNING,
    check: (a) =>
      a.baseline === 'prompt' && FACTS.factsNeedRetrieval(a) && FACTS.trainableProblem(a)
        ? 'blocked'
        : null,
    keys: ['baseline', 'problem', 'corpus'],
    blocked:
      'Part of the gap is facts that retrieval should supply, and prompting with RAG has not been measured yet.',
    unlock: 'add RAG for the facts and measure prompting and RAG together first',
  },
  {
    id: 'target-met',
    approaches: TUNING,
    check: (a) => (FACTS.targetMet(a) ? 'blocked' : null),
    keys: ['measured', 'target'],
    blocked:
      'Your measured score already reaches your target: there is no gap for training to close.',
    unlock: 'raise the target above what the current setup measures, if the product needs more',
  },
  {
    id: 'too-few-examples',
    approaches: TUNING,
    ...blockedBy('examples', ['none', 'under500']),
    blocked: 'Under 500 high-quality examples is not enough to fine-tune well.',
    notYet:
      'How many labelled examples you have is not known; a fine-tune needs 500 or more good ones.',
    unlock: 'collect at least 500 high-quality input → output examples',
  },
  {
    id: 'no-team',
    approaches: TUNING,
    check: (a) => (a.team === 'none' ? 'blocked' : null),
    keys: ['team'],
    blocked:
      'No one to train, evaluate and maintain a tuned model: a fine-tune left alone goes stale.',
    unlock: 'find someone with the time to train, evaluate and maintain the tuned model',
  },
  {
    id: 'api-offers-no-tuning',
    approaches: TUNING,
    check: (a) => (a.hosting === 'api' ? 'blocked' : null),
    keys: ['hosting'],
    blocked:
      'Your model API offers no tuning: a fine-tune needs a provider that sells it, or open-weight models you serve yourself.',
    unlock:
      'move to a provider that sells fine-tuning, or serve open-weight models on your own GPUs',
  },
  {
    id: 'full-needs-own-weights',
    approaches: ['full'],
    ...blockedBy('hosting', ['managed-ft']),
    blocked:
      'Retraining every weight needs open weights you can train and serve yourself; managed services sell adapter-style tuning of their models.',
    notYet:
      'Where the model would run is not known; retraining every weight needs open weights on your own GPUs.',
    unlock: 'train and serve open-weight models on your own GPUs',
  },
  {
    id: 'full-not-for-facts',
    approaches: ['full'],
    check: (a) => (FACTS.informationOnly(a) ? 'blocked' : null),
    keys: ['problem'],
    blocked:
      'A facts-only problem is never solved by retraining every weight: facts belong in retrieval or the prompt.',
    unlock: 'keep the facts in retrieval or the prompt, and train only for a change in behaviour',
  },
  {
    id: 'full-needs-5k-examples',
    approaches: ['full'],
    check: (a) => (a.examples === '500to5k' ? 'blocked' : null),
    keys: ['examples'],
    blocked: 'Full fine-tuning needs thousands of examples; under 5,000 is LoRA territory.',
    unlock: 'collect over 5,000 high-quality examples',
  },
  {
    id: 'full-needs-dedicated-team',
    approaches: ['full'],
    ...blockedBy('team', ['some']),
    blocked:
      'Retraining every weight, serving the model and retraining it again takes a dedicated ML team.',
    notYet: 'The team you have is not known; full fine-tuning takes a dedicated ML team.',
    unlock: 'staff a dedicated ML team',
  },
  {
    id: 'full-needs-budget',
    approaches: ['full'],
    ...blockedBy('budget', ['under1k', '1kto10k']),
    blocked:
      'A full fine-tuning run of a meaningful model costs $5,000–50,000+ (rule of thumb), a good model takes more than one, and serving comes on top: under $10k leaves no room for that.',
    notYet: 'The budget is not known; a full fine-tuning run costs $5,000–50,000+.',
    unlock: 'raise the one-time budget to $10k or more',
  },
  {
    id: 'full-needs-deep-change',
    approaches: ['full'],
    ...blockedBy('depth', ['surface']),
    blocked:
      'A surface change (style, format) never needs every weight retrained: LoRA captures it.',
    notYet: 'How deep the change is is not known; only a deep one calls for full fine-tuning.',
    unlock: 'show that the change is deeper than a LoRA adapter captures',
  },
  {
    id: 'provider-ends-tuning',
    approaches: ['lora'],
    check: (a, s) =>
      FACTS.tuningJobsClosed(a, s) ? 'blocked' : FACTS.tuningJobsNarrowed(a, s) ? 'not-yet' : null,
    keys: ['hosting'],
    blocked:
      'The provider you would fine-tune with no longer takes new fine-tuning jobs, and a model tuned there stops when its base model is retired.',
    notYet:
      'The provider you would fine-tune with is winding fine-tuning down: whether you can still start a job depends on your account’s history, and no one can after its final cut-off.',
    unlock:
      'move to a provider that still sells fine-tuning, or run LoRA on open-weight models you serve yourself',
  },
  {
    id: 'better-base-model-coming',
    approaches: TUNING,
    check: (a) => (a.churn === 'likely' ? 'blocked' : null),
    keys: ['churn'],
    blocked:
      'A better base model is likely within six months: it may beat a fine-tune trained now, while prompts and retrieval carry over to it.',
    unlock:
      're-measure on the new base model when it ships, and train only if it still falls short',
  },
]

/**
 * The budget gate, from the cost model: an approach whose cheapest compute estimate (training
 * runs, infrastructure) is over the one-time budget cannot be bought.
 */
export function budgetBlocker(
  approach: ApproachId,
  cheapestCompute: number,
  budget: AnswerValue<'budget'>,
): Blocker | null {
  const limit = BUDGET_LIMIT[budget]
  if (!(approach === 'lora' || approach === 'full') || cheapestCompute <= limit) return null
  return {
    gate: 'over-budget',
    state: 'blocked',
    keys: ['budget'],
    text: `Even the low estimate of its training runs (${formatUsd(cheapestCompute)}) is over your one-time budget of ${formatUsd(limit)}.`,
    unlock: `raise the one-time budget to at least ${formatUsd(cheapestCompute)}`,
  }
}

/** Every gate that stops an approach for these answers, in table order. */
export function blockersFor(
  approach: ApproachId,
  a: Answers,
  s: Situation = NO_SITUATION,
): Blocker[] {
  const out: Blocker[] = []
  for (const gate of GATES) {
    if (!gate.approaches.includes(approach)) continue
    const state = gate.check(a, s)
    if (state === null) continue
    out.push({
      gate: gate.id,
      state,
      keys: [...gate.keys].filter((k) => gate.keys.length === 1 || a[k] !== undefined),
      text: state === 'not-yet' ? (gate.notYet ?? gate.blocked) : gate.blocked,
      unlock: gate.unlock,
    })
  }
  return out
}
