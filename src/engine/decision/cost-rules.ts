import type { AnswerKey, Answers } from '../contract/answers'
import { formatQuantity, formatUsd } from '../format/cost-format'
import { mid, queriesPerDay, type Assumptions, type Estimates } from '../cost/estimates'
import { costLine, NAME_IN_SENTENCE } from '../cost/cost-break-even'
import type { Rule } from './rules'

/** A tuned model counts as "far cheaper to run" at or below this share of the alternative's cost. */
export const TUNED_SAVING_RATIO = 0.5
/** Points the cost rule gives LoRA: a nudge that confirms the volume rules, never a verdict. */
export const TUNED_SAVING_POINTS = 5
/** What the low-volume rule takes away: a tuned model that cannot pay for itself there. */
export const LOW_VOLUME_EFFECT = { prompt: 5, lora: -10, full: -15 } as const

/** A cost rule's verdict: the rule as it fired, and the answers it rests on. */
export type CostRule = { rule: Pick<Rule, 'id' | 'effect' | 'reason'>; keys: AnswerKey[] }

/**
 * LoRA against the cheaper of prompt engineering and RAG, from the estimates the cost section
 * shows: running and upkeep a month, and the total over the horizon (build included).
 */
function tunedAgainstUntrained(e: Estimates, a: Assumptions) {
  const [other, otherName] =
    mid(e.prompt.total) <= mid(e.rag.total)
      ? ([e.prompt, NAME_IN_SENTENCE.prompt] as const)
      : ([e.rag, NAME_IN_SENTENCE.rag] as const)
  return {
    otherName,
    monthly: costLine(e.lora, a).perMonth,
    otherMonthly: costLine(other, a).perMonth,
    total: mid(e.lora.total),
    otherTotal: mid(other.total),
  }
}

/** The answers a cost rule rests on: the volume (when answered) and where the model runs. */
function costKeys(answers: Answers): AnswerKey[] {
  const keys: AnswerKey[] = []
  if (answers.volume !== undefined) keys.push('volume')
  if (answers.hosting !== undefined) keys.push('hosting')
  return keys
}

/**
 * Cost rule, applied only when the user gave a volume (the volume answer, or queries a day in the
 * assumptions): when a LoRA-tuned model costs at most half as much a month to run and maintain
 * as the cheaper of prompt engineering and RAG, and so pays for its build within the horizon,
 * LoRA gains a few points. The article: "cost matters and the system prompt + retrieved chunks is
 * too expensive per query" is a case for fine-tuning. Every figure is the cost section's own.
 * Returns the rule and the answers it rests on, or null.
 */
export function tunedSavingRule(
  answers: Answers,
  a: Assumptions,
  estimates: Estimates,
): CostRule | null {
  if (answers.volume === undefined && a.queriesPerDay === null) return null
  const c = tunedAgainstUntrained(estimates, a)
  if (!(c.monthly <= TUNED_SAVING_RATIO * c.otherMonthly) || !(c.total < c.otherTotal)) return null
  return {
    keys: costKeys(answers),
    rule: {
      id: 'tuned-model-cheaper-to-run',
      effect: { lora: TUNED_SAVING_POINTS },
      reason: `At ${formatQuantity(queriesPerDay(answers, a))} queries a day, a LoRA-tuned model would cost about ${formatUsd(c.monthly)} a month to run and maintain, against ${formatUsd(c.otherMonthly)} for ${c.otherName}, and about ${formatUsd(c.total)} against ${formatUsd(c.otherTotal)} over ${a.horizonMonths} months, build included: it pays for itself (see the cost estimates).`,
    },
  }
}

/**
 * Cost rule for a low volume (under 1k queries a day): a tuned model there saves too little to
 * pay for its build. It speaks only when the estimates agree (LoRA costs more over the horizon
 * than the cheaper of prompt engineering and RAG), and quotes them.
 */
export function lowVolumeRule(
  answers: Answers,
  a: Assumptions,
  estimates: Estimates,
): CostRule | null {
  if (answers.volume !== 'low') return null
  const c = tunedAgainstUntrained(estimates, a)
  if (c.total < c.otherTotal) return null
  return {
    keys: costKeys(answers),
    rule: {
      id: 'low-volume',
      effect: LOW_VOLUME_EFFECT,
      reason: `At ${formatQuantity(queriesPerDay(answers, a))} queries a day, a tuned model does not pay for itself: over ${a.horizonMonths} months LoRA fine-tuning would cost about ${formatUsd(c.total)}, build included, against ${formatUsd(c.otherTotal)} for ${c.otherName} (see the cost estimates).`,
    },
  }
}
