import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES } from '../contract/approaches'
import {
  DEFAULT_ASSUMPTIONS as A,
  cumulativeCost,
  engineeringCost,
  estimate,
  fullRunCost,
  indexingCost,
  loraRunCost,
  mid,
  promptCostPerQuery,
  queriesPerDay,
  queryEmbeddingCost,
  ragCostPer1kQueries,
  range,
  replicasFor,
  retrainMonthly,
  servingMonthly,
  tokenCostPerQuery,
  tunedCostPerQuery,
  upkeepMonthly,
  type Assumptions,
  type Range,
} from './estimates'
import type { Answers } from '../contract/answers'
import { answersArb } from '../testing/arbitraries'
import { assumptionsArb } from '../testing/cost-arbitraries'
import { at } from '../must'

const close = (r: Range, low: number, high: number) => {
  expect(r.low).toBeCloseTo(low, 6)
  expect(r.high).toBeCloseTo(high, 6)
}

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
    // upkeep: 2..6 h × $800 / 8 = $200..600 a month
    expect(e.total.low).toBeCloseTo(800 + 12 * (e.monthly.low + 200))
    expect(e.total.high).toBeCloseTo(4000 + 12 * (e.monthly.high + 600))
  })

  it('serves self-hosted LoRA on GPUs and hosted LoRA per token', () => {
    const self = estimate({ hosting: 'self-host', volume: 'high' }).lora
    const hosted = estimate({ hosting: 'managed-ft', volume: 'high' }).lora
    expect(self.monthly.low).toBeLessThan(hosted.monthly.low)
  })
})

describe('each formula, by hand', () => {
  it.each([
    // (800 + 500..1,500) × $1/M + 300 × $4/M
    ['a prompt-engineered query', promptCostPerQuery(A), 0.0025, 0.0035],
    // (800 × $1 + 300 × $4) / 1M × 1.5..2
    ['a query on a hosted tuned model', tunedCostPerQuery(A), 0.003, 0.004],
    // 5 M tokens × $0.02
    ['indexing the knowledge', range(indexingCost(A)), 0.1, 0.1],
    // 800 tokens × $0.02 / 1M
    ['embedding one query', range(queryEmbeddingCost(A)), 0.000016, 0.000016],
    // $120 a run × 3..6 runs a year / 12
    ['retraining a month', retrainMonthly(range(120), range(3, 6)), 30, 60],
    // 10..25 days × $800
    ['engineering', engineeringCost(range(10, 25), A), 8_000, 20_000],
    // 10..30 h × $800 / 8
    ['upkeep a month', upkeepMonthly(range(10, 30), A), 1_000, 3_000],
  ])('%s', (_name, r, low, high) => close(r, low, high))

  it.each([
    [0, 1],
    [1, 1],
    [100_000, 1],
    [100_001, 2],
    [250_000, 3],
  ])('serves %d queries a day with %d replica(s)', (qpd, replicas) => {
    expect(replicasFor(qpd, A)).toBe(replicas)
  })

  it('uses the serving GPU rate, not the training one, for serving', () => {
    const a = { ...A, servingGpuHourly: range(1), gpuHourly: range(100) }
    expect(servingMonthly(range(2), 10, a)).toEqual(range(2 * 730))
  })

  it('adds up self-hosted LoRA at 200k queries a day', () => {
    const e = estimate({ hosting: 'self-host', volume: 'high' }).lora
    // serving: 2 replicas × 1..2 GPUs × $2.2..3.5 × 730 h = $3,212..10,220
    // retraining: (4 h × $2.2 = $8.80) × 2 / 12 .. (24 h × $3.5 = $84) × 4 / 12
    close(e.monthly, 3_212 + (8.8 * 2) / 12, 10_220 + (84 * 4) / 12)
    // 10..25 days × $800 + 2..4 runs × 1.25 (a quarter fail or are repeated) × $8.80..84
    // + those 2.5..5 runs × 200 evaluation queries × $0.003..0.004 (the hosted tuned price)
    close(e.oneTime, 8_000 + 22 + 1.5, 20_000 + 420 + 4)
    close(e.oneTimeCompute, 22 + 1.5, 420 + 4)
    // 10..25 days + 2..4 runs × 4..24 h / 24
    close(e.buildDays, 10 + 8 / 24, 25 + 4)
  })

  it('adds up hosted LoRA per token with a managed training run', () => {
    const e = estimate({ hosting: 'managed-ft', volume: 'medium' }).lora
    // 300k queries × $0.003..0.004 + $112.5..750 × 2..4 / 12
    close(e.monthly, 900 + 18.75, 1_200 + 250)
    // 2.5..5 runs × $112.5..750 + 2.5..5 × 200 × $0.003..0.004
    close(e.oneTimeCompute, 281.25 + 1.5, 3_750 + 4)
  })

  it('adds up full fine-tuning at 200k queries a day', () => {
    const e = estimate({ volume: 'high' }).full
    // serving: 2 × 4..8 GPUs × $2.2..3.5 × 730; retraining: $5,068.8..53,760 × 1..2 / 12
    close(e.monthly, 2 * 4 * 2.2 * 730 + 5_068.8 / 12, 2 * 8 * 3.5 * 730 + (53_760 * 2) / 12)
    // 1.25..2.5 runs × $5,068.8..53,760 + 1.25..2.5 × 200 × $0.003..0.004
    close(e.oneTimeCompute, 6_336 + 0.75, 134_400 + 2)
    close(e.oneTime, 24_000 + 6_336.75, 72_000 + 134_402)
  })

  it('adds up RAG over 12 months at 10k queries a day', () => {
    const e = estimate({ volume: 'medium' }).rag
    // one-time: 3..10 days × $800 + indexing $0.10
    close(e.oneTime, 2_400.1, 8_000.1)
    // 300k queries × $0.003516..0.004516 + vector store $0..100
    close(e.monthly, 1_054.8, 1_454.8)
    // one-time + (running + upkeep 8..20 h × $100) × 12
    close(e.total, 2_400.1 + 12 * (1_054.8 + 800), 8_000.1 + 12 * (1_454.8 + 2_000))
  })

  it('adds up cumulative cost month by month, ending at the total', () => {
    const e = estimate({ volume: 'medium' }).rag
    close(cumulativeCost(e, 0, A), e.oneTime.low, e.oneTime.high)
    close(cumulativeCost(e, 12, A), e.total.low, e.total.high)
  })

  it('keeps LoRA 10–100× cheaper to train than full fine-tuning (the article)', () => {
    const ratio = mid(fullRunCost(A)) / mid(loraRunCost(A, false))
    expect(ratio).toBeGreaterThanOrEqual(10)
    expect(ratio).toBeLessThanOrEqual(100)
  })
})

