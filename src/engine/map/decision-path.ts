import { APPROACH_INFO, type ApproachId } from '../contract/approaches'
import { type Answers, type QuestionKey } from '../contract/answers'
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../cost/estimates'
import { GATES, type Blocker } from '../decision/gates'
import { recommend, type Recommendation } from '../decision/recommend'
import { FULL_UPGRADE_REQUIRES } from '../decision/rules'
import { conditionKeys } from '../decision/conditions'
import { must, type NonEmpty } from '../must'

/**
 * The decision map: the article's decision tree, drawn from the same model as the result.
 * Each check on the map is one step of `recommend`'s decision (`Recommendation.trace`): is a
 * problem named, does training fit better than prompting and RAG, can you train now, is full
 * fine-tuning an upgrade worth having, do facts need retrieval. So the map ends at the result's
 * plan for every answer set.
 */

export const MAP_NODE_IDS = [
  'problem',
  'no-problem',
  'training-fits',
  'retrieval',
  'prompt',
  'rag',
  'can-train',
  'retrieval-meanwhile',
  'prompt-for-now',
  'rag-for-now',
  'full-upgrade',
  'full-facts',
  'full-rag',
  'full',
  'lora-facts',
  'lora-rag',
  'lora',
] as const
export type MapNodeId = (typeof MAP_NODE_IDS)[number]

/** A question, a yes/no check of the model, or an outcome (a plan). */
export type MapNodeKind = 'question' | 'branch' | 'check' | 'outcome'

export interface MapNode {
  id: MapNodeId
  kind: MapNodeKind
  parent: MapNodeId | null
  /** How the parent leads here: "yes"/"no" for a check, or a few words. */
  edge: string | null
  /** Short, for the diagram. */
  title: string
  /** One or two sentences, for the outline. */
  detail: string
  /** The questions that decide this node; the first is where its link goes. */
  keys: readonly QuestionKey[]
  /** For outcomes: what to build, primary first. */
  stack?: Readonly<NonEmpty<ApproachId>>
}

type NodeTable = { readonly [K in MapNodeId]: Omit<MapNode, 'id'> }

/** The answers the feasibility gates of an approach read: what "can you train?" checks. */
const gateKeys = (approach: ApproachId, ...more: QuestionKey[]): QuestionKey[] => [
  ...new Set([
    ...GATES.filter((g) => g.approaches.includes(approach)).flatMap((g) => g.keys),
    'budget' as const, // the budget gate of the cost model
    ...more,
  ]),
]

