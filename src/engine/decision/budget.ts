import type { ApproachId } from '../contract/approaches'
import type { AnswerValue } from '../contract/answers'
import type { Rule } from './rules'

/** The most each `budget` answer allows for one-time compute, in USD. */
export const BUDGET_LIMIT: Record<AnswerValue<'budget'>, number> = {
  under1k: 1_000,
  '1kto10k': 10_000,
  '10kto50k': 50_000,
  over50k: Number.POSITIVE_INFINITY,
}

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`

/** Cost rule: an approach whose cheapest compute estimate exceeds the budget is not advised. */
export function budgetRule(
  approach: ApproachId,
  cheapestCompute: number,
  limit: number,
): Pick<Rule, 'id' | 'effect' | 'cap' | 'reason'> | null {
  if (cheapestCompute <= limit) return null
  return {
    id: 'over-budget',
    effect: { [approach]: -20 },
    cap: { [approach]: 20 },
    reason: `Even the low estimate of its training and infrastructure (${usd(cheapestCompute)}) is over your one-time budget of ${usd(limit)}.`,
  }
}
