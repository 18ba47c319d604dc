import { APPROACHES, APPROACH_INFO, COMPLEXITY, type ApproachId } from '../contract/approaches'
import { at, must, nonEmpty, type NonEmpty } from '../must'
import type { Answers, QuestionKey } from '../contract/answers'
import { DEFAULT_ASSUMPTIONS, estimate, type Assumptions, type Estimates } from '../cost/estimates'
import { formatUsd } from '../format/cost-format'
import { NAME_IN_SENTENCE } from '../cost/cost-break-even'
import { endingTuningOffer } from '../cost/prices/provider-landscape'
import { FACTS, conditionKeys, inScope, matches, problemKinds, type Situation } from './conditions'
import { lowVolumeRule, tunedSavingRule } from './cost-rules'
import { BUDGET_LIMIT, blockersFor, budgetBlocker, type Blocker } from './gates'
import { nextSteps, type NextStep } from './next-steps'
import {
  FULL_UPGRADE_REASON,
  FULL_UPGRADE_REQUIRES,
  MAX_POINTS_PER_ANSWER,
  PRIORS,
  RULES,
  fullUpgradeHolds,
} from './rules'

export type Verdict = 'recommended' | 'viable' | 'not-advised'
/** What the situation allows: possible now, waiting on an unknown answer, or ruled out. */
export type Feasibility = 'feasible' | 'not-yet' | 'blocked'
export type { Blocker } from './gates'

/** One rule's effect on one approach's fit, in words. */
export interface Reason {
  /** The rule's id, e.g. `voice-at-high-volume`. */
  rule: string
  /** Points added or taken away (after the per-answer limit); 0 for the full fine-tuning gate. */
  points: number
  /** The answers that triggered it (or, for the full fine-tuning gate, that decide it). */
  keys: QuestionKey[]
  text: string
}

export interface RankedApproach {
  approach: ApproachId
  /** 0..100: where the approach stands now; its verdict's band, placed within it by fit. */
  score: number
  verdict: Verdict
  /** Where the approach started before any answer (the 80/15/5 prior). */
  prior: number
  /** How well it fits the problem, in raw points (prior + reasons), whatever the situation allows. */
  fit: number
  feasibility: Feasibility
  /** The gates that stop it (empty when feasible). */
  blockers: Blocker[]
  /** Why it fits as it does, heaviest first. */
  reasons: Reason[]
}

export type ConfidenceLevel = 'clear' | 'close' | 'not-yet'

export interface Confidence {
  level: ConfidenceLevel
  /** Fit points between the primary and the best other approach possible now (null: none). */
  margin: number | null
  /** The other approach the margin is measured against. */
  runnerUp: ApproachId | null
  /** Unknown answers that the best fit waits on (for `not-yet`). */
  missing: QuestionKey[]
  text: string
}

/** One stage of the plan, in the order the article works: measure, retrieve, then train. */
export interface Stage {
  when: 'now' | 'next' | 'later'
  approaches: ApproachId[]
  /** What starts this stage, in words ("when prompting measures short of your target"). */
  trigger: string
  /** The gates this stage waits on, each with what would lift it. */
  waitsOn: Blocker[]
}

/** The plan's one-time cost against the stated budget. */
export interface BudgetCheck {
  /** The budget's upper end in USD; null for "over $50k". */
  limit: number | null
  oneTime: { low: number; high: number }
  state: 'within' | 'may-exceed' | 'over'
  text: string
}

/**
 * The model's decision, step by step, in the terms the decision map draws: every check on the
 * map reads one of these, so the map ends where the result does.
 */
export interface DecisionTrace {
  problemNamed: boolean
  /** LoRA fits the problem better than prompting and RAG (LoRA comes before full). */
  trainingFits: boolean
  /** LoRA is possible now (no gate stops it). */
  canTrain: boolean
  /** Full fine-tuning is possible now and fits better than LoRA. */
  fullUpgrade: boolean
  /** For a prompt/RAG plan: RAG fits better than prompting. For a tuned plan: RAG joins it. */
  retrieval: boolean
}