const TABLE: NodeTable = {
  problem: {
    kind: 'question',
    parent: null,
    edge: null,
    title: 'What needs to change?',
    detail:
      'Name the actual problem first: missing information, the wrong style or format, speed, or a task to learn. Each points to a different fix.',
    keys: ['problem'],
  },
  'no-problem': {
    kind: 'outcome',
    parent: 'problem',
    edge: 'not named yet',
    title: 'Start with prompting',
    detail:
      'Until the problem is named, every plan starts with clear instructions and a few examples, measured on an evaluation set.',
    keys: ['problem'],
    stack: ['prompt'],
  },
  'training-fits': {
    kind: 'check',
    parent: 'problem',
    edge: 'named',
    title: 'Does training fit better than prompting and RAG?',
    detail:
      'Training changes behaviour: a voice, a strict format, a smaller faster model, a task learned from many examples. Facts belong in the prompt or in retrieval.',
    keys: ['problem', 'baseline', 'volume', 'reliability'],
  },
  retrieval: {
    kind: 'check',
    parent: 'training-fits',
    edge: 'no',
    title: 'Does RAG fit better than the prompt?',
    detail:
      'Large, changing or cited knowledge is searched at question time; small, constant knowledge lives in the prompt.',
    keys: ['corpus', 'freshness', 'citations'],
  },
  prompt: {
    kind: 'outcome',
    parent: 'retrieval',
    edge: 'no',
    title: 'Prompt engineering',
    detail:
      'Instructions, worked examples and any small knowledge in the prompt. Measure how far it gets before anything heavier.',
    keys: ['baseline'],
    stack: ['prompt'],
  },
  rag: {
    kind: 'outcome',
    parent: 'retrieval',
    edge: 'yes',
    title: 'RAG: retrieve at question time',
    detail:
      'Fetch the relevant documents for each question. Updating means re-indexing, never retraining, and answers can cite their source.',
    keys: ['corpus'],
    stack: ['rag'],
  },
  'can-train': {
    kind: 'check',
    parent: 'training-fits',
    edge: 'yes',
    title: 'Can you train now?',
    detail:
      'Measured short on an evaluation set, 500+ good examples, someone to maintain it, a way to train, a budget, and no better base model about to ship.',
    keys: gateKeys('lora').filter((k) => k !== 'problem'),
  },
  'retrieval-meanwhile': {
    kind: 'check',
    parent: 'can-train',
    edge: 'no',
    title: 'Meanwhile, does RAG fit better than the prompt?',
    detail:
      'Until training is possible, the best of prompting and retrieval carries the product, and the evaluation set keeps measuring it.',
    keys: ['corpus', 'freshness', 'citations'],
  },
  'prompt-for-now': {
    kind: 'outcome',
    parent: 'retrieval-meanwhile',
    edge: 'no',
    title: 'Prompting now; training once unlocked',
    detail:
      'Improve the prompt and collect what training needs; the result lists what would unlock it.',
    keys: ['baseline'],
    stack: ['prompt'],
  },
  'rag-for-now': {
    kind: 'outcome',
    parent: 'retrieval-meanwhile',
    edge: 'yes',
    title: 'RAG now; training once unlocked',
    detail:
      'Retrieval carries the product while the blockers to training are lifted; the result lists them.',
    keys: ['corpus'],
    stack: ['rag'],
  },
  'full-upgrade': {
    kind: 'check',
    parent: 'can-train',
    edge: 'yes',
    title: 'Full fine-tuning as an upgrade?',
    detail:
      'Only with a deep change, 5k+ examples, a dedicated team, $10k+ and open weights of your own, and only where it fits better than LoRA.',
    keys: [
      ...new Set<QuestionKey>([
        'depth',
        ...conditionKeys(FULL_UPGRADE_REQUIRES),
        ...gateKeys('full').filter((k) => k !== 'problem'),
      ]),
    ],
  },
  'full-facts': {
    kind: 'check',
    parent: 'full-upgrade',
    edge: 'yes',
    title: 'Facts to retrieve as well?',
    detail: 'Knowledge too large for the prompt is retrieved next to the tuned behaviour.',
    keys: ['problem', 'corpus'],
  },
  'full-rag': {
    kind: 'outcome',
    parent: 'full-facts',
    edge: 'yes',
    title: 'Full fine-tuning + RAG for facts',
    detail:
      'Retrain every weight for the behaviour; retrieval keeps the facts fresh and checkable.',
    keys: ['problem'],
    stack: ['full', 'rag'],
  },
  full: {
    kind: 'outcome',
    parent: 'full-facts',
    edge: 'no',
    title: 'Full fine-tuning, as an upgrade',
    detail:
      'Retrain every weight for a change LoRA cannot capture. $5,000–50,000+ a run, plus serving infrastructure.',
    keys: ['depth'],
    stack: ['full'],
  },
  'lora-facts': {
    kind: 'check',
    parent: 'full-upgrade',
    edge: 'no',
    title: 'Facts to retrieve as well?',
    detail: 'Knowledge too large for the prompt is retrieved next to the tuned behaviour.',
    keys: ['problem', 'corpus'],
  },
  'lora-rag': {
    kind: 'outcome',
    parent: 'lora-facts',
    edge: 'yes',
    title: 'LoRA for the behaviour + RAG for facts',
    detail:
      'The classic pair, e.g. brand voice for a high-volume product: the adapter keeps the voice, retrieval keeps facts fresh and checkable.',
    keys: ['problem'],
    stack: ['lora', 'rag'],
  },
  lora: {
    kind: 'outcome',
    parent: 'lora-facts',
    edge: 'no',
    title: 'LoRA fine-tuning',
    detail:
      'Style and format at scale, or a smaller, faster model trained on your task. A LoRA run costs $100–1,000.',
    keys: ['examples'],
    stack: ['lora'],
  },
}

/** Every node of the map, in reading order (the outline's order). */
export const DECISION_MAP: readonly MapNode[] = MAP_NODE_IDS.map((id) => ({ id, ...TABLE[id] }))

export function mapNode(id: MapNodeId): MapNode {
  return { id, ...TABLE[id] }
}

/** The children of a node, in reading order. */
export function mapChildren(id: MapNodeId): MapNode[] {
  return DECISION_MAP.filter((n) => n.parent === id)
}

/** One decision taken on the way, in words. */
export interface PathStep {
  /** The question or check that was decided. */
  node: MapNodeId
  /** Where it led. */
  to: MapNodeId
  /** False when an answer it needs is unknown and the model took its default way. */
  answered: boolean
  because: string
  /** Unknown answers that could turn this decision round. */
  missing: QuestionKey[]
}

export interface DecisionPath {
  /** Every node on the user's path, root to outcome. */
  nodes: MapNodeId[]
  steps: PathStep[]
  /** The outcome (kept as a list for callers that drew several branches). */
  ends: MapNodeId[]
  end: MapNodeId
  /** What to build at `end`, primary first: the result's `stack`. */
  stack: Readonly<NonEmpty<ApproachId>>
  /** Why the path ends there: the last decision, then what the outcome means. */
  reason: string
  /** The result's primary recommendation (always `stack[0]`). */
  recommended: ApproachId
  /** Always true: the map is drawn from the result's own decision. */
  agrees: boolean
  /** Questions on the path left unanswered that could move it. */
  unknown: QuestionKey[]
  /**
   * When the approach that fits best is not possible now: which it is, and what would unlock it
   * (the result's `bestFitBlocked`), so the map says what the result says.
   */
  unlocks: { approach: ApproachId; blockers: Blocker[] } | null
}