/**
 * No range of the estimates is negative or has its low above its high, and the monthly cost does
 * not fall when the queries a day grow from the smaller of q1 and q2 to the larger.
 */
function expectSoundEstimates(answers: Answers, a: Assumptions, q1: number, q2: number) {
  const e = estimate(answers, a)
  for (const id of APPROACHES) {
    for (const r of Object.values(e[id]) as Range[]) {
      expect(r.low).toBeGreaterThanOrEqual(0)
      expect(r.low).toBeLessThanOrEqual(r.high)
    }
  }
  const [small, big] = q1 <= q2 ? [q1, q2] : [q2, q1]
  const eSmall = estimate(answers, { ...a, queriesPerDay: small })
  const eBig = estimate(answers, { ...a, queriesPerDay: big })
  for (const id of APPROACHES) {
    expect(eSmall[id].monthly.low).toBeLessThanOrEqual(eBig[id].monthly.low)
    expect(eSmall[id].monthly.high).toBeLessThanOrEqual(eBig[id].monthly.high)
  }
}

describe('estimate properties', () => {
  it(
    'holds for any assumptions: never negative, low ≤ high, monthly never falls with volume',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          answersArb,
          assumptionsArb,
          fc.double({ min: 0, max: 1e9, noNaN: true }),
          fc.double({ min: 0, max: 1e9, noNaN: true }),
          (answers, a, q1, q2) => {
            expectSoundEstimates(answers, a, q1, q2)
          },
        ),
      )
    },
  )

  const volumes = ['low', 'medium', 'high'] as const
  it(
    'is never negative, low ≤ high, and monthly cost never falls as volume grows',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(
          answersArb,
          fc.integer({ min: 0, max: 5_000_000 }),
          fc.integer({ min: 0, max: 5_000_000 }),
          (a, q1, q2) => {
            expectSoundEstimates(a, A, q1, q2)
            for (let i = 1; i < volumes.length; i++) {
              const lo = estimate({ ...a, volume: at(volumes, i - 1) })
              const hi = estimate({ ...a, volume: at(volumes, i) })
              for (const id of APPROACHES)
                expect(lo[id].monthly.high).toBeLessThanOrEqual(hi[id].monthly.high)
            }
          },
        ),
      )
    },
  )
})
