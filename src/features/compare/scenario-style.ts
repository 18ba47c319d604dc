import type { ScenarioLetter } from './compare-link'

/** Scenario colours; each bar and heading also carries its letter, so colour is never the only cue. */
export const SCENARIO_STYLE: Record<ScenarioLetter, { bar: string; swatch: string }> = {
  a: {
    bar: 'fill-brand-600 stroke-brand-900 dark:stroke-brand-100',
    swatch: 'bg-brand-600',
  },
  b: {
    bar: 'fill-amber-500 stroke-amber-900 dark:stroke-amber-100',
    swatch: 'bg-amber-500',
  },
  c: {
    bar: 'fill-indigo-400 stroke-indigo-900 dark:stroke-indigo-100',
    swatch: 'bg-indigo-400',
  },
}

/** The frame of a scenario's column and of the combined chart. */
export const SCENARIO_CARD =
  'rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900'

export const CHART_BAR = 12
const BAND_GAP = 18

/** Pixel height of the combined chart: a band per approach, a bar and label per scenario, the axis. */
export function compareChartHeight(rows: number, scenarios: number): number {
  return rows * (scenarios * (CHART_BAR + 14) + BAND_GAP) + 50
}
