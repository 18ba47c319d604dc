import { at, APPROACHES, APPROACH_INFO, type ApproachId, type Estimates } from '../../engine'

/** The four estimates the result page charts, one chart each. */
export const ESTIMATE_METRICS = ['oneTime', 'monthly', 'buildDays', 'maintenanceHours'] as const
export type EstimateMetric = (typeof ESTIMATE_METRICS)[number]

export type ValueKind = 'usd' | 'usd-month' | 'days' | 'hours-month'

interface MetricInfo {
  title: string
  /** The unit, as an axis label. */
  unit: string
  kind: ValueKind
}

export const METRIC_INFO: Record<EstimateMetric, MetricInfo> = {
  oneTime: { title: 'One-time cost to build', unit: 'USD, once', kind: 'usd' },
  monthly: { title: 'Running cost a month', unit: 'USD a month', kind: 'usd-month' },
  buildDays: { title: 'Time to a first version', unit: 'days', kind: 'days' },
  maintenanceHours: { title: 'Maintenance effort', unit: 'hours a month', kind: 'hours-month' },
}

/** One approach's bar: a low..high range. */
export interface RangeRow {
  id: ApproachId
  name: string
  short: string
  low: number
  high: number
  /** What the bar draws: [low, high], with low raised to the axis floor on a log scale. */
  bar: [number, number]
  /** In the recommended plan. */
  highlighted: boolean
  /** The range with its unit, e.g. "$15k–$21k a month". */
  label: string
  /** The range alone, to print beside the bar (the axis carries the unit), e.g. "$15k–$21k". */
  barLabel: string
}

export interface RangeChartData {
  metric: EstimateMetric
  title: string
  unit: string
  scale: 'linear' | 'log'
  domain: [number, number]
  ticks: number[]
  rows: RangeRow[]
  /** One or two sentences for screen readers and the figure's description. */
  summary: string
}

/** When the tallest bar is this many times the shortest, a linear axis squashes the short ones. */
export const LOG_SCALE_RATIO = 30

function trim(n: number): string {
  return n >= 100 ? String(Math.round(n)) : String(Number(n.toPrecision(2)))
}

/**
 * Money in a few characters.
 * @example formatUsd(23000) // '$23k'
 */
export function formatUsd(n: number): string {
  if (n >= 1e6) return `$${trim(n / 1e6)}M`
  if (n >= 1e3) return `$${trim(n / 1e3)}k`
  if (n >= 1) return `$${Math.round(n)}`
  if (n === 0) return '$0'
  return `$${n.toFixed(2)}`
}

function formatNumber(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Number(n.toFixed(1)))
}

/** A value without its unit (units live on the axis label and in table headers). */
export function formatValue(kind: ValueKind, n: number): string {
  return kind === 'usd' || kind === 'usd-month' ? formatUsd(n) : formatNumber(n)
}

/** A range without its unit; one value when low and high agree. */
export function formatBareRange(kind: ValueKind, low: number, high: number): string {
  const lo = formatValue(kind, low)
  const hi = formatValue(kind, high)
  return lo === hi ? lo : `${lo}–${hi}`
}

/**
 * A range in words with its unit; one value when low and high agree.
 * @example formatRange('days', 10.3, 29) // '10–29 days'
 */
export function formatRange(kind: ValueKind, low: number, high: number): string {
  const value = formatBareRange(kind, low, high)
  switch (kind) {
    case 'usd':
      return value
    case 'usd-month':
      return `${value} a month`
    case 'days':
      return `${value} days`
    case 'hours-month':
      return `${value} h a month`
  }
}

/** 1, 2 or 5 × 10^k: the smallest such step that gives at most `count` intervals. */
function niceStep(max: number, count: number): number {
  const raw = max / count
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power
  return 10 * power
}

/** A value axis: its extent and where its gridlines fall. */
export interface AxisTicks {
  domain: [number, number]
  ticks: number[]
}

/** A linear axis from 0 to a round number at or above `maxHigh`, in at most `intervals` steps. */
export function linearAxis(maxHigh: number, intervals: number): AxisTicks {
  if (!(maxHigh > 0)) return { domain: [0, 1], ticks: [0, 1] }
  const step = niceStep(maxHigh, intervals)
  const top = Math.ceil(maxHigh / step) * step
  const ticks: number[] = []
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(Number(t.toPrecision(12)))
  return { domain: [0, top], ticks }
}

