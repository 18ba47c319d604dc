import { APPROACHES, COMPLEXITY, type ApproachId } from '../contract/approaches'
import { type AnswerKey, type Answers } from '../contract/answers'
import { conditionKeys, matches } from './conditions'
import { DEFAULT_ASSUMPTIONS, estimate, type Assumptions, type Estimates } from '../cost/estimates'
import { nextSteps, type NextStep } from './next-steps'
import {
  COMPLEMENTS,
  FULL_UPGRADE_REASON,
  FULL_UPGRADE_REQUIRES,
  PRIORS,
  RULES,
  type Rule,
} from './rules'
import { BUDGET_LIMIT, budgetRule } from './budget'
import { tunedSavingRule } from './cost-rules'

export type Verdict = 'recommended' | 'viable' | 'not-advised'

/** One rule's effect on one approach, in words. */
export interface Reason {
  /** The rule's id, e.g. `under-500-examples`. */
  rule: string
  /** Points added or taken away; 0 when the rule only sets a ceiling. */
  points: number
  /** The ceiling the rule sets, if any. */
  cap?: number
  /** The answers that triggered it (or, for the full fine-tuning gate, that decide it). */
  keys: AnswerKey[]
  text: string
}

export interface RankedApproach {
  approach: ApproachId
  /** 0..100 */
  score: number
  verdict: Verdict
  /** Where the approach started before any answer (the 80/15/5 prior). */
  prior: number
  reasons: Reason[]
}

export interface Recommendation {
  /** Best first; `ranking[0].approach === stack[0]`. */
  ranking: RankedApproach[]
  /** What to build, primary first. */
  stack: ApproachId[]
  /** Why each non-primary member of the stack is there. */
  stackReasons: { approach: ApproachId; text: string }[]
  estimates: Estimates
  nextSteps: NextStep[]
}

/** Below this score an approach is not advised, even when no rule rules it out. */
export const NOT_ADVISED_BELOW = 35

/**
 * Heaviest first: ceilings (a cap, or the full fine-tuning gate that keeps it below LoRA), then
 * the largest effects; rule order breaks ties (sort is stable).
 */
const isCeiling = (r: Reason) => r.cap !== undefined || r.points === 0
const byWeight = (list: Reason[]) =>
  [...list].sort(
    (a, b) =>
      Number(isCeiling(b)) - Number(isCeiling(a)) || Math.abs(b.points) - Math.abs(a.points),
  )

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)))

function applyRule(
  rule: Pick<Rule, 'id' | 'effect' | 'cap' | 'reason'>,
  keys: AnswerKey[],
  raw: Record<ApproachId, number>,
  caps: Record<ApproachId, number>,
  reasons: Record<ApproachId, Reason[]>,
) {
  for (const id of APPROACHES) {
    const points = rule.effect?.[id] ?? 0
    const cap = rule.cap?.[id]
    if (points === 0 && cap === undefined) continue
    raw[id] += points
    const reason: Reason = { rule: rule.id, points, keys, text: rule.reason }
    if (cap !== undefined) {
      caps[id] = Math.min(caps[id], cap)
      reason.cap = cap
    }
    reasons[id].push(reason)
  }
}

/**
 * Ranks the four approaches for a set of answers and says what to build.
 * Pure and deterministic: the same answers (in any order) give the same result.
 * @example recommend({ problem: ['knowledge'], freshness: 'frequent' }).stack // ['rag']
 */
export function recommend(
  answers: Answers,
  assumptions: Assumptions = DEFAULT_ASSUMPTIONS,
): Recommendation {
  const raw = { ...PRIORS }
  // No ceiling until a rule sets one; raw scores may exceed 100 (shown clamped) so ties stay rare.
  const caps: Record<ApproachId, number> = {
    prompt: Infinity,
    rag: Infinity,
    lora: Infinity,
    full: Infinity,
  }
  const reasons: Record<ApproachId, Reason[]> = { prompt: [], rag: [], lora: [], full: [] }

  for (const rule of RULES) {
    if (!matches(rule.when, answers)) continue
    if (rule.and && !matches(rule.and, answers)) continue
    if (rule.unless && matches(rule.unless, answers)) continue
    applyRule(rule, conditionKeys(rule.when, rule.and), raw, caps, reasons)
  }

  const estimates = estimate(answers, assumptions)
  if (answers.budget !== undefined) {
    for (const id of APPROACHES) {
      const rule = budgetRule(id, estimates[id].oneTimeCompute.low, BUDGET_LIMIT[answers.budget])
      if (rule) applyRule(rule, ['budget'], raw, caps, reasons)
    }
  }
  const saving = tunedSavingRule(answers, assumptions, estimates)
  if (saving) applyRule(saving.rule, saving.keys, raw, caps, reasons)

  const finalRaw = {} as Record<ApproachId, number>
  for (const id of APPROACHES) finalRaw[id] = Math.min(raw[id], caps[id])
  if (!matches(FULL_UPGRADE_REQUIRES, answers) && finalRaw.full >= finalRaw.lora) {
    finalRaw.full = finalRaw.lora - 1
    reasons.full.push({
      rule: 'full-is-an-upgrade',
      points: 0,
      keys: conditionKeys(FULL_UPGRADE_REQUIRES),
      text: FULL_UPGRADE_REASON,
    })
  }

  const order = [...APPROACHES].sort(
    (a, b) => finalRaw[b] - finalRaw[a] || COMPLEXITY[a] - COMPLEXITY[b],
  )
  const primary = order[0]!
  const capped = (id: ApproachId) => caps[id] < Infinity

  const stack: ApproachId[] = [primary]
  const stackReasons: Recommendation['stackReasons'] = []
  for (const c of COMPLEMENTS) {
    if (!c.primary.includes(primary) || stack.includes(c.add)) continue
    if (capped(c.add) || clamp(finalRaw[c.add]) < c.minScore) continue
    if (!matches(c.when, answers) || (c.unless && matches(c.unless, answers))) continue
    stack.push(c.add)
    stackReasons.push({ approach: c.add, text: c.reason })
  }

  const ranking = order.map((id): RankedApproach => ({
    approach: id,
    score: clamp(finalRaw[id]),
    verdict: stack.includes(id)
      ? 'recommended'
      : capped(id) || clamp(finalRaw[id]) < NOT_ADVISED_BELOW
        ? 'not-advised'
        : 'viable',
    prior: PRIORS[id],
    reasons: byWeight(reasons[id]),
  }))

  return { ranking, stack, stackReasons, estimates, nextSteps: nextSteps(stack, answers) }
}
