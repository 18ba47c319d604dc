import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES } from '../contract/approaches'
import { FIGURES, showTheMath, volumeSource } from './cost-math'
import { DEFAULT_ASSUMPTIONS as A, estimate, upkeepMonthly } from './estimates'
import { answersArb } from '../testing/arbitraries'
import { assumptionsArb } from '../testing/cost-arbitraries'
import { at, must } from '../must'

const numbers = (math: ReturnType<typeof showTheMath>, id: 'prompt' | 'rag' | 'lora' | 'full') =>
  Object.fromEntries(
    FIGURES.map((f) => [f, math[id][f].steps.map((s) => `${s.label}: ${s.numbers} = ${s.result}`)]),
  )

describe('show the math', () => {
  it('plugs the default numbers into RAG’s running cost', () => {
    const steps = showTheMath({ volume: 'medium' }).rag.monthly.steps
    expect(steps.map((s) => `${s.label}: ${s.numbers} = ${s.result}`)).toEqual([
      'Queries a day: 10,000 = 10,000',
      'Queries a month: 10,000 × 30 = 300,000',
      'Cost a query: (800 + 1,500–2,500) × $1 / 1M + 300 × $4 / 1M + 800 × $0.02 / 1M = $0.003516–0.004516',
      'Running cost a month: 300,000 × $0.003516–0.004516 + $0–100 = $1,055–1,455',
    ])
    expect(at(steps, -1).formula).toBe('queries a month × cost a query + vector store')
  })

  it('explains self-hosted LoRA by its serving GPUs and hosted LoRA by its tokens', () => {
    const self = numbers(showTheMath({ volume: 'high', hosting: 'self-host' }), 'lora')
    expect(self.monthly).toEqual([
      'Queries a day: 200,000 = 200,000',
      'Serving replicas: 200,000 ÷ 100,000 = 2',
      'Serving: 2 × 1–2 × $2.20–3.50 × 730 = $3,212–10,220',
      'One LoRA run (self-hosted): 4–24 × $2.20–3.50 = $8.80–84',
      'Retraining, spread over the months: $8.80–84 × 2–4 ÷ 12 = $1.47–28',
      'Running cost a month: $3,212–10,220 + $1.47–28 = $3,213–10,248',
    ])
    const hosted = numbers(showTheMath({ hosting: 'managed-ft' }), 'lora')
    expect(hosted.oneTime).toEqual([
      'Engineering: 10–25 × $800 = $8,000–20,000',
      'One LoRA run (managed): 1.5–10 × 3 × $25 = $112.50–750',
      'Runs, failed and repeated ones included: 2–4 × (1 + 25%) = 2.5–5',
      'Evaluating every run: 2.5–5 × 200 × $0.003–0.004 = $1.50–4',
      'Training: 2.5–5 × $112.50–750 + $1.50–4 = $282.75–3,754',
      'One-time cost: $8,000–20,000 + $282.75–3,754 = $8,283–23,754',
    ])
    expect(must(hosted.monthly).join('\n')).toMatch(/Cost a query on the hosted tuned model/)
  })

  it('adds up the total and the upkeep with the user’s horizon and day rate', () => {
    const math = showTheMath({}, { ...A, horizonMonths: 24, engineerDayRate: 1_000 })
    expect(at(math.prompt.upkeep.steps, 0).numbers).toBe('2–6 × $1,000 ÷ 8')
    expect(math.prompt.upkeep.result).toBe('$250–750')
    expect(at(math.prompt.total.steps, 0).numbers).toMatch(/× 24$/)
    expect(at(math.prompt.buildDays.steps, 0).formula).toMatch(/no training/)
  })

  it('says where the daily volume comes from', () => {
    expect(volumeSource({ volume: 'high' }, A)).toMatch(/volume answer/)
    expect(volumeSource({}, { ...A, queriesPerDay: 7 })).toMatch(/set in the assumptions/)
    expect(volumeSource({}, A)).toMatch(/not answered/)
    expect(at(showTheMath({}, { ...A, queriesPerDay: 7 }).rag.monthly.steps, 0).formula).toMatch(
      /set in the assumptions/,
    )
    expect(at(showTheMath({}).rag.monthly.steps, 0).formula).toMatch(/not answered/)
  })

  it(
    'always ends on the very figure the estimates give, for any answers and assumptions',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(answersArb, assumptionsArb, (answers, a) => {
          const e = estimate(answers, a)
          const math = showTheMath(answers, a)
          for (const id of APPROACHES) {
            const expected = {
              oneTime: e[id].oneTime,
              monthly: e[id].monthly,
              upkeep: upkeepMonthly(e[id].maintenanceHours, a),
              buildDays: e[id].buildDays,
              maintenanceHours: e[id].maintenanceHours,
              total: e[id].total,
            }
            for (const f of FIGURES) {
              const m = math[id][f]
              expect(m.value).toEqual(expected[f])
              expect(at(m.steps, -1).value).toEqual(m.value)
              for (const s of m.steps) {
                expect(s.formula.length).toBeGreaterThan(0)
                expect(s.numbers.length).toBeGreaterThan(0)
                expect(s.result).not.toMatch(/NaN|undefined/)
              }
            }
          }
        }),
        { numRuns: 60 },
      )
    },
  )
})
