import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES } from './approaches'
import {
  DEFAULT_ASSUMPTIONS as A,
  estimate,
  fullRunCost,
  loraRunCost,
  queriesPerDay,
  ragCostPer1kQueries,
  range,
  servingMonthly,
  tokenCostPerQuery,
  type Range,
} from './estimates'
import { answersArb } from './testing/arbitraries'

const within = (r: Range, low: number, high: number) => {
  expect(r.low).toBeGreaterThanOrEqual(low)
  expect(r.high).toBeLessThanOrEqual(high)
}

describe('the article’s figures at default assumptions', () => {
  it('RAG costs under $5 per 1k queries', () => {
    const r = ragCostPer1kQueries(A)
    // (800 + 1,500..2,500) × $1/M + 300 × $4/M + 800 × $0.02/M, × 1,000
    expect(r.low).toBeCloseTo(3.516, 3)
    expect(r.high).toBeCloseTo(4.516, 3)
    expect(r.high).toBeLessThan(5)
  })

  it('a managed LoRA run costs $100–1,000', () => {
    // 1.5..10 M tokens × 3 epochs × $25/M
    expect(loraRunCost(A, false)).toEqual(range(112.5, 750))
    within(loraRunCost(A, false), 100, 1000)
  })

  it('a self-hosted LoRA run takes hours of one GPU', () => {
    const r = loraRunCost(A, true)
    expect(r.low).toBeCloseTo(4 * 2.2)
    expect(r.high).toBeCloseTo(24 * 3.5)
  })

  it('a full fine-tuning run costs $5,000–50,000+', () => {
    const r = fullRunCost(A)
    expect(r.low).toBeCloseTo(32 * 72 * 2.2) // 5,068.8
    expect(r.high).toBeCloseTo(64 * 240 * 3.5) // 53,760
    expect(r.low).toBeGreaterThanOrEqual(5000)
    expect(r.high).toBeGreaterThanOrEqual(50000)
  })

  it('prompt engineering needs no compute to build', () => {
    expect(estimate({}).prompt.oneTimeCompute).toEqual(range(0))
  })
})

describe('formulas', () => {
  it('prices a query from its tokens', () => {
    expect(tokenCostPerQuery(range(1000, 2000), 500, 2, 10)).toEqual(range(0.007, 0.009))
  })

  it('takes queries a day from the volume answer unless overridden', () => {
    expect(queriesPerDay({ volume: 'high' }, A)).toBe(200_000)
    expect(queriesPerDay({}, A)).toBe(10_000)
    expect(queriesPerDay({ volume: 'high' }, { ...A, queriesPerDay: 42 })).toBe(42)
  })

  it('serves a self-hosted model with one replica per 100k queries a day', () => {
    const one = servingMonthly(range(1), 50_000, A)
    expect(one.low).toBeCloseTo(2.2 * 730)
    expect(servingMonthly(range(1), 250_000, A).low).toBeCloseTo(3 * 2.2 * 730)
  })

  it('adds up prompt engineering for 10k queries a day', () => {
    const e = estimate({ volume: 'medium' }).prompt
    // 300k queries × ((800 + 500..1,500) × $1 + 300 × $4) / 1M
    expect(e.monthly.low).toBeCloseTo((300_000 * (1300 + 1200)) / 1e6)
    expect(e.monthly.high).toBeCloseTo((300_000 * (2300 + 1200)) / 1e6)
    expect(e.oneTime).toEqual(range(800, 4000))
    expect(e.total.low).toBeCloseTo(800 + 12 * e.monthly.low)
  })

  it('serves self-hosted LoRA on GPUs and hosted LoRA per token', () => {
    const self = estimate({ hosting: 'self-host', volume: 'high' }).lora
    const hosted = estimate({ hosting: 'managed-ft', volume: 'high' }).lora
    expect(self.monthly.low).toBeLessThan(hosted.monthly.low)
  })
})

describe('estimate properties', () => {
  const volumes = ['low', 'medium', 'high'] as const
  it('is never negative, low ≤ high, and monthly cost never falls as volume grows', () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (a, q1, q2) => {
          const e = estimate(a)
          for (const id of APPROACHES) {
            for (const r of Object.values(e[id]) as Range[]) {
              expect(r.low).toBeGreaterThanOrEqual(0)
              expect(r.low).toBeLessThanOrEqual(r.high)
            }
          }
          const [small, big] = q1 <= q2 ? [q1, q2] : [q2, q1]
          const eSmall = estimate(a, { ...A, queriesPerDay: small })
          const eBig = estimate(a, { ...A, queriesPerDay: big })
          for (const id of APPROACHES) {
            expect(eSmall[id].monthly.low).toBeLessThanOrEqual(eBig[id].monthly.low)
            expect(eSmall[id].monthly.high).toBeLessThanOrEqual(eBig[id].monthly.high)
          }
          for (let i = 1; i < volumes.length; i++) {
            const lo = estimate({ ...a, volume: volumes[i - 1] })
            const hi = estimate({ ...a, volume: volumes[i] })
            for (const id of APPROACHES)
              expect(lo[id].monthly.high).toBeLessThanOrEqual(hi[id].monthly.high)
          }
        },
      ),
    )
  })
})
