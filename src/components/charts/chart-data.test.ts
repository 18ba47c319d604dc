import { describe, expect, it } from 'vitest'
import {
  APPROACHES,
  at,
  estimate,
  parseAnswers,
  range,
  type ApproachId,
  type Estimates,
} from '../../engine'
import {
  ESTIMATE_METRICS,
  estimateChartData,
  formatRange,
  formatUsd,
  rangeAxis,
  sameChartData,
  type EstimateMetric,
} from './chart-data'

const answers = (q: string) => parseAnswers(q).answers

type Pair = [low: number, high: number]

/** Estimates where every approach has the same made-up range for every metric. */
function flat(ranges: Record<ApproachId, Pair>): Estimates {
  const out = {} as Estimates
  for (const id of APPROACHES) {
    const r = range(...ranges[id])
    out[id] = {
      oneTime: r,
      oneTimeCompute: r,
      monthly: r,
      buildDays: r,
      maintenanceHours: r,
      total: r,
    }
  }
  return out
}

/** The chart of one metric over made-up ranges (prompt, RAG, LoRA, full), with `primary` leading. */
const chartOf = (
  metric: EstimateMetric,
  primary: ApproachId,
  ...[prompt, rag, lora, full]: [Pair, Pair, Pair, Pair]
) => estimateChartData(flat({ prompt, rag, lora, full }), metric, [primary])

describe('formatUsd', () => {
  it.each([
    [0, '$0'],
    [0.5, '$0.50'],
    [37.5, '$38'],
    [800, '$800'],
    [2400.1, '$2.4k'],
    [23000, '$23k'],
    [180_000, '$180k'],
    [1_250_000, '$1.3M'],
  ])('%d → %s', (n, text) => {
    expect(formatUsd(n)).toBe(text)
  })
})

describe('formatRange', () => {
  it.each([
    ['usd', 800, 4000, '$800–$4k'],
    ['usd-month', 15000, 21000, '$15k–$21k a month'],
    ['days', 10.33, 29, '10–29 days'],
    ['days', 1, 5, '1–5 days'],
    ['hours-month', 8, 8, '8 h a month'],
  ] as const)('%s %d..%d → %s', (kind, low, high, text) => {
    expect(formatRange(kind, low, high)).toBe(text)
  })
})

describe('rangeAxis', () => {
  /** Low..high ranges written as [low, high] pairs. */
  const axisOf = (pairs: [number, number][], ticks = 6) =>
    rangeAxis(
      pairs.map(([low, high]) => ({ low, high })),
      ticks,
    )

  it('stays linear while the bars are of one order, from zero', () => {
    const axis = axisOf([
      [10, 20],
      [30, 60],
    ])
    expect(axis).toMatchObject({ scale: 'linear', floor: 0 })
    expect(at(axis.ticks, -1)).toBeGreaterThanOrEqual(60)
  })

  it('turns logarithmic when the shortest bar would be a sliver, its floor under every bar', () => {
    // A range from zero: its high (5) sets the floor, so its bar is drawn, not swallowed.
    const axis = axisOf([
      [0, 5],
      [100, 20_000],
    ])
    expect(axis.scale).toBe('log')
    expect(axis.floor).toBeLessThanOrEqual(5)
    expect(axis.domain[1]).toBeGreaterThanOrEqual(20_000)
    expect(axis.ticks.every((t, i) => i === 0 || t === 10 * (axis.ticks[i - 1] ?? 0))).toBe(true)
  })

  it('stays linear when nothing is above zero at its low end', () => {
    expect(
      axisOf(
        [
          [0, 1],
          [0, 1_000],
        ],
        5,
      ).scale,
    ).toBe('linear')
  })
})

