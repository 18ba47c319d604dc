import type { CostChartData } from './cost-chart-data'
import { MarkerSvg } from './marker-svg'

/** Which line is which: its dash pattern, marker and name, readable in black and white. */
export function MarkerLegend({ lines }: { lines: CostChartData['lines'] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {lines.map((l) => (
        <li key={l.id} className="flex items-center gap-1.5">
          <MarkerSvg style={l.style} highlighted={l.highlighted} />
          <span className={l.highlighted ? 'font-semibold' : undefined}>
            {l.name}
            {l.highlighted && ' (your plan)'}
          </span>
        </li>
      ))}
    </ul>
  )
}