export interface Recommendation {
  /** Best first; `ranking[0].approach === stack[0]`. */
  ranking: NonEmpty<RankedApproach>
  /** What to build now, primary first. */
  stack: NonEmpty<ApproachId>
  /** Why each non-primary member of the stack is there. */
  stackReasons: { approach: ApproachId; text: string }[]
  /** The approach that fits the problem best, whatever the situation allows. */
  bestFit: ApproachId
  /** When the best fit cannot be had now: what stops it (first-class, not a footnote). */
  bestFitBlocked: Blocker[]
  confidence: Confidence
  stages: Stage[]
  budget: BudgetCheck | null
  trace: DecisionTrace
  estimates: Estimates
  nextSteps: NextStep[]
  /** What could go wrong with the plan's situation, in words (e.g. a provider ending tuning). */
  risks: Risk[]
}

export interface Risk {
  id: string
  text: string
}

export interface RecommendOptions {
  /** The date the decision is made on (a Date or YYYY-MM-DD); today when not given. */
  today?: Date | string
}

/** YYYY-MM-DD of a date, in UTC. */
const isoDay = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))

/** The risks the situation brings: a fine-tune bought from a provider that is ending tuning. */
function risksFor(answers: Answers, s: Situation): Risk[] {
  const offer = s.endingTuning
  if (!offer || !FACTS.tuningProviderEnding(answers, s)) return []
  const stages = offer.milestones.map((m) => `${m.date}: ${m.what}`).join('; ')
  return [
    {
      id: 'tuning-provider-ending',
      text: `${offer.name} is ${offer.status === 'stopped' ? 'no longer selling' : 'winding down'} fine-tuning (${stages}). ${offer.tunedModels} Plan for retraining elsewhere.`,
    },
  ]
}

/** Fit a non-plan approach needs to be called viable (a prior-only prompt is viable). */
export const VIABLE_FIT = 40
/** Fit points under which the lead over the runner-up is a close call. */
export const CLOSE_CALL_MARGIN = 10

/** Score bands, best first: the verdict sets the band and the fit places the approach in it. */
const BANDS = {
  primary: [75, 100],
  complement: [60, 75],
  viable: [40, 60],
  'not-advised': [0, 40],
} as const satisfies Record<string, readonly [number, number]>

/**
 * Monotone and never clips: a fit of 50 sits mid-band and the ends are approached, never
 * reached (rounded down, so no approach ever shows the band's top, and none shows 100).
 */
const place = (fit: number, [lo, hi]: readonly [number, number]) =>
  Math.floor(lo + (hi - lo) / (1 + Math.exp(-(fit - 50) / 30)))

const ceilingFirst = (r: Reason) => (r.rule === 'full-is-an-upgrade' ? 1 : 0)
const byWeight = (list: Reason[]) =>
  [...list].sort(
    (a, b) => ceilingFirst(b) - ceilingFirst(a) || Math.abs(b.points) - Math.abs(a.points),
  )

interface FitRow {
  id: string
  keys: QuestionKey[]
  about?: QuestionKey
  effect: Partial<Record<ApproachId, number>>
  text: string
}

/** The answer a rule is "about", for the per-answer limit: its first non-problem key. */
const aboutKey = (keys: QuestionKey[]): QuestionKey =>
  keys.find((k) => k !== 'problem') ?? 'problem'

/** The answers each rule's condition reads, worked out once (the table does not change). */
const RULE_KEYS: ReadonlyMap<string, readonly QuestionKey[]> = new Map(
  RULES.map((rule) => [rule.id, conditionKeys(rule.when)]),
)