/** A logarithmic axis, a gridline each power of ten, from below `minLow` to above `maxHigh`. */
export function logAxis(minLow: number, maxHigh: number): AxisTicks {
  const from = Math.floor(Math.log10(minLow))
  const to = Math.max(from + 1, Math.ceil(Math.log10(maxHigh)))
  const ticks: number[] = []
  for (let p = from; p <= to; p++) ticks.push(10 ** p)
  return { domain: [10 ** from, 10 ** to], ticks }
}

/** The value axis of a chart of low..high ranges, and where its bars start (`floor`). */
export interface RangeAxis extends AxisTicks {
  scale: 'linear' | 'log'
  floor: number
}

/**
 * The axis for low..high ranges: logarithmic when the tallest bar is LOG_SCALE_RATIO times the
 * shortest, which would be a sliver (the smallest positive value gives it its floor), else linear
 * with about `linearTicks` ticks.
 */
export function rangeAxis(
  ranges: readonly { low: number; high: number }[],
  linearTicks: number,
): RangeAxis {
  const highs = ranges.map((r) => r.high)
  const positive = ranges.flatMap((r) => [r.low, r.high]).filter((v) => v > 0)
  const maxHigh = Math.max(...highs, 0)
  const log =
    ranges.some((r) => r.low > 0) && maxHigh >= LOG_SCALE_RATIO * Math.max(Math.min(...highs), 1e-9)
  if (!log) return { scale: 'linear', floor: 0, ...linearAxis(maxHigh, linearTicks) }
  const axis = logAxis(Math.min(...positive), maxHigh)
  return { scale: 'log', floor: axis.domain[0], ...axis }
}

/**
 * What one chart draws: the four approaches (simplest first, so every chart reads the same way)
 * as low..high ranges, the plan's approaches highlighted, and a logarithmic axis when the ranges
 * differ by orders of magnitude.
 * @example estimateChartData(recommend(a).estimates, 'monthly', ['rag']).scale // 'log'
 */
export function estimateChartData(
  estimates: Estimates,
  metric: EstimateMetric,
  plan: readonly ApproachId[],
): RangeChartData {
  const info = METRIC_INFO[metric]
  const values = APPROACHES.map((id) => {
    const r = estimates[id][metric]
    const low = Math.max(0, Math.min(r.low, r.high))
    const high = Math.max(0, r.low, r.high)
    return { id, low, high }
  })
  const { floor, ...axis } = rangeAxis(values, 6)

  const rows = values.map(({ id, low, high }): RangeRow => ({
    id,
    name: APPROACH_INFO[id].name,
    short: APPROACH_INFO[id].short,
    low,
    high,
    bar: [Math.max(low, floor), Math.max(high, floor)],
    highlighted: plan.includes(id),
    label: formatRange(info.kind, low, high),
    barLabel: formatBareRange(info.kind, low, high),
  }))

  // Lowest and highest by the middle of the range: a wide range is neither cheap nor dear.
  const byMiddle = [...rows].sort((a, b) => a.low + a.high - (b.low + b.high))
  const cheapest = at(byMiddle, 0)
  const dearest = at(byMiddle, -1)
  const planNames = plan
    .filter((id) => APPROACHES.includes(id))
    .map((id) => APPROACH_INFO[id].short)
  const summary = [
    `Lowest: ${cheapest.name}, ${cheapest.label}. Highest: ${dearest.name}, ${dearest.label}.`,
    planNames.length > 0
      ? `Your plan (${planNames.join(' + ')}) is drawn hatched and labelled “your plan”.`
      : '',
    axis.scale === 'log' ? 'Logarithmic scale: each gridline is ten times the one before.' : '',
  ]
    .filter(Boolean)
    .join(' ')

  return { metric, title: info.title, unit: info.unit, ...axis, rows, summary }
}

/** Pixel height of a chart: one band (label line above a bar) per approach, plus the axis. */
export function chartHeight(data: Pick<RangeChartData, 'rows'>): number {
  return data.rows.length * 46 + 46
}

/**
 * Whether two charts would draw the same: answers that leave the estimates and the plan alone
 * (most of them) then skip redrawing.
 */
export function sameChartData(a: RangeChartData, b: RangeChartData): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
