import { analyseSensitivity, atAGlance, formatUsdShort, pivotOf, type Range } from '../../engine'
import { formatRange, planTitle, type DecisionExportInput } from './decision-summary'

const usd = (r: Range) => formatRange(r, formatUsdShort)
const days = (r: Range) => formatRange(r, (n) => String(Math.max(1, Math.round(n))))

const BUDGET_WORD = { within: 'within', 'may-exceed': 'may exceed', over: 'over' } as const

/**
 * The decision in three lines and the link, for a chat: the plan and how sure, what it costs
 * against the budget, and the one answer that would change it. Pure.
 * @example shortSummary(input).split('\n')
 * // ['Plan: LoRA fine-tuning + RAG (a clear lead).', 'Cost: …', 'Would change it: …', 'https://…']
 */
export function shortSummary(input: Omit<DecisionExportInput, 'date'>): string {
  const { answers, assumptions, recommendation, link } = input
  const glance = atAGlance(recommendation, answers)
  const { budget, confidence } = glance
  const sure = confidence.text.replace(/:.*$/, '').toLowerCase()
  const budgetPart = budget
    ? `, ${BUDGET_WORD[budget.state]} the budget of ${budget.limit === null ? 'over $50k' : `up to ${formatUsdShort(budget.limit)}`}`
    : ''
  const pivot = pivotOf(analyseSensitivity(answers, assumptions))
  return [
    `Plan: ${planTitle(recommendation)} (${sure}).`,
    `Cost: ${usd(glance.oneTime)} one-time${budgetPart}; ${usd(glance.monthly)} a month; a first version in ${days(glance.buildDays)} days.`,
    `Would change it: ${pivot.text}`,
    link,
  ].join('\n')
}