function fitRows(answers: Answers, assumptions: Assumptions, estimates: Estimates): FitRow[] {
  const rows: FitRow[] = []
  const kinds = problemKinds(answers)
  for (const rule of RULES) {
    if (!inScope(rule.scope, answers, kinds)) continue
    if (!matches(rule.when, answers)) continue
    if (rule.unless && matches(rule.unless, answers)) continue
    if (rule.requires && !FACTS[rule.requires](answers)) continue
    if (rule.unlessFact && FACTS[rule.unlessFact](answers)) continue
    const keys: QuestionKey[] = [...must(RULE_KEYS.get(rule.id), `the keys of rule ${rule.id}`)]
    if (!keys.includes('problem')) keys.unshift('problem')
    if (rule.requires === 'targetMet') keys.push('measured', 'target')
    if (rule.about && answers[rule.about] !== undefined && !keys.includes(rule.about))
      keys.push(rule.about)
    rows.push({
      id: rule.id,
      keys,
      ...(rule.about ? { about: rule.about } : {}),
      effect: rule.effect,
      text: rule.reason,
    })
  }
  // The cost rules: what a tuned model saves, or fails to save, by the cost section's figures.
  if (FACTS.trainableProblem(answers)) {
    for (const cost of [
      tunedSavingRule(answers, assumptions, estimates),
      lowVolumeRule(answers, assumptions, estimates),
    ]) {
      if (!cost) continue
      rows.push({
        id: cost.rule.id,
        keys: cost.keys,
        effect: cost.rule.effect,
        text: cost.rule.reason,
      })
    }
  }
  return rows
}

/**
 * Adds the rows up per approach, no one answer moving one approach by more than
 * MAX_POINTS_PER_ANSWER (the rows past the limit show the points they really added).
 */
function addUp(rows: FitRow[]) {
  const fit = { ...PRIORS }
  const reasons: Record<ApproachId, Reason[]> = { prompt: [], rag: [], lora: [], full: [] }
  // Points used so far, per answer and approach.
  const used: Partial<Record<QuestionKey, Partial<Record<ApproachId, number>>>> = {}
  for (const row of rows) {
    const about = row.about ?? aboutKey(row.keys)
    const slot = (used[about] ??= {})
    for (const id of APPROACHES) {
      const points = row.effect[id] ?? 0
      if (points === 0) continue
      const before = slot[id] ?? 0
      const after = Math.max(
        -MAX_POINTS_PER_ANSWER,
        Math.min(MAX_POINTS_PER_ANSWER, before + points),
      )
      slot[id] = after
      fit[id] += after - before
      reasons[id].push({ rule: row.id, points: after - before, keys: row.keys, text: row.text })
    }
  }
  return { fit, reasons }
}

const name = (id: ApproachId) => APPROACH_INFO[id].name
const simplerFirst = (fit: Record<ApproachId, number>) => (a: ApproachId, b: ApproachId) =>
  fit[b] - fit[a] || COMPLEXITY[a] - COMPLEXITY[b]

function budgetCheck(
  answers: Answers,
  stack: readonly ApproachId[],
  estimates: Estimates,
): BudgetCheck | null {
  if (answers.budget === undefined) return null
  const limit = BUDGET_LIMIT[answers.budget]
  const low = stack.reduce((s, id) => s + estimates[id].oneTime.low, 0)
  const high = stack.reduce((s, id) => s + estimates[id].oneTime.high, 0)
  const state = high <= limit ? 'within' : low <= limit ? 'may-exceed' : 'over'
  const cost = `${formatUsd(low)}–${formatUsd(high)}`
  const cap = Number.isFinite(limit) ? formatUsd(limit) : 'over $50,000'
  const text =
    state === 'within'
      ? `The plan’s one-time cost (${cost}, engineering time included) fits your budget of ${cap}.`
      : state === 'may-exceed'
        ? `The plan’s one-time cost (${cost}, engineering time included) may exceed your budget of ${cap}: keep the first version small.`
        : `The plan’s one-time cost (${cost}, engineering time included) is over your budget of ${cap}, even at the low estimate: the budget needs to grow, or the work has to be done in-house over time.`
  return { limit: Number.isFinite(limit) ? limit : null, oneTime: { low, high }, state, text }
}

