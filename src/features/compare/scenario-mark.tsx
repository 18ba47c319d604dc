import type { Scenario } from './compare-link'
import { SCENARIO_STYLE } from './scenario-style'

/** The scenario's letter in a coloured square: the same mark as on its bars in the chart. */
export function ScenarioMark({ scenario }: { scenario: Pick<Scenario, 'letter'> }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-flex h-6 w-6 shrink-0 items-center justify-center rounded text-sm font-bold text-stone-950 ${SCENARIO_STYLE[scenario.letter].swatch}`}
    >
      {scenario.letter.toUpperCase()}
    </span>
  )
}
