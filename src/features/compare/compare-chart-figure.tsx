import { lazy, useId, useMemo, useState } from 'react'
import { ChartPart, ChartTableFold } from '../../components/charts/chart-figure'
import {
  COMPARE_METRICS,
  COMPARE_METRIC_INFO,
  compareChartData,
  type CompareChartData,
  type CompareMetric,
} from './compare-chart-data'
import type { ComparedScenario } from './compare.types'
import { head } from './scenario-table'
import { ScenarioMark } from './scenario-mark'
import { compareChartHeight, SCENARIO_CARD } from './scenario-style'
import { TableHead } from '../../components/table'
import { must } from '../../engine'

// Recharts only loads with the chart, in its own chunk.
const CompareChart = lazy(() => import('./compare-chart'))

function ChartTable({ data }: { data: CompareChartData }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">
        {data.title} ({data.unit}), every approach in every scenario
      </caption>
      <TableHead>
        <th scope="col" className={head}>
          Approach
        </th>
        {data.scenarios.map((s) => (
          <th key={s.letter} scope="col" className={head}>
            {s.letter.toUpperCase()}: {s.name}
          </th>
        ))}
      </TableHead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.id} className="border-b border-stone-200 dark:border-stone-800">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {row.name}
            </th>
            {data.scenarios.map((s) => {
              const cell = must(row.cells[s.letter], `the ${s.letter} cell of ${row.id}`)
              return (
                <td key={s.letter} className="px-2 py-1 tabular-nums">
                  {cell.label}
                  {cell.inPlan && <span className="font-semibold"> (plan)</span>}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The combined chart, with a choice of measure and the same numbers as a table. */
export function CompareChartFigure({ scenarios }: { scenarios: readonly ComparedScenario[] }) {
  const [metric, setMetric] = useState<CompareMetric>('monthly')
  const id = useId()
  const data = useMemo(
    () =>
      compareChartData(
        scenarios.map((s) => ({
          letter: s.letter,
          name: s.name,
          estimates: s.recommendation.estimates,
          stack: s.recommendation.stack,
        })),
        metric,
      ),
    [scenarios, metric],
  )
  const height = compareChartHeight(data.rows.length, data.scenarios.length)
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      className={`print-avoid-break ${SCENARIO_CARD}`}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {data.title}{' '}
        <span className="font-normal text-stone-600 dark:text-stone-400">({data.unit})</span>
      </h3>
      <fieldset className="no-print mt-2">
        <legend className="text-sm text-stone-600 dark:text-stone-400">Show</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {COMPARE_METRICS.map((m) => (
            <label key={m} className="inline-flex items-center gap-1.5 text-sm">
              <input
                type="radio"
                name={`${id}-metric`}
                value={m}
                checked={metric === m}
                onChange={() => setMetric(m)}
                className="h-4 w-4 accent-brand-700"
              />
              {COMPARE_METRIC_INFO[m].title.toLowerCase()}
            </label>
          ))}
        </div>
      </fieldset>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
        {scenarios.map((s) => (
          <li key={s.letter} className="inline-flex items-center gap-1.5">
            <ScenarioMark scenario={s} />
            {s.name}
          </li>
        ))}
        <li className="text-stone-600 dark:text-stone-400">Bold outline: in the plan</li>
      </ul>
      <p id={`${id}-summary`} className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {data.summary}
      </p>
      <div
        role="img"
        aria-label={`${data.title}: ${data.rows
          .map(
            (r) =>
              `${r.name}: ${data.scenarios.map((s) => `${s.name} ${must(r.cells[s.letter], `the ${s.letter} cell of ${r.id}`).label}`).join(', ')}`,
          )
          .join('; ')}.`}
        className="mt-2 text-stone-700 dark:text-stone-300"
        style={{ height }}
        data-testid="compare-chart"
      >
        <ChartPart>
          <CompareChart data={data} />
        </ChartPart>
      </div>
      <ChartTableFold>
        <ChartTable data={data} />
      </ChartTableFold>
    </figure>
  )
}
