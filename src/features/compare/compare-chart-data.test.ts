import { describe, expect, it } from 'vitest'
import { estimate } from '../../engine/cost/estimates'
import type { Answers } from '../../engine/contract/answers'
import { compareChartData, type ChartScenario } from './compare-chart-data'
import { at, must } from '../../engine'

const scenario = (
  letter: ChartScenario['letter'],
  answers: Answers,
  stack: ChartScenario['stack'],
): ChartScenario => ({ letter, name: `Scenario ${letter}`, estimates: estimate(answers), stack })

describe('compareChartData', () => {
  const today = scenario('a', { volume: 'low' }, ['prompt'])
  const later = scenario('b', { volume: 'high', hosting: 'self-host' }, ['lora', 'rag'])

  it('has a row per approach with a cell per scenario, bars within the axis', () => {
    const data = compareChartData([today, later], 'monthly')
    expect(data.rows.map((r) => r.id)).toEqual(['prompt', 'rag', 'lora', 'full'])
    for (const row of data.rows) {
      expect(Object.keys(row.cells)).toEqual(['a', 'b'])
      for (const letter of ['a', 'b'] as const) {
        const [low, high] = must(row[letter])
        expect(low).toBeGreaterThanOrEqual(data.domain[0])
        expect(high).toBeLessThanOrEqual(data.domain[1])
        expect(low).toBeLessThanOrEqual(high)
      }
    }
  })

  it('marks each scenario’s plan and says it in the summary', () => {
    const data = compareChartData([today, later], 'monthly')
    const lora = must(data.rows.find((r) => r.id === 'lora'))
    expect(must(lora.cells.a).inPlan).toBe(false)
    expect(must(lora.cells.b).inPlan).toBe(true)
    expect(data.summary).toMatch(/Scenario a: plan Prompt, \$.* a month\./)
    expect(data.summary).toMatch(/Scenario b: plan LoRA \+ RAG/)
  })

  it('turns logarithmic when costs differ by orders of magnitude, linear otherwise', () => {
    expect(compareChartData([today, later], 'monthly').scale).toBe('log')
    const flat = Object.fromEntries(
      Object.entries(today.estimates).map(([id, e]) => [
        id,
        { ...e, monthly: { low: 100, high: 240 } },
      ]),
    ) as unknown as ChartScenario['estimates']
    const linear = compareChartData(
      [
        { ...today, estimates: flat },
        { ...later, estimates: flat },
      ],
      'monthly',
    )
    expect(linear.scale).toBe('linear')
    expect(linear.domain).toEqual([0, 250])
    expect(linear.ticks).toEqual([0, 50, 100, 150, 200, 250])
  })

  it('reads the chosen measure', () => {
    const total = compareChartData([today, later], 'total')
    const prompt = must(at(total.rows, 0).cells.a)
    expect(prompt.low).toBe(today.estimates.prompt.total.low)
    expect(prompt.high).toBe(today.estimates.prompt.total.high)
    expect(total.unit).toMatch(/USD/)
  })
})
