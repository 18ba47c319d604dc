import { describe, expect, it } from 'vitest'
import {
  LOW_VOLUME_EFFECT,
  TUNED_SAVING_POINTS,
  lowVolumeRule,
  tunedSavingRule,
} from './cost-rules'
import { DEFAULT_ASSUMPTIONS as A, estimate, mid, type Assumptions } from '../cost/estimates'
import { formatUsd } from '../format/cost-format'
import { recommend } from './recommend'
import type { Answers } from '../contract/answers'
import { must } from '../must'

const rule = (answers: Answers, a: Assumptions = A) =>
  tunedSavingRule(answers, a, estimate(answers, a))

describe('the tuned-model saving rule', () => {
  it('needs a volume from the user', () => {
    expect(rule({ hosting: 'self-host' })).toBeNull()
  })

  it('fires when self-hosted LoRA costs under half as much a month at 200k queries a day', () => {
    // LoRA: $3,213–10,248 running + $1,000–3,000 upkeep → about $8,731 a month;
    // prompt engineering: $15,000–21,000 + $200–600 → about $18,400 a month.
    const r = must(rule({ volume: 'high', hosting: 'self-host' }))
    expect(r.keys).toEqual(['volume', 'hosting'])
    expect(r.rule.effect).toEqual({ lora: TUNED_SAVING_POINTS })
    expect(r.rule.reason).toBe(
      'At 200,000 queries a day, a LoRA-tuned model would cost about $8,731 a month to run and maintain, against $18,400 for prompt engineering, and about $118,993 against $223,200 over 12 months, build included: it pays for itself (see the cost estimates).',
    )
  })

  it('does not fire when a hosted tuned model costs about as much as prompting', () => {
    expect(rule({ volume: 'high', hosting: 'managed-ft' })).toBeNull()
  })

  it('does not fire at a low volume, where one serving GPU costs more than the tokens', () => {
    expect(rule({ volume: 'low', hosting: 'self-host' })).toBeNull()
  })

  it('takes a volume set in the assumptions', () => {
    const r = must(rule({ hosting: 'self-host' }, { ...A, queriesPerDay: 1_000_000 }))
    expect(r.keys).toEqual(['hosting'])
    expect(r.rule.reason).toMatch(/^At 1,000,000 queries a day/)
  })

  it('shows up among LoRA’s reasons in the recommendation', () => {
    const ids = (answers: Answers) =>
      must(recommend(answers).ranking.find((r) => r.approach === 'lora')).reasons.map((r) => r.rule)
    expect(ids({ problem: ['voice'], volume: 'high', hosting: 'self-host' })).toContain(
      'tuned-model-cheaper-to-run',
    )
    expect(ids({ problem: ['voice'], volume: 'high' })).not.toContain('tuned-model-cheaper-to-run')
  })
})

describe('the low-volume rule', () => {
  const low = (answers: Answers, a: Assumptions = A) =>
    lowVolumeRule(answers, a, estimate(answers, a))

  it('quotes the totals the cost chart ends on when a tuned model does not pay for itself', () => {
    const answers: Answers = { volume: 'low', hosting: 'managed-ft' }
    const r = must(low(answers))
    const e = estimate(answers)
    expect(r.rule.effect).toEqual(LOW_VOLUME_EFFECT)
    expect(r.keys).toEqual(['volume', 'hosting'])
    expect(r.rule.reason).toContain(formatUsd(mid(e.lora.total)))
    expect(r.rule.reason).toContain(formatUsd(Math.min(mid(e.prompt.total), mid(e.rag.total))))
    expect(r.rule.reason).toMatch(/^At 500 queries a day, a tuned model does not pay for itself/)
  })

  it('is silent when the estimates say the tuned model pays off after all', () => {
    // "Under 1k a day" answered, but the assumptions carry two million queries a day.
    const answers: Answers = { volume: 'low', hosting: 'self-host' }
    const busy = { ...A, queriesPerDay: 2_000_000 }
    const e = estimate(answers, busy)
    expect(mid(e.lora.total)).toBeLessThan(mid(e.prompt.total))
    expect(low(answers, busy)).toBeNull()
    expect(low({ volume: 'medium' })).toBeNull()
  })
})
