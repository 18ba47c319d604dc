import { APPROACHES, APPROACH_INFO, type ApproachId } from '../../engine/contract/approaches'
import type { Estimates } from '../../engine/cost/estimates'
import { planName } from '../../engine/format/plan-sentence'
import {
  formatBareRange,
  formatRange,
  formatValue,
  METRIC_INFO,
  rangeAxis,
} from '../../components/charts/chart-data'
import type { ScenarioLetter } from './compare-link'
import { at, must } from '../../engine'

/** What the combined chart can show: each a range per approach and scenario. */
export const COMPARE_METRICS = ['monthly', 'total', 'oneTime'] as const
export type CompareMetric = (typeof COMPARE_METRICS)[number]

export const COMPARE_METRIC_INFO: Record<
  CompareMetric,
  { title: string; unit: string; kind: 'usd' | 'usd-month' }
> = {
  monthly: { ...METRIC_INFO.monthly, kind: 'usd-month' },
  total: { title: 'Total cost over the horizon', unit: 'USD, build + running', kind: 'usd' },
  oneTime: { ...METRIC_INFO.oneTime, kind: 'usd' },
}

export interface ChartScenario {
  letter: ScenarioLetter
  name: string
  estimates: Estimates
  stack: readonly ApproachId[]
}

export interface CompareCell {
  low: number
  high: number
  /** What the bar draws: low raised to the axis floor on a log scale. */
  bar: [number, number]
  /** The range with its unit, e.g. "$1,200–3,400 a month". */
  label: string
  /** Without the unit, to print beside the bar. */
  barLabel: string
  /** In this scenario's plan. */
  inPlan: boolean
}

/** One approach: a cell per scenario, keyed by letter (recharts reads `a`, `b`, `c`). */
export interface CompareRow {
  id: ApproachId
  name: string
  short: string
  cells: Partial<Record<ScenarioLetter, CompareCell>>
  a?: [number, number]
  b?: [number, number]
  c?: [number, number]
}

export interface CompareChartData {
  metric: CompareMetric
  title: string
  unit: string
  scale: 'linear' | 'log'
  domain: [number, number]
  ticks: number[]
  rows: CompareRow[]
  scenarios: { letter: ScenarioLetter; name: string }[]
  /** A sentence or two for screen readers. */
  summary: string
}

/**
 * The combined chart: for each approach, one bar per scenario, so "today" and "in six months"
 * sit side by side. Logarithmic when the ranges differ by orders of magnitude.
 * @example compareChartData([today, later], 'monthly').rows[0].cells.a?.label // '$37–52 a month'
 */
export function compareChartData(
  scenarios: readonly ChartScenario[],
  metric: CompareMetric,
): CompareChartData {
  const info = COMPARE_METRIC_INFO[metric]
  const raw = APPROACHES.map((id) =>
    scenarios.map((s) => {
      const r = s.estimates[id][metric]
      return { low: Math.max(0, Math.min(r.low, r.high)), high: Math.max(0, r.low, r.high) }
    }),
  )
  const { floor, ...axis } = rangeAxis(raw.flat(), 5)

  const rows = APPROACHES.map((id, i): CompareRow => {
    const row: CompareRow = {
      id,
      name: APPROACH_INFO[id].name,
      short: APPROACH_INFO[id].short,
      cells: {},
    }
    scenarios.forEach((s, j) => {
      const { low, high } = at(at(raw, i), j)
      const bar: [number, number] = [Math.max(low, floor), Math.max(high, floor)]
      row.cells[s.letter] = {
        low,
        high,
        bar,
        label: formatRange(info.kind, low, high),
        barLabel: formatBareRange(info.kind, low, high),
        inPlan: s.stack.includes(id),
      }
      row[s.letter] = bar
    })
    return row
  })

  const plans = scenarios.map((s) => {
    const plan = planName(s.stack, 'short')
    const cost = s.stack
      .map(
        (id) =>
          must(rows.find((r) => r.id === id)?.cells[s.letter], `the ${id} cell of ${s.letter}`)
            .label,
      )
      .join(' and ')
    return `${s.name}: plan ${plan}, ${cost}.`
  })

  return {
    metric,
    title: info.title,
    unit: info.unit,
    ...axis,
    rows,
    scenarios: scenarios.map(({ letter, name }) => ({ letter, name })),
    summary: [
      ...plans,
      axis.scale === 'log' ? 'Logarithmic scale: each gridline is ten times the one before.' : '',
    ]
      .filter(Boolean)
      .join(' '),
  }
}

/** An axis tick: money without its unit. */
export const formatTick = (metric: CompareMetric, n: number) =>
  formatValue(COMPARE_METRIC_INFO[metric].kind, n)