const name = (id: ApproachId) => APPROACH_INFO[id].name
const fitText = (r: Recommendation, id: ApproachId) =>
  `${name(id)} ${Math.round(
    must(
      r.ranking.find((x) => x.approach === id),
      `${id} in the ranking`,
    ).fit,
  )}`

type Check = (r: Recommendation) => Omit<PathStep, 'node' | 'to'> & { yes: boolean }

const retrievalCheck: Check = (r) => ({
  yes: r.trace.retrieval,
  answered: true,
  missing: [],
  because: `Fit for your answers: ${fitText(r, 'rag')} against ${fitText(r, 'prompt')}.`,
})
const factsCheck: Check = (r) => ({
  yes: r.trace.retrieval,
  answered: true,
  missing: [],
  because: r.trace.retrieval
    ? 'Your problem includes facts too large for the prompt (or of unknown size): retrieval supplies them.'
    : 'No facts beyond what fits in the prompt: the fine-tune alone does the job.',
})
const blockerCheck =
  (approach: 'lora' | 'full', yes: (r: Recommendation) => boolean, because: string): Check =>
  (r) => {
    const item = must(
      r.ranking.find((x) => x.approach === approach),
      `${approach} in the ranking`,
    )
    // Waiting on unknown answers matters only when no given answer rules it out already.
    const ruledOut = item.blockers.some((b) => b.state === 'blocked')
    const notYet = ruledOut ? [] : item.blockers.filter((b) => b.state === 'not-yet')
    return {
      yes: yes(r),
      answered: notYet.length === 0,
      missing: [...new Set(notYet.flatMap((b) => b.keys))],
      because: yes(r)
        ? because
        : item.blockers.length > 0
          ? item.blockers.map((b) => b.text).join(' ')
          : `${fitText(r, 'full')} does not fit better than ${fitText(r, 'lora')}.`,
    }
  }

/** Each check reads one step of the model's decision. */
const CHECKS: Partial<Record<MapNodeId, Check>> = {
  'training-fits': (r) => ({
    yes: r.trace.trainingFits,
    answered: true,
    missing: [],
    because: `Fit for your answers: ${fitText(r, 'lora')} against ${fitText(r, 'prompt')} and ${fitText(r, 'rag')}.`,
  }),
  retrieval: retrievalCheck,
  'can-train': blockerCheck(
    'lora',
    (r) => r.trace.canTrain,
    'Nothing stops a LoRA run: measured short, enough examples, and no gate in the way.',
  ),
  'retrieval-meanwhile': retrievalCheck,
  'full-upgrade': blockerCheck(
    'full',
    (r) => r.trace.fullUpgrade,
    'Every condition of the upgrade holds, and full fine-tuning fits better than LoRA.',
  ),
  'full-facts': factsCheck,
  'lora-facts': factsCheck,
}

/**
 * The user's path through the decision map, read off the model's own decision: the same
 * answers give the same plan here as on the result page.
 * @example decisionPath({ problem: ['knowledge'], corpus: 'large' }).stack // ['rag']
 */
export function decisionPath(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): DecisionPath {
  const r = recommend(answers, assumptions)
  const nodes: MapNodeId[] = ['problem']
  const steps: PathStep[] = []
  let at: MapNodeId
  if (!r.trace.problemNamed) {
    steps.push({
      node: 'problem',
      to: 'no-problem',
      answered: false,
      because: 'What needs to change is not answered yet.',
      missing: ['problem'],
    })
    at = 'no-problem'
    nodes.push(at)
  } else {
    nodes.push('training-fits')
    at = 'training-fits'
    for (;;) {
      const check = CHECKS[at]
      if (!check) break
      const d = check(r)
      const edge = d.yes ? 'yes' : 'no'
      const next: MapNode = must(
        mapChildren(at).find((c) => c.edge === edge),
        `the ${edge} branch of ${at}`,
      )
      steps.push({
        node: at,
        to: next.id,
        answered: d.answered,
        because: d.because,
        missing: d.missing,
      })
      nodes.push(next.id)
      at = next.id
    }
  }
  const outcome = TABLE[at]
  const last = steps[steps.length - 1]
  return {
    nodes,
    steps,
    ends: [at],
    end: at,
    stack: outcome.stack ?? ['prompt'],
    reason: `${last?.because ?? ''} ${outcome.detail}`.replace(/\s+/g, ' ').trim(),
    recommended: r.stack[0],
    agrees: (outcome.stack ?? []).join('+') === r.stack.join('+'),
    unknown: [...new Set(steps.flatMap((s) => s.missing))],
    unlocks:
      r.bestFitBlocked.length > 0 && !r.stack.includes(r.bestFit)
        ? { approach: r.bestFit, blockers: r.bestFitBlocked }
        : null,
  }
}
