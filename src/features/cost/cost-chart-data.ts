import {
  APPROACHES,
  APPROACH_INFO,
  formatUsd,
  type ApproachId,
  type CostComparison,
  type Crossing,
} from '../../engine'

/**
 * What the cumulative-cost chart draws, computed from the engine's comparison: one row a month,
 * one line an approach (each with its own dash pattern and marker, so the lines stay apart in
 * black-and-white print), and the crossings within the horizon, numbered as in the sentences.
 */

export interface LineStyle {
  /** SVG dash pattern; '' is a solid line. */
  dash: string
  marker: 'circle' | 'square' | 'triangle' | 'diamond'
  /** CSS variable set on the chart's wrapper for light and dark themes. */
  color: string
}

export const LINE_STYLES: Record<ApproachId, LineStyle> = {
  prompt: { dash: '', marker: 'circle', color: 'var(--cost-prompt)' },
  rag: { dash: '8 4', marker: 'square', color: 'var(--cost-rag)' },
  lora: { dash: '2 3', marker: 'triangle', color: 'var(--cost-lora)' },
  full: { dash: '12 4 2 4', marker: 'diamond', color: 'var(--cost-full)' },
}

/** The theme colours of the lines (and the card behind them): dark enough on white, light enough on the dark theme. */
export const LINE_COLOR_CLASSES =
  '[--cost-bg:#fff] [--cost-prompt:#44403c] [--cost-rag:#0f766e] [--cost-lora:#b45309] [--cost-full:#6d28d9] dark:[--cost-bg:#1c1917] dark:[--cost-prompt:#e7e5e4] dark:[--cost-rag:#5eead4] dark:[--cost-lora:#fcd34d] dark:[--cost-full:#c4b5fd]'

export type CostRow = { month: number } & Record<ApproachId, number>

export interface CrossingMark {
  /** 1, 2, … as in the sentences. */
  n: number
  month: number
  cost: number
  crossing: Crossing
  label: string
}

export interface CostChartData {
  rows: CostRow[]
  marks: CrossingMark[]
  horizonMonths: number
  /** Months that carry a marker and a row of the table alternative. */
  markerMonths: number[]
  lines: { id: ApproachId; name: string; short: string; style: LineStyle; highlighted: boolean }[]
}

/** About six markers along a line, whatever the horizon. */
export function markerStep(horizonMonths: number): number {
  return Math.max(1, Math.ceil(horizonMonths / 6))
}

/**
 * The chart's data from a cost comparison.
 * @example costChartData(compareCosts(answers, a), ['rag']).marks[0]?.label
 * // '1: LoRA becomes cheaper than RAG in month 8 (about $17,000 each)'
 */
export function costChartData(
  comparison: CostComparison,
  stack: readonly ApproachId[],
): CostChartData {
  const rows = comparison.curves.map((p) => ({ month: p.month, ...p.cost }))
  const horizonMonths = rows.length - 1
  const marks = comparison.crossings
    .filter((c) => c.withinHorizon)
    .map((c, i) => ({
      n: i + 1,
      month: c.atMonth,
      cost: c.cost,
      crossing: c,
      label: `${i + 1}: ${APPROACH_INFO[c.cheaper].short} becomes cheaper than ${APPROACH_INFO[c.than].short} in month ${c.month} (about ${formatUsd(c.cost)} each)`,
    }))
  const step = markerStep(horizonMonths)
  const markerMonths = rows.map((r) => r.month).filter((m) => m % step === 0 || m === horizonMonths)
  return {
    rows,
    marks,
    horizonMonths,
    markerMonths,
    lines: APPROACHES.map((id) => ({
      id,
      name: APPROACH_INFO[id].name,
      short: APPROACH_INFO[id].short,
      style: LINE_STYLES[id],
      highlighted: stack.includes(id),
    })),
  }
}
