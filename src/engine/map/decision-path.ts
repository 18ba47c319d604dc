import type { ApproachId } from '../contract/approaches'
import {
  ANSWER_KEYS,
  answerValues,
  BEHAVIOUR_PROBLEMS,
  type AnswerKey,
  type Answers,
} from '../contract/answers'
import { ANSWER_LABELS } from '../contract/answer-labels'
import { matches } from '../decision/conditions'
import { recommend } from '../decision/recommend'
import { FULL_UPGRADE_REQUIRES } from '../decision/rules'

/**
 * The reference article's decision tree as data: what needs to change (new information,
 * compliance or terminology, style/behaviour/format), then the checks to pass before
 * fine-tuning (prompt exhausted? RAG tried? enough examples?), then which kind of fine-tune.
 * `decisionPath` walks it for a set of answers.
 */

export const MAP_NODE_IDS = [
  'problem',
  'information',
  'fits-in-prompt',
  'system-prompt',
  'rag',
  'terminology',
  'rag-curated',
  'behaviour',
  'prompt-exhausted',
  'prompt',
  'rag-tried',
  'try-rag',
  'enough-examples',
  'keep-prompting',
  'full-upgrade',
  'full',
  'facts-too',
  'lora-rag',
  'lora',
] as const
export type MapNodeId = (typeof MAP_NODE_IDS)[number]

/** A question with several answers, a branch of the first question, a yes/no check, or an outcome. */
export type MapNodeKind = 'question' | 'branch' | 'check' | 'outcome'

export interface MapNode {
  id: MapNodeId
  kind: MapNodeKind
  parent: MapNodeId | null
  /** How the parent leads here: the branch's condition, or "yes"/"no" for a check. */
  edge: string | null
  /** Short, for the diagram. */
  title: string
  /** One or two sentences, for the outline. */
  detail: string
  /** The questions that decide this node; the first is where its link goes. */
  keys: readonly AnswerKey[]
  /** For outcomes: what to build, primary first. */
  stack?: readonly ApproachId[]
}

type NodeTable = { readonly [K in MapNodeId]: Omit<MapNode, 'id'> }

