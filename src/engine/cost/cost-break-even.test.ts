import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES, type ApproachId } from '../contract/approaches'
import {
  breakEvenMonth,
  breakEvenVolume,
  compareCosts,
  costCurves,
  describeCrossing,
  describeVolumeBreakEven,
  findCrossings,
} from './cost-break-even'
import {
  DEFAULT_ASSUMPTIONS as A,
  estimate,
  mid,
  range,
  type CostEstimate,
  type Estimates,
} from './estimates'
import { answersArb } from '../testing/arbitraries'
import { typedAssumptionsArb } from '../testing/cost-arbitraries'
import { must } from '../must'

/** Hand-made estimates: one-time and monthly cost per approach, no upkeep. */
function made(lines: Record<ApproachId, [number, number]>): Estimates {
  const out = {} as Estimates
  for (const id of APPROACHES) {
    const [oneTime, monthly] = lines[id]
    const e: CostEstimate = {
      oneTime: range(oneTime),
      oneTimeCompute: range(0),
      monthly: range(monthly),
      buildDays: range(1),
      maintenanceHours: range(0),
      total: range(oneTime + 12 * monthly),
    }
    out[id] = e
  }
  return out
}

describe('breakEvenMonth', () => {
  it.each([
    ['dearer to build, cheaper to run', [10_000, 1_000], [3_000, 2_000], 7],
    ['cheaper from the start', [1_000, 1_000], [3_000, 2_000], null],
    ['never cheaper', [10_000, 3_000], [3_000, 2_000], null],
    ['the same to run', [10_000, 2_000], [3_000, 2_000], null],
  ] as const)('%s', (_name, [xs, xm], [ys, ym], month) => {
    expect(breakEvenMonth({ start: xs, perMonth: xm }, { start: ys, perMonth: ym })).toBe(month)
  })
})

describe('findCrossings', () => {
  // LoRA: $10k to build, $1k a month; RAG: $3k and $2k; prompt: $1k and $5k; full: never pays.
  const e = made({
    prompt: [1_000, 5_000],
    rag: [3_000, 2_000],
    lora: [10_000, 1_000],
    full: [90_000, 4_000],
  })

  it('finds each catch-up, earliest first, with the first whole month it is strictly cheaper', () => {
    const found = findCrossings(e, A).map((c) => [c.cheaper, c.than, c.atMonth, c.month])
    expect(found).toEqual([
      ['rag', 'prompt', 2 / 3, 1],
      ['lora', 'prompt', 2.25, 3],
      ['lora', 'rag', 7, 8], // equal at the end of month 7, cheaper from month 8
      ['full', 'prompt', 89, 90],
    ])
  })

  it('flags crossings beyond the horizon and says them in words', () => {
    const [, , loraRag, fullPrompt] = findCrossings(e, A)
    expect(must(loraRag).withinHorizon).toBe(true)
    expect(must(fullPrompt).withinHorizon).toBe(false)
    expect(describeCrossing(must(loraRag), e, A, 200_000)).toBe(
      'LoRA fine-tuning becomes cheaper than RAG in month 8 at 200,000 queries a day: it costs more to build ($10,000 against $3,000) but less to run ($1,000 against $2,000 a month, upkeep included).',
    )
    expect(describeCrossing(must(fullPrompt), e, A, 10)).toMatch(
      /only in month 90, beyond your 12-month horizon/,
    )
  })

  it(
    'agrees with the cumulative curves, for any answers and assumptions',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(answersArb, typedAssumptionsArb, (answers, a) => {
          const estimates = estimate(answers, a)
          const curves = costCurves(estimates, a)
          expect(curves).toHaveLength(a.horizonMonths + 1)
          const crossings = findCrossings(estimates, a)
          for (const c of crossings) {
            for (const p of curves) {
              if (p.month === 0) continue
              if (p.month < c.month)
                expect(p.cost[c.cheaper]).toBeGreaterThanOrEqual(p.cost[c.than])
              else expect(p.cost[c.cheaper]).toBeLessThan(p.cost[c.than])
            }
          }
          for (const x of APPROACHES)
            for (const y of APPROACHES) {
              if (x === y || crossings.some((c) => c.cheaper === x && c.than === y)) continue
              // No catch-up: once x is not below y, it never gets below it again.
              const below = curves.filter((p) => p.month > 0).map((p) => p.cost[x] < p.cost[y])
              expect(
                below.some((b, i) => !b && below[i + 1] === true),
                `${x} vs ${y}`,
              ).toBe(false)
            }
          for (const p of curves)
            for (const id of APPROACHES) {
              expect(p.range[id].low).toBeLessThanOrEqual(p.range[id].high)
              expect(Math.abs(p.cost[id] - mid(p.range[id]))).toBeLessThanOrEqual(
                1e-9 * p.cost[id] + 1e-9,
              )
            }
        }),
        { numRuns: 80 },
      )
    },
  )
})

