import {
  ANSWER_KEYS,
  type AnswerKey,
  type AnswerValue,
  type Answers,
  type Problem,
} from '../contract/answers'
import type { FineTuningOffer } from '../cost/prices/provider-landscape'

/**
 * A condition on the answers: every listed key must be answered with one of its listed values
 * (for `problem`, the answer must include at least one of them). An unanswered key never matches,
 * so a condition only ever speaks about something the user said.
 */
export type Condition = { readonly [K in AnswerKey]?: readonly AnswerValue<K>[] }

/** Whether every key of the condition is answered with one of its values. */
export function matches(condition: Condition, answers: Answers): boolean {
  for (const key in condition) {
    const wanted = condition[key as AnswerKey] as readonly string[]
    const given = answers[key as AnswerKey] as string | readonly string[] | undefined
    if (given === undefined) return false
    // One answer or a list (`problem`): no array is built for a single value (this runs per rule).
    if (
      typeof given === 'string' ? !wanted.includes(given) : !given.some((v) => wanted.includes(v))
    )
      return false
  }
  return true
}

/** The keys a condition looks at, in contract order. */
export function conditionKeys(...conditions: (Condition | undefined)[]): AnswerKey[] {
  return ANSWER_KEYS.filter((k) => conditions.some((c) => c !== undefined && k in c))
}

/**
 * The four kinds of problem the article tells apart. A rule speaks only to the kinds it is
 * about: freshness and citations to information problems, reliability to behaviour, and so on.
 */
export type ProblemKind = 'information' | 'behaviour' | 'efficiency' | 'task'

export const PROBLEM_KIND: Record<Problem, ProblemKind> = {
  knowledge: 'information',
  terminology: 'information',
  tone: 'behaviour',
  voice: 'behaviour',
  format: 'behaviour',
  unwanted: 'behaviour',
  latency: 'efficiency',
  task: 'task',
}

/** Kinds that a trained model addresses: everything but information. */
export const TRAINABLE_KINDS: readonly ProblemKind[] = ['behaviour', 'efficiency', 'task']
/** Kinds retrieval cannot help with at all (a task can retrieve worked examples). */
export const PURE_BEHAVIOUR_KINDS: readonly ProblemKind[] = ['behaviour', 'efficiency']

/** The kinds of the problems answered, in a stable order (empty when unknown). */
export function problemKinds(answers: Answers): ProblemKind[] {
  const kinds = new Set((answers.problem ?? []).map((p) => PROBLEM_KIND[p]))
  return (['information', 'behaviour', 'efficiency', 'task'] as const).filter((k) => kinds.has(k))
}

/** Which problem kinds a rule is about, and whether the answers must be about those alone. */
export interface Scope {
  kinds: readonly ProblemKind[]
  /** True: every problem answered must be of these kinds (e.g. a facts-only problem). */
  only?: boolean
}

/**
 * Whether the answers name a problem within the scope (or only such problems, for `only`).
 * `kinds` may be passed in when it is already known (the rule table asks for every rule).
 */
export function inScope(
  scope: Scope | undefined,
  answers: Answers,
  kinds: readonly ProblemKind[] = problemKinds(answers),
): boolean {
  if (!scope) return true
  if (kinds.length === 0) return false
  return scope.only
    ? kinds.every((k) => scope.kinds.includes(k))
    : kinds.some((k) => scope.kinds.includes(k))
}

/** The measured setup already reaches the target score. */
function targetMet(a: Answers): boolean {
  return (
    (a.baseline === 'prompt' || a.baseline === 'prompt-rag') &&
    a.measured !== undefined &&
    a.target !== undefined &&
    a.measured >= a.target
  )
}

/**
 * What the decision knows beyond the answers: the fine-tuning offer of the provider a hosted
 * fine-tune would be bought from when that provider is ending it (from the chosen models), and
 * the date the decision is made on. `recommend` builds it from its inputs; nothing reads a clock.
 */
export interface Situation {
  endingTuning: FineTuningOffer | null
  /** YYYY-MM-DD */
  today: string
}

/** No provider chosen: nothing is known to be ending. */
export const NO_SITUATION: Situation = { endingTuning: null, today: '0000-01-01' }

/** Hosted fine-tuning on a provider that is winding it down or has stopped. */
function tuningProviderEnding(a: Answers, s: Situation = NO_SITUATION): boolean {
  return a.hosting === 'managed-ft' && s.endingTuning !== null
}

/**
 * The named facts the whole decision is built from. Rules, feasibility gates, the plan, the
 * map and the next steps all read these, so they can never disagree about what holds.
 */
export const FACTS = {
  /** A problem is named at all. */
  problemNamed: (a: Answers) => (a.problem?.length ?? 0) > 0,
  /** Some problem is about missing information. */
  informationProblem: (a: Answers) => inScope({ kinds: ['information'] }, a),
  /** Only information problems: the model should know more, not behave differently. */
  informationOnly: (a: Answers) => inScope({ kinds: ['information'], only: true }, a),
  /** Some problem is one a trained model addresses. */
  trainableProblem: (a: Answers) => inScope({ kinds: TRAINABLE_KINDS }, a),
  /** Only tone, voice, format, unwanted output or speed: retrieval has nothing to add. */
  pureBehaviour: (a: Answers) => inScope({ kinds: PURE_BEHAVIOUR_KINDS, only: true }, a),
  /**
   * There are facts that need retrieval: an information problem whose knowledge does not fit
   * in the prompt (an unknown size counts as needing retrieval, the safe default).
   */
  factsNeedRetrieval: (a: Answers) =>
    inScope({ kinds: ['information'] }, a) && a.corpus !== 'none' && a.corpus !== 'small',
  /** Facts that need retrieval beside a behaviour problem: the prompt alone would leave them out. */
  factsBesideBehaviour: (a: Answers) =>
    inScope({ kinds: TRAINABLE_KINDS }, a) &&
    inScope({ kinds: ['information'] }, a) &&
    a.corpus !== 'none' &&
    a.corpus !== 'small',
  /** The measured setup already reaches the target score. */
  targetMet,
  /** Prompting (or prompting and RAG) was measured on an evaluation set and fell short. */
  measuredShort: (a: Answers) =>
    (a.baseline === 'prompt' || a.baseline === 'prompt-rag') && !targetMet(a),
  /**
   * The fine-tune would be bought from a provider winding fine-tuning down (or that stopped): a
   * tuned model there stops when its base model is retired, and cannot be retrained there.
   */
  tuningProviderEnding,
  /** ...and its first cut-off has passed: some organisations can no longer start jobs. */
  tuningJobsNarrowed: (a: Answers, s: Situation = NO_SITUATION) =>
    tuningProviderEnding(a, s) && (s.endingTuning?.milestones[0]?.date ?? '9999') <= s.today,
  /** ...and no one can create a new fine-tuning job there any more. */
  tuningJobsClosed: (a: Answers, s: Situation = NO_SITUATION) =>
    tuningProviderEnding(a, s) && (s.endingTuning?.noNewJobsFrom ?? '9999') <= s.today,
} as const satisfies Record<string, (a: Answers) => boolean>

export type FactName = keyof typeof FACTS