const TABLE: NodeTable = {
  problem: {
    kind: 'question',
    parent: null,
    edge: null,
    title: 'What needs to change?',
    detail:
      'Name the actual problem first: missing information, specialised terms, or the way the model behaves. Each points to a different fix.',
    keys: ['problem'],
  },
  information: {
    kind: 'branch',
    parent: 'problem',
    edge: 'new information',
    title: 'The model lacks facts',
    detail: 'It does not know your products, documents or data, or they change over time.',
    keys: ['problem'],
  },
  'fits-in-prompt': {
    kind: 'check',
    parent: 'information',
    edge: null,
    title: 'Small enough to fit in the prompt?',
    detail:
      'Knowledge under ~100k tokens can be pasted into the prompt; anything larger has to be searched.',
    keys: ['corpus', 'freshness'],
  },
  'system-prompt': {
    kind: 'outcome',
    parent: 'fits-in-prompt',
    edge: 'yes',
    title: 'Put it in the system prompt',
    detail:
      'Small, constant information needs no retrieval machinery: it lives in the prompt and costs nothing to build.',
    keys: ['corpus'],
    stack: ['prompt'],
  },
  rag: {
    kind: 'outcome',
    parent: 'fits-in-prompt',
    edge: 'no',
    title: 'RAG: retrieve at question time',
    detail:
      'New, large or often-updated information is fetched from your documents for each question. Updating means re-indexing, never retraining, and answers can cite their source.',
    keys: ['freshness', 'citations'],
    stack: ['rag'],
  },
  terminology: {
    kind: 'branch',
    parent: 'problem',
    edge: 'compliance or terms',
    title: 'Compliance or specialised terms',
    detail: 'It must use the vocabulary of a domain or follow rules written down somewhere.',
    keys: ['problem'],
  },
  'rag-curated': {
    kind: 'outcome',
    parent: 'terminology',
    edge: null,
    title: 'RAG with curated sources',
    detail:
      'Retrieve from vetted glossaries, standards and policies. Fine-tuning is overkill unless you run at very large scale.',
    keys: ['corpus', 'volume'],
    stack: ['rag'],
  },
  behaviour: {
    kind: 'branch',
    parent: 'problem',
    edge: 'new style, behaviour or format',
    title: 'Style, behaviour or format',
    detail:
      'Tone, brand voice, output format, speed or a task pattern: the model should act differently, not know more.',
    keys: ['problem'],
  },
  'prompt-exhausted': {
    kind: 'check',
    parent: 'behaviour',
    edge: null,
    title: 'Prompting tried and measured short?',
    detail:
      'Before fine-tuning: have clear instructions with worked examples really been exhausted, measured on an evaluation set?',
    keys: ['baseline'],
  },
  prompt: {
    kind: 'outcome',
    parent: 'prompt-exhausted',
    edge: 'no',
    title: 'Prompt engineering first',
    detail:
      'Instructions and a few examples fix most style and format problems. Measure how far they get before anything heavier.',
    keys: ['baseline'],
    stack: ['prompt'],
  },
  'rag-tried': {
    kind: 'check',
    parent: 'prompt-exhausted',
    edge: 'yes',
    title: 'RAG tried, where facts or examples help?',
    detail:
      'Before fine-tuning: if facts or worked examples could be looked up at question time, has retrieval been tried? It cannot fix pure behaviour, so it is skipped there.',
    keys: ['baseline', 'problem'],
  },
  'try-rag': {
    kind: 'outcome',
    parent: 'rag-tried',
    edge: 'no',
    title: 'Try RAG before training',
    detail:
      'Retrieval is days of work and needs no training data; measure it before paying for a fine-tune.',
    keys: ['baseline'],
    stack: ['rag'],
  },
  'enough-examples': {
    kind: 'check',
    parent: 'rag-tried',
    edge: 'yes',
    title: '500+ good examples and a team to run it?',
    detail:
      'Before fine-tuning: hundreds of high-quality labelled examples, and people to train, evaluate and maintain the model.',
    keys: ['examples', 'team'],
  },
  'keep-prompting': {
    kind: 'outcome',
    parent: 'enough-examples',
    edge: 'no',
    title: 'Not yet: keep prompting, collect data',
    detail:
      'Without enough examples or people a fine-tune goes badly or goes stale. Improve the prompt, and collect examples from real traffic.',
    keys: ['examples', 'team'],
    stack: ['prompt'],
  },
  'full-upgrade': {
    kind: 'check',
    parent: 'enough-examples',
    edge: 'yes',
    title: 'Deep change, 5k+ examples, ML team, $10k+?',
    detail:
      'Full fine-tuning is an upgrade over LoRA, never a first step: it needs all four at once.',
    keys: ['depth', 'examples', 'team', 'budget'],
  },
  full: {
    kind: 'outcome',
    parent: 'full-upgrade',
    edge: 'yes',
    title: 'Full fine-tuning, as an upgrade',
    detail:
      'Retrain every weight for a change LoRA cannot capture. $5,000–50,000+ a run, plus serving infrastructure.',
    keys: ['depth'],
    stack: ['full'],
  },
  'facts-too': {
    kind: 'check',
    parent: 'full-upgrade',
    edge: 'no',
    title: 'Facts to supply as well?',
    detail:
      'If the model must also know your documents, retrieval supplies them next to the tuned behaviour.',
    keys: ['problem', 'corpus'],
  },
  'lora-rag': {
    kind: 'outcome',
    parent: 'facts-too',
    edge: 'yes',
    title: 'LoRA for the behaviour + RAG for facts',
    detail:
      'The classic pair, e.g. brand voice for a high-volume product: the adapter keeps the voice consistent, retrieval keeps facts fresh and checkable.',
    keys: ['problem'],
    stack: ['lora', 'rag'],
  },
  lora: {
    kind: 'outcome',
    parent: 'facts-too',
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
  /** False when an answer it needs is unknown and the tree took its default way. */
  answered: boolean
  because: string
  /** Unknown answers that could turn this decision round. */
  missing: AnswerKey[]
}

export interface DecisionPath {
  /** Every node on the user's path: the root, then each branch taken, root to outcome. */
  nodes: MapNodeId[]
  steps: PathStep[]
  /** The outcome of every branch taken (the root alone when nothing is known yet). */
  ends: MapNodeId[]
  /** The outcome that leads: the end that agrees with the engine's primary recommendation. */
  end: MapNodeId
  /** What to build at `end`, primary first. */
  stack: readonly ApproachId[]
  /** Why the path ends there: the last decision, then what the outcome means. */
  reason: string
  /** The engine's primary recommendation, which weighs every answer, not only the tree's. */
  recommended: ApproachId
  /** Whether `end` leads with the engine's primary recommendation. */
  agrees: boolean
  /** Questions on the path left unanswered: answering them may move it. */
  unknown: AnswerKey[]
}

const INFORMATION: readonly string[] = ['knowledge']
const RETRIEVABLE: readonly string[] = ['knowledge', 'terminology', 'task']
const FACTS: readonly string[] = ['knowledge', 'terminology']

const label = (key: AnswerKey, answers: Answers): string | null => {
  const values = answerValues(answers, key)
  if (values.length === 0) return null
  const names = ANSWER_LABELS[key].values as Record<string, string>
  return values.map((v) => names[v] ?? v).join(', ')
}

const said = (key: AnswerKey, answers: Answers): string =>
  `${ANSWER_LABELS[key].label}: ${label(key, answers) ?? 'not answered'}`

interface Decision {
  yes: boolean
  /** False when the answer was not known and the default way was taken. */
  answered: boolean
  because: string
  /** The unknown answers that could turn the decision round. */
  missing?: AnswerKey[]
}

type CheckId =
  | 'fits-in-prompt'
  | 'prompt-exhausted'
  | 'rag-tried'
  | 'enough-examples'
  | 'full-upgrade'
  | 'facts-too'

/** The yes/no checks, one row each: what decides them and how unknown answers are read. */
const CHECKS: { readonly [K in CheckId]: (answers: Answers) => Decision } = {
  'fits-in-prompt': (a) => {
    if (a.corpus === undefined)
      return {
        yes: false,
        answered: false,
        because: 'The size of the knowledge is not known, so retrieval is the safe default.',
        missing: ['corpus'],
      }
    const yes = a.corpus !== 'large'
    return {
      yes,
      answered: true,
      because: yes
        ? `${said('corpus', a)}: it can live in the prompt, no retrieval needed.`
        : `${said('corpus', a)}: it has to be searched, not pasted.`,
    }
  },
  'prompt-exhausted': (a) => {
    if (a.baseline === undefined)
      return {
        yes: false,
        answered: false,
        because: 'Nothing measured is known yet, so the tree starts with prompt engineering.',
        missing: ['baseline'],
      }
    const yes = a.baseline !== 'none'
    return {
      yes,
      answered: true,
      because: yes
        ? `${said('baseline', a)}: prompting was measured and fell short.`
        : `${said('baseline', a)}: measure a prompt-only baseline before anything heavier.`,
    }
  },
  'rag-tried': (a) => {
    const retrievable = answerValues(a, 'problem').filter((p) => RETRIEVABLE.includes(p))
    if (retrievable.length === 0)
      return {
        yes: true,
        answered: true,
        because: 'The gap is pure behaviour, which retrieval cannot fix, so this check is passed.',
      }
    const yes = a.baseline === 'prompt-rag'
    return {
      yes,
      answered: true,
      because: yes
        ? `${said('baseline', a)}.`
        : `Facts or worked examples could be looked up (${said('problem', a)}), and RAG has not been measured yet.`,
    }
  },
  'enough-examples': (a) => {
    if (a.team === 'none')
      return {
        yes: false,
        answered: true,
        because: `${said('team', a)}: a fine-tune nobody maintains goes stale.`,
      }
    if (a.examples === undefined)
      return {
        yes: false,
        answered: false,
        because:
          'How many labelled examples you have is not known; without hundreds you cannot fine-tune well.',
        missing: ['examples'],
      }
    const yes = a.examples === '500to5k' || a.examples === 'over5k'
    return {
      yes,
      answered: true,
      because: yes
        ? `${said('examples', a)}, enough for LoRA.`
        : `${said('examples', a)}: not enough to fine-tune well.`,
    }
  },
  'full-upgrade': (a) => {
    const yes = matches(FULL_UPGRADE_REQUIRES, a)
    // A definite "no" needs one given answer that rules it out; otherwise it is not known yet.
    const keys = Object.keys(FULL_UPGRADE_REQUIRES) as AnswerKey[]
    const ruledOut = keys.some(
      (k) => a[k] !== undefined && !matches({ [k]: FULL_UPGRADE_REQUIRES[k] }, a),
    )
    return {
      yes,
      answered: yes || ruledOut,
      missing: yes || ruledOut ? [] : keys.filter((k) => a[k] === undefined),
      because: yes
        ? 'A deep change, over 5,000 examples, a dedicated team and a budget of $10k or more: full fine-tuning has earned its place.'
        : 'Full fine-tuning needs a deep change, 5,000+ examples, a dedicated team and $10k+ all at once; LoRA is the right size.',
    }
  },
  'facts-too': (a) => {
    const facts = answerValues(a, 'problem').some((p) => FACTS.includes(p))
    const yes = facts && a.corpus !== 'none' && a.corpus !== 'small'
    return {
      yes,
      answered: true,
      because: yes
        ? `The model must also know your documents (${said('problem', a)}): retrieval supplies them.`
        : facts
          ? `${said('corpus', a)}: the facts fit in the prompt, no retrieval needed.`
          : 'No facts to supply: the fine-tune alone does the job.',
    }
  },
}

const isCheck = (id: MapNodeId): id is CheckId => id in CHECKS

/** Follows one branch from a branch node down to its outcome. */
function walk(from: MapNodeId, answers: Answers, nodes: MapNodeId[], steps: PathStep[]): MapNodeId {
  let at = from
  for (;;) {
    const children = mapChildren(at)
    if (children.length === 0) return at
    let next: MapNode
    if (isCheck(at)) {
      const d = CHECKS[at](answers)
      const edge = d.yes ? 'yes' : 'no'
      next = children.find((c) => c.edge === edge)!
      steps.push({
        node: at,
        to: next.id,
        answered: d.answered,
        because: d.because,
        missing: d.missing ?? [],
      })
    } else {
      next = children[0]!
    }
    nodes.push(next.id)
    at = next.id
  }
}

/** Outcomes in the order the tree prefers when the engine's primary matches none of them. */
const PREFERENCE: readonly MapNodeId[] = [
  'full',
  'lora-rag',
  'lora',
  'rag',
  'rag-curated',
  'try-rag',
  'system-prompt',
  'prompt',
  'keep-prompting',
]

/**
 * The user's path through the decision map: the branch (or branches) their problems lead to,
 * every check decided on the way, and the outcome that leads. Unknown answers take the
 * article's default (prompt first; no fine-tune without the data to show for it).
 * @example decisionPath({ problem: ['knowledge'], corpus: 'large' }).nodes
 * // ['problem', 'information', 'fits-in-prompt', 'rag']
 */
export function decisionPath(answers: Answers): DecisionPath {
  const recommended = recommend(answers).ranking[0]!.approach
  const problems = answerValues(answers, 'problem')
  const nodes: MapNodeId[] = ['problem']
  const steps: PathStep[] = []
  const ends: MapNodeId[] = []

  const branches: MapNodeId[] = []
  if (problems.some((p) => INFORMATION.includes(p))) branches.push('information')
  if (problems.includes('terminology')) branches.push('terminology')
  if (problems.some((p) => (BEHAVIOUR_PROBLEMS as readonly string[]).includes(p)))
    branches.push('behaviour')

  for (const branch of branches) {
    steps.push({
      node: 'problem',
      to: branch,
      answered: true,
      because: `${said('problem', answers)}.`,
      missing: [],
    })
    nodes.push(branch)
    ends.push(walk(branch, answers, nodes, steps))
  }

  if (ends.length === 0) {
    return {
      nodes,
      steps,
      ends: ['problem'],
      end: 'problem',
      stack: ['prompt'],
      reason:
        'What needs to change is not answered yet. Until it is, every plan starts with prompt engineering.',
      recommended,
      agrees: recommended === 'prompt',
      unknown: ['problem'],
    }
  }

  const agreeing = ends.filter((e) => TABLE[e].stack?.[0] === recommended)
  const pool = agreeing.length > 0 ? agreeing : ends
  const end = [...pool].sort((x, y) => PREFERENCE.indexOf(x) - PREFERENCE.indexOf(y))[0]!
  const outcome = TABLE[end]
  const unknown = ANSWER_KEYS.filter((k) => steps.some((s) => s.missing.includes(k)))
  const lastStep = [...steps].reverse().find((s) => s.to === end)

  return {
    nodes,
    steps,
    ends,
    end,
    stack: outcome.stack ?? ['prompt'],
    reason: `${lastStep?.because ?? ''} ${outcome.detail}`.replace(/\s+/g, ' ').trim(),
    recommended,
    agrees: outcome.stack?.[0] === recommended,
    unknown,
  }
}