describe('breakEvenVolume', () => {
  it('finds the volume above which self-hosted LoRA beats RAG over the horizon', () => {
    const answers = { hosting: 'self-host' } as const
    const v = must(breakEvenVolume(answers, A, 'lora', 'rag'))
    expect(v.direction).toBe('above')
    const total = (q: number, id: ApproachId) =>
      mid(estimate(answers, { ...A, queriesPerDay: q })[id].total)
    expect(total(v.queriesPerDay, 'lora')).toBeLessThan(total(v.queriesPerDay, 'rag'))
    expect(total(v.queriesPerDay * 0.99, 'lora')).toBeGreaterThanOrEqual(
      total(v.queriesPerDay * 0.99, 'rag'),
    )
    expect(v.queriesPerDay).toBeGreaterThan(10_000)
    expect(v.queriesPerDay).toBeLessThan(200_000)
    expect(describeVolumeBreakEven(v)).toMatch(
      /^Over 12 months, LoRA fine-tuning costs less in total than RAG above about [\d,]+ queries a day\.$/,
    )
  })

  it('finds none when one approach is cheaper at every volume', () => {
    // Prompt engineering is cheaper to build than full fine-tuning, and free to run here.
    const a = { ...A, inputPricePerM: 0, outputPricePerM: 0 }
    expect(breakEvenVolume({}, a, 'full', 'prompt')).toBeNull()
  })

  it('says which way the saving goes', () => {
    // Long worked examples in every prompt, and retrieval adding nothing: RAG is dearer to build
    // and maintain but cheaper per query, so prompt engineering wins only below some volume.
    const a = {
      ...A,
      promptExtraTokens: range(5_000),
      ragExtraTokens: range(0),
      vectorStoreMonthly: range(0),
    }
    const v = must(breakEvenVolume({}, a, 'prompt', 'rag'))
    expect(v.direction).toBe('below')
    expect(describeVolumeBreakEven(v)).toMatch(/costs less in total than RAG below about/)
    expect(must(breakEvenVolume({}, a, 'rag', 'prompt')).direction).toBe('above')
  })
})

describe('compareCosts', () => {
  it('states the cheapest, the crossings and the break-even volumes in words', () => {
    const c = compareCosts({ volume: 'high', hosting: 'self-host' })
    expect(c.queriesPerDay).toBe(200_000)
    expect(c.cheapest).toBe('lora')
    expect(c.sentences[0]).toMatch(
      /^At 200,000 queries a day, LoRA fine-tuning costs the least over 12 months/,
    )
    expect(c.sentences.join(' ')).toMatch(
      /LoRA fine-tuning becomes cheaper than RAG in month 1 at 200,000 queries a day/,
    )
    expect(c.volumeBreakEvens.map((v) => [v.cheaper, v.than])).toContainEqual(['lora', 'rag'])
    expect(c.curves).toHaveLength(13)
  })

  it('keeps prompt engineering cheapest at a low volume', () => {
    const c = compareCosts({ volume: 'low' })
    expect(c.cheapest).toBe('prompt')
    expect(c.crossings.filter((x) => x.withinHorizon)).toEqual([])
  })
})