/** "a", "a and b", "a; b; and c": actions that may hold commas of their own. */
const actions = (list: readonly string[]) =>
  list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join('; ')}; and ${at(list, -1)}`

/** A stage's trigger: what starts it, then what must be put in place first ("once you …"). */
const trigger = (head: string, condition: string, unlocks: readonly string[]) =>
  `${head}: ${[condition, unlocks.length > 0 ? `once you ${actions(unlocks)}` : '']
    .filter((p) => p !== '')
    .join(', ')}.`

function stagesFor(
  answers: Answers,
  stack: NonEmpty<ApproachId>,
  blockers: Record<ApproachId, Blocker[]>,
  trace: DecisionTrace,
): Stage[] {
  const primary = stack[0]
  const tuned = primary === 'lora' || primary === 'full'
  const measured = answers.baseline === 'prompt-rag' ? 'prompting and RAG' : 'prompting'
  const stages: Stage[] = [
    {
      when: 'now',
      approaches: stack,
      trigger:
        primary === 'full'
          ? `Now: your measurements show ${measured} fall short and nothing stops a training run; train a LoRA adapter first as the benchmark, and retrain every weight where it falls short.`
          : tuned
            ? `Now: your measurements show ${measured} fall short, and nothing stops a training run.`
            : FACTS.targetMet(answers)
              ? 'Now: keep it; it already reaches your target, and the evaluation set keeps checking it.'
              : FACTS.measuredShort(answers)
                ? trace.trainingFits
                  ? 'Now: keep improving it while what training needs is put in place.'
                  : 'Now: iterate on it; it was measured short, and training does not fit better.'
                : 'Now: start here, and measure it on an evaluation set.',
      waitsOn: [],
    },
  ]
  if (!tuned && FACTS.trainableProblem(answers)) {
    // The measurement is the stage's own condition; every other gate is something to put in place.
    const waitsOn = blockers.lora.filter(
      (b) => b.gate !== 'nothing-measured' && b.gate !== 'target-met',
    )
    const short = trace.retrieval ? 'prompting and RAG measure' : 'prompting measures'
    const condition = FACTS.targetMet(answers)
      ? 'only if your target rises above what the current setup measures'
      : FACTS.measuredShort(answers)
        ? trace.trainingFits
          ? ''
          : `if ${short.replace(' measure', ' still measure')} short of your target after you iterate on it`
        : `if ${short} short of your target on the evaluation set`
    stages.push({
      when: 'next',
      approaches: FACTS.factsNeedRetrieval(answers) ? ['lora', 'rag'] : ['lora'],
      trigger: trigger(
        'Next, LoRA fine-tuning',
        condition,
        waitsOn.map((b) => b.unlock),
      ),
      waitsOn: blockers.lora,
    })
  } else if (
    primary === 'prompt' &&
    FACTS.informationProblem(answers) &&
    answers.corpus !== 'none'
  ) {
    stages.push({
      when: 'next',
      approaches: ['rag'],
      trigger: 'Next, RAG: if the knowledge outgrows the prompt, changes often or must be cited.',
      waitsOn: [],
    })
  }
  const loraPlanned = stages.some((s) => s.approaches.includes('lora'))
  if (
    loraPlanned &&
    primary !== 'full' &&
    (answers.depth === 'deep' || answers.examples === 'over5k')
  ) {
    // What full fine-tuning needs beyond what LoRA needs, each once.
    const missing = blockers.full
      .filter((b) => !blockers.lora.some((l) => l.gate === b.gate))
      .map((b) => b.unlock)
    stages.push({
      when: 'later',
      approaches: ['full'],
      trigger: trigger(
        'Later, full fine-tuning, only as an upgrade',
        'if a LoRA adapter measurably falls short',
        [...new Set(missing)],
      ),
      waitsOn: blockers.full,
    })
  }
  return stages
}

function confidenceFor(
  answers: Answers,
  primary: ApproachId,
  bestFit: ApproachId,
  fit: Record<ApproachId, number>,
  feasibility: Record<ApproachId, Feasibility>,
  blockers: Record<ApproachId, Blocker[]>,
  stack: readonly ApproachId[],
): Confidence {
  const others = APPROACHES.filter(
    (id) => id !== primary && !stack.includes(id) && feasibility[id] === 'feasible',
  ).sort(simplerFirst(fit))
  const runnerUp = others[0] ?? null
  const margin = runnerUp === null ? null : fit[primary] - fit[runnerUp]
  const pending = feasibility[bestFit] === 'not-yet' ? blockers[bestFit] : []
  const missing = [
    ...new Set(pending.filter((b) => b.state === 'not-yet').flatMap((b) => b.keys)),
  ] as QuestionKey[]
  if (!FACTS.problemNamed(answers)) {
    return {
      level: 'not-yet',
      margin,
      runnerUp,
      missing: ['problem'],
      text: 'A starting point, not a verdict: what needs to change is not answered yet, and every plan starts with prompting until it is.',
    }
  }
  if (missing.length > 0) {
    return {
      level: 'not-yet',
      margin,
      runnerUp,
      missing,
      text: `Not settled yet: ${name(bestFit)} fits your problem best, and it waits on answers you have not given.`,
    }
  }
  const shown = Math.round(margin ?? 0)
  const close = runnerUp !== null && margin !== null && margin < CLOSE_CALL_MARGIN
  if (!stack.includes(bestFit) && feasibility[bestFit] === 'blocked') {
    // The plan is what is possible now; the approach the problem calls for waits on something.
    const n = blockers[bestFit].length
    return {
      level: 'not-yet',
      margin,
      runnerUp,
      missing: [],
      text: `Not yet: ${name(bestFit)} fits your problem best, but ${n === 1 ? 'a prerequisite is' : `${n} prerequisites are`} missing (see what would unlock it). Until then, the plan is ${NAME_IN_SENTENCE[primary]}${close ? `, in a close call with ${NAME_IN_SENTENCE[runnerUp]}` : ''}.`,
    }
  }
  if (close) {
    return {
      level: 'close',
      margin,
      runnerUp,
      missing: [],
      text: `A close call: ${name(primary)} leads ${name(runnerUp)} by ${shown} point${shown === 1 ? '' : 's'} of fit. Try both on your evaluation set.`,
    }
  }
  return {
    level: 'clear',
    margin,
    runnerUp,
    missing: [],
    text:
      runnerUp === null
        ? `A clear lead: nothing else fits and is possible now.`
        : `A clear lead: ${name(primary)} fits ${shown} points better than ${name(runnerUp)}, the next option possible now.`,
  }
}

/**
 * The decision itself: fit, feasibility and the plan they lead to. `recommend` explains it
 * (ranking, confidence, stages, steps, costs); what-if analyses that run it many times take
 * only the plan (`planOf`).
 */
function decide(answers: Answers, assumptions: Assumptions, options: RecommendOptions) {
  const situation: Situation = {
    endingTuning: endingTuningOffer(assumptions),
    today: isoDay(options.today ?? new Date()),
  }
  const estimates = estimate(answers, assumptions)
  const { fit, reasons } = addUp(fitRows(answers, assumptions, estimates))

  // Full fine-tuning stays below LoRA unless every condition of the upgrade holds.
  if (!fullUpgradeHolds(answers) && fit.full >= fit.lora - 5) {
    fit.full = fit.lora - 5
    reasons.full.push({
      rule: 'full-is-an-upgrade',
      points: 0,
      keys: conditionKeys(FULL_UPGRADE_REQUIRES),
      text: FULL_UPGRADE_REASON,
    })
  }

  const blockers = {} as Record<ApproachId, Blocker[]>
  const feasibility = {} as Record<ApproachId, Feasibility>
  for (const id of APPROACHES) {
    const list = blockersFor(id, answers, situation)
    if (answers.budget !== undefined) {
      const b = budgetBlocker(id, estimates[id].oneTimeCompute.low, answers.budget)
      // Said once: a budget gate of the table that already rules the approach out comes first.
      if (b && !list.some((x) => x.state === 'blocked' && x.keys.includes('budget'))) list.push(b)
    }
    blockers[id] = list
    feasibility[id] = list.some((b) => b.state === 'blocked')
      ? 'blocked'
      : list.length > 0
        ? 'not-yet'
        : 'feasible'
  }

  const order = simplerFirst(fit)
  const untrained = at((['prompt', 'rag'] as const).slice().sort(order), 0)
  const problemNamed = FACTS.problemNamed(answers)
  const trainingFits = problemNamed && fit.lora > Math.max(fit.prompt, fit.rag)
  const canTrain = feasibility.lora === 'feasible'
  const fullUpgrade = feasibility.full === 'feasible' && fit.full > fit.lora
  const primary: ApproachId = !problemNamed
    ? 'prompt'
    : trainingFits && canTrain
      ? fullUpgrade
        ? 'full'
        : 'lora'
      : untrained
  const tuned = primary === 'lora' || primary === 'full'
  const retrieval = tuned ? FACTS.factsNeedRetrieval(answers) : primary === 'rag'
  const trace: DecisionTrace = { problemNamed, trainingFits, canTrain, fullUpgrade, retrieval }

  const stack: NonEmpty<ApproachId> = [primary]
  const stackReasons: Recommendation['stackReasons'] = []
  if (tuned && retrieval) {
    stack.push('rag')
    stackReasons.push({
      approach: 'rag',
      text: 'Retrieval keeps the facts fresh and checkable, while the tuned model shapes the behaviour.',
    })
  }

  return {
    situation,
    estimates,
    fit,
    reasons,
    blockers,
    feasibility,
    order,
    primary,
    trace,
    stack,
    stackReasons,
  }
}

/**
 * What to build for a set of answers, primary first: the `stack` of `recommend`, without the
 * ranking, confidence, stages, steps and risks that explain it (what-if analyses run this about
 * 45 times a result).
 */
export function planOf(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
  options: RecommendOptions = {},
): NonEmpty<ApproachId> {
  return decide(answers, assumptions, options).stack
}

/**
 * Ranks the four approaches for a set of answers and says what to build, now and next.
 * Fit (what the problem calls for) and feasibility (what the situation allows) are kept apart:
 * the primary is the best *feasible* fit, taken in the article's order (prompt or RAG, then
 * LoRA, then full fine-tuning only as an upgrade). Pure and deterministic.
 * @example recommend({ problem: ['knowledge'], freshness: 'frequent' }).stack // ['rag']
 */
export function recommend(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
  options: RecommendOptions = {},
): Recommendation {
  const decision = decide(answers, assumptions, options)
  const { situation, estimates, trace, stack, primary, fit, feasibility, blockers, order } =
    decision

  const verdictOf = (id: ApproachId): Verdict =>
    stack.includes(id)
      ? 'recommended'
      : feasibility[id] === 'feasible' && fit[id] >= VIABLE_FIT
        ? 'viable'
        : 'not-advised'
  const band = (id: ApproachId) =>
    id === primary
      ? BANDS.primary
      : stack.includes(id)
        ? BANDS.complement
        : verdictOf(id) === 'viable'
          ? BANDS.viable
          : BANDS['not-advised']
  const rest = APPROACHES.filter((id) => !stack.includes(id)).sort(
    (a, b) =>
      Number(verdictOf(a) === 'not-advised') - Number(verdictOf(b) === 'not-advised') ||
      order(a, b),
  )
  const ranked = [...stack, ...rest]
  let previous = Infinity
  const rank = (id: ApproachId): RankedApproach => {
    // Bands do not overlap and each is ordered by fit, so this only guards the order.
    const score = Math.min(place(fit[id], band(id)), previous)
    previous = score
    return {
      approach: id,
      score,
      verdict: verdictOf(id),
      prior: PRIORS[id],
      fit: fit[id],
      feasibility: feasibility[id],
      blockers: blockers[id],
      reasons: byWeight(decision.reasons[id]),
    }
  }
  const ranking = nonEmpty(ranked.map(rank), 'ranking')

  const bestFit = at([...APPROACHES].sort(order), 0)
  const stages = stagesFor(answers, stack, blockers, trace)
  return {
    ranking,
    stack,
    stackReasons: decision.stackReasons,
    bestFit,
    bestFitBlocked: feasibility[bestFit] === 'feasible' ? [] : blockers[bestFit],
    confidence: confidenceFor(answers, primary, bestFit, fit, feasibility, blockers, stack),
    stages,
    budget: budgetCheck(answers, stack, estimates),
    trace,
    estimates,
    nextSteps: nextSteps(stack, answers, stages, situation),
    risks: risksFor(answers, situation),
  }
}
