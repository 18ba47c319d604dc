import { formatRange } from '../../components/charts/chart-data'
import { APPROACH_INFO } from '../../engine'
import type { ComparedScenario } from './compare.types'
import { ScenarioTable } from './scenario-table'

const ESTIMATE_ROWS = [
  { metric: 'oneTime', label: 'One-time cost to build', kind: 'usd' },
  { metric: 'monthly', label: 'Running cost a month', kind: 'usd-month' },
  { metric: 'total', label: 'Total over the horizon', kind: 'usd' },
  { metric: 'buildDays', label: 'Time to a first version', kind: 'days' },
  { metric: 'maintenanceHours', label: 'Maintenance effort', kind: 'hours-month' },
] as const

/** The estimates of each scenario's plan, approach by approach, next to each other. */
export function EstimatesTable({ scenarios }: { scenarios: readonly ComparedScenario[] }) {
  return (
    <ScenarioTable
      caption="Estimates for each scenario’s plan"
      rowsHead="Estimate"
      scenarios={scenarios}
    >
      {ESTIMATE_ROWS.map((row) => (
        <tr key={row.metric} className="border-b border-stone-200 dark:border-stone-800">
          <th scope="row" className="px-2 py-2 text-left align-top font-normal">
            {row.label}
          </th>
          {scenarios.map((s) => (
            <td key={s.letter} className="px-2 py-2 align-top">
              <ul>
                {s.recommendation.stack.map((id) => {
                  const r = s.recommendation.estimates[id][row.metric]
                  return (
                    <li key={id}>
                      <span className="text-stone-600 dark:text-stone-400">
                        {APPROACH_INFO[id].short}:{' '}
                      </span>
                      <span className="tabular-nums">{formatRange(row.kind, r.low, r.high)}</span>
                    </li>
                  )
                })}
              </ul>
            </td>
          ))}
        </tr>
      ))}
    </ScenarioTable>
  )
}