describe('estimateChartData', () => {
  it('lists the four approaches simplest first, whatever the plan', () => {
    const data = estimateChartData(estimate({}), 'oneTime', ['lora', 'rag'])
    expect(data.rows.map((r) => r.id)).toEqual(['prompt', 'rag', 'lora', 'full'])
  })

  it('highlights exactly the approaches of the plan', () => {
    const data = estimateChartData(estimate({}), 'monthly', ['lora', 'rag'])
    expect(data.rows.filter((r) => r.highlighted).map((r) => r.id)).toEqual(['rag', 'lora'])
    expect(data.summary).toMatch(/your plan \(LoRA \+ RAG\)/i)
  })

  it('carries each range from the estimates, low ≤ high', () => {
    const est = estimate(answers('volume=high&hosting=self-host'))
    for (const metric of ESTIMATE_METRICS) {
      const data = estimateChartData(est, metric, ['prompt'])
      for (const row of data.rows) {
        expect(row.low).toBe(est[row.id][metric].low)
        expect(row.high).toBe(est[row.id][metric].high)
        expect(row.bar[0]).toBeLessThanOrEqual(row.bar[1])
      }
    }
  })

  it('uses a log scale for costs that differ by orders of magnitude', () => {
    const data = estimateChartData(estimate(answers('volume=low')), 'monthly', ['prompt'])
    expect(data.scale).toBe('log')
    // The axis covers every bar, and its ticks are powers of ten.
    for (const row of data.rows) {
      expect(row.bar[0]).toBeGreaterThanOrEqual(data.domain[0])
      expect(row.bar[1]).toBeLessThanOrEqual(data.domain[1])
    }
    for (const t of data.ticks) expect(Math.log10(t) % 1).toBe(0)
    expect(data.summary).toMatch(/logarithmic/i)
  })

  it('keeps a linear scale from zero when the ranges are comparable', () => {
    const data = chartOf('maintenanceHours', 'rag', [2, 6], [8, 20], [10, 30], [30, 80])
    expect(data.scale).toBe('linear')
    expect(data.domain).toEqual([0, 80])
    expect(data.ticks).toEqual([0, 20, 40, 60, 80])
    expect(at(data.rows, 1).label).toBe('8–20 h a month')
  })

  it('falls back to linear when a low is zero, and never breaks on all zeros', () => {
    const zeros = chartOf('oneTime', 'prompt', [0, 0], [0, 0], [0, 0], [0, 0])
    expect(zeros.scale).toBe('linear')
    expect(zeros.domain[1]).toBeGreaterThan(0)
    const someZero = chartOf('oneTime', 'rag', [0, 10], [5, 10_000], [10, 20], [10, 20])
    // One low is zero but the rest span three decades: log scale, zero drawn from the floor.
    expect(someZero.scale).toBe('log')
    expect(at(someZero.rows, 0).bar[0]).toBe(someZero.domain[0])
    expect(at(someZero.rows, 0).label).toBe('$0–$10')
  })

  it('calls lowest and highest by the middle of each range, not by its low end', () => {
    const data = chartOf(
      'monthly',
      'prompt',
      [15_000, 21_000],
      [21_000, 27_000],
      [18_000, 24_000],
      [13_000, 50_000],
    )
    expect(data.summary).toMatch(
      /^Lowest: Prompt engineering, \$15k–\$21k a month\. Highest: Full fine-tuning/,
    )
    expect(at(data.rows, 3).barLabel).toBe('$13k–$50k')
  })

  it('picks round linear ticks that cover the longest bar', () => {
    const data = chartOf('buildDays', 'rag', [1, 5], [3, 10], [10, 29], [33, 110])
    expect(data.scale).toBe('linear')
    expect(data.ticks).toEqual([0, 20, 40, 60, 80, 100, 120])
  })

  it('tells charts that draw the same from charts that do not', () => {
    const a = estimateChartData(estimate(answers('volume=high')), 'monthly', ['rag'])
    expect(
      sameChartData(
        a,
        estimateChartData(estimate(answers('volume=high&team=some')), 'monthly', ['rag']),
      ),
    ).toBe(true)
    expect(
      sameChartData(a, estimateChartData(estimate(answers('volume=low')), 'monthly', ['rag'])),
    ).toBe(false)
    expect(
      sameChartData(a, estimateChartData(estimate(answers('volume=high')), 'monthly', ['lora'])),
    ).toBe(false)
  })

  it.each(ESTIMATE_METRICS.map((m) => [m]))('names the %s chart and its unit', (metric) => {
    const data = estimateChartData(estimate({}), metric, ['prompt'])
    expect(data.title).not.toBe('')
    expect(data.unit).not.toBe('')
    expect(data.summary).toMatch(/^Lowest: .+ Highest: /)
  })
})
