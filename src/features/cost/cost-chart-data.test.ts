import { describe, expect, it } from 'vitest'
import { at, DEFAULT_ASSUMPTIONS, compareCosts } from '../../engine'
import { LINE_STYLES, costChartData, markerStep } from './cost-chart-data'

describe('costChartData', () => {
  const comparison = compareCosts({ volume: 'high', hosting: 'self-host' })
  const data = costChartData(comparison, ['lora', 'rag'])

  it('has one row a month, from the build to the horizon', () => {
    expect(data.rows.map((r) => r.month)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    expect(at(data.rows, 12).lora).toBeCloseTo(at(comparison.curves, 12).cost.lora)
  })

  it('numbers the crossings within the horizon, in the sentences’ order', () => {
    expect(data.marks.map((m) => m.n)).toEqual([1, 2])
    expect(at(data.marks, 0).label).toMatch(
      /^1: LoRA becomes cheaper than RAG in month 1 \(about \$/,
    )
    expect(data.marks.map((m) => m.crossing)).toEqual(
      comparison.crossings.filter((c) => c.withinHorizon),
    )
  })

  it('marks the plan’s lines and gives every line its own dash and marker', () => {
    expect(data.lines.filter((l) => l.highlighted).map((l) => l.id)).toEqual(['rag', 'lora'])
    const styles = Object.values(LINE_STYLES)
    expect(new Set(styles.map((s) => s.dash)).size).toBe(4)
    expect(new Set(styles.map((s) => s.marker)).size).toBe(4)
  })

  it.each([
    [12, 2, [0, 2, 4, 6, 8, 10, 12]],
    [6, 1, [0, 1, 2, 3, 4, 5, 6]],
    [25, 5, [0, 5, 10, 15, 20, 25]],
    [26, 5, [0, 5, 10, 15, 20, 25, 26]],
  ])('puts about six markers on a %d-month horizon', (months, step, markers) => {
    expect(markerStep(months)).toBe(step)
    const c = compareCosts({}, { ...DEFAULT_ASSUMPTIONS, horizonMonths: months })
    expect(costChartData(c, []).markerMonths).toEqual(markers)
  })
})
