import type { AnswerKey, Answers } from '../contract/answers'
import { formatQuantity, formatUsd } from '../format/cost-format'
import {
  mid,
  queriesPerDay,
  upkeepMonthly,
  type Assumptions,
  type CostEstimate,
  type Estimates,
} from '../cost/estimates'
import type { Rule } from './rules'

/** A tuned model counts as "far cheaper to run" at or below this share of the alternative's cost. */
export const TUNED_SAVING_RATIO = 0.5
/** Points the cost rule gives LoRA: a nudge that confirms the volume rules, never a verdict. */
export const TUNED_SAVING_POINTS = 5

const monthlyWithUpkeep = (e: CostEstimate, a: Assumptions) =>
  mid(e.monthly) + mid(upkeepMonthly(e.maintenanceHours, a))

/**
 * Cost rule, applied only when the user gave a volume (the volume answer, or queries a day in the
 * assumptions): when a LoRA-tuned model costs at most half as much a month to run and maintain
 * as the cheaper of prompt engineering and RAG, LoRA gains a few points. The article: "cost
 * matters and the system prompt + retrieved chunks is too expensive per query" is a case for
 * fine-tuning. Returns the rule and the answers it rests on, or null.
 */
export function tunedSavingRule(
  answers: Answers,
  a: Assumptions,
  estimates: Estimates,
): { rule: Pick<Rule, 'id' | 'effect' | 'reason'>; keys: AnswerKey[] } | null {
  if (answers.volume === undefined && a.queriesPerDay === null) return null
  const lora = monthlyWithUpkeep(estimates.lora, a)
  const prompt = monthlyWithUpkeep(estimates.prompt, a)
  const rag = monthlyWithUpkeep(estimates.rag, a)
  const [other, otherName] = prompt <= rag ? [prompt, 'prompt engineering'] : [rag, 'RAG']
  if (!(lora <= TUNED_SAVING_RATIO * other)) return null
  const keys: AnswerKey[] = []
  if (answers.volume !== undefined) keys.push('volume')
  if (answers.hosting !== undefined) keys.push('hosting')
  return {
    keys,
    rule: {
      id: 'tuned-model-cheaper-to-run',
      effect: { lora: TUNED_SAVING_POINTS },
      reason: `At ${formatQuantity(queriesPerDay(answers, a))} queries a day, a LoRA-tuned model would cost about ${formatUsd(lora)} a month to run and maintain, against ${formatUsd(other)} for ${otherName}: less than half (see the cost estimates).`,
    },
  }
}
