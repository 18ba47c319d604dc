import { describe, expect, it } from 'vitest'
import type { Answers } from '../contract/answers'
import { showTheMath } from '../cost/cost-math'
import { DEFAULT_ASSUMPTIONS as A, estimate, loraRunCost, range } from '../cost/estimates'
import { recommend } from './recommend'
import { at, must } from '../must'

// A brand voice at volume, with examples, a measured shortfall and a provider that sells tuning.
const ANSWERS: Answers = {
  problem: ['voice'],
  volume: 'high',
  examples: '500to5k',
  baseline: 'prompt',
  measured: 80,
  target: 95,
  team: 'some',
  budget: '1kto10k',
  hosting: 'managed-ft',
  churn: 'unlikely',
}
const ON_OPENAI = { ...A, hostedModel: 'openai:gpt-5-mini' }
const ON_TOGETHER = {
  ...ON_OPENAI,
  tunedModel: 'together:meta-llama/Llama-4-Scout-17B-16E-Instruct',
}

const loraBlocker = (r: ReturnType<typeof recommend>) =>
  must(r.ranking.find((x) => x.approach === 'lora')).blockers.find(
    (b) => b.gate === 'provider-ends-tuning',
  )

describe('hosted fine-tuning on a provider that is winding it down', () => {
  it('is LoRA at first, with the risk stated and an exit to plan', () => {
    const r = recommend(ANSWERS, ON_OPENAI, { today: '2026-03-01' })
    expect(r.stack[0]).toBe('lora')
    expect(loraBlocker(r)).toBeUndefined()
    expect(r.risks.map((x) => x.id)).toEqual(['tuning-provider-ending'])
    expect(at(r.risks, 0).text).toContain('2027-01-06')
    expect(at(r.risks, 0).text).toContain('base model is retired')
    const exit = must(r.nextSteps.find((s) => s.id === 'plan-tuning-exit'))
    expect(exit.detail).toMatch(/evaluation set/)
    expect(exit.detail).toMatch(/LoRA on open weights/)
  })

  it.each([
    ['2026-05-06', undefined],
    ['2026-05-07', 'not-yet'],
    ['2026-12-01', 'not-yet'],
    ['2027-01-06', 'not-yet'],
    ['2027-01-07', 'blocked'],
  ])('on %s its gate for LoRA is %s', (today, state) => {
    const r = recommend(ANSWERS, ON_OPENAI, { today })
    expect(loraBlocker(r)?.state).toBe(state)
    if (state) {
      expect(r.stack).not.toContain('lora')
      expect(must(loraBlocker(r)).unlock).toMatch(/still sells fine-tuning|open-weight/)
    }
  })

  it('takes the date as a Date or as YYYY-MM-DD, and gives the same answer for the same inputs', () => {
    const a = recommend(ANSWERS, ON_OPENAI, { today: new Date('2027-02-01T10:00:00Z') })
    expect(a).toEqual(recommend(ANSWERS, ON_OPENAI, { today: '2027-02-01' }))
    expect(a.nextSteps.map((s) => s.id)).toContain('plan-tuning-exit')
  })

  it.each([
    ['a LoRA base model at a provider that still sells tuning', ANSWERS, ON_TOGETHER],
    ['self-hosting', { ...ANSWERS, hosting: 'self-host' as const }, ON_OPENAI],
    ['no model chosen', ANSWERS, A],
  ])('does not apply with %s', (_, answers, assumptions) => {
    const r = recommend(answers, assumptions, { today: '2027-02-01' })
    expect(r.risks).toEqual([])
    expect(loraBlocker(r)).toBeUndefined()
    expect(r.nextSteps.map((s) => s.id)).not.toContain('plan-tuning-exit')
  })

  it('counts the retrain a retired base model forces in the running cost and the upkeep', () => {
    const a = { ...ON_OPENAI, horizonMonths: 24 }
    const ending = estimate(ANSWERS, a).lora
    const still = estimate(ANSWERS, {
      ...a,
      tunedModel: 'together:x',
      tunedInputPricePerM: a.inputPricePerM,
      tunedOutputPricePerM: a.outputPricePerM,
    }).lora
    const run = loraRunCost(a, false)
    expect(ending.monthly.low - still.monthly.low).toBeCloseTo(run.low / 24, 9)
    expect(ending.monthly.high - still.monthly.high).toBeCloseTo(run.high / 24, 9)
    expect(ending.maintenanceHours).toEqual(
      range(
        A.maintenanceHours.lora.low + (A.buildDays.lora.low * 0.5 * 8) / 24,
        A.maintenanceHours.lora.high + (A.buildDays.lora.high * 0.5 * 8) / 24,
      ),
    )
    const math = showTheMath(ANSWERS, a).lora
    expect(math.monthly.steps.map((s) => s.label).join(' | ')).toContain('Forced retrain (OpenAI')
    expect(math.maintenanceHours.value).toEqual(ending.maintenanceHours)
    expect(math.monthly.value).toEqual(ending.monthly)
  })
})
