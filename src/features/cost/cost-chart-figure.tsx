import { lazy, memo } from 'react'
import { ChartPart } from '../../components/charts/chart-figure'
import { useNearViewport } from '../../components/use-near-viewport'
import { formatUsd, type CostComparison } from '../../engine'
import { LINE_COLOR_CLASSES, type CostChartData } from './cost-chart-data'
import { Disclosure } from './disclosure'
import { MarkerLegend } from './marker-legend'
import { BODY_ROW, ColumnHead, TableHead } from '../../components/table'

// Recharts is drawn in its own lazily loaded chunk.
const CostChart = lazy(() => import('./cost-chart'))

function ChartTable({ data }: { data: CostChartData }) {
  const rows = data.rows.filter((r) => data.markerMonths.includes(r.month))
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Cumulative cost by month, middle of each estimate, USD</caption>
      <TableHead>
        <ColumnHead className="py-1 pr-2">By the end of month</ColumnHead>
        {data.lines.map((l) => (
          <th key={l.id} scope="col" className="py-1 pr-2 text-right font-medium">
            {l.short}
          </th>
        ))}
      </TableHead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.month} className={BODY_ROW}>
            <th scope="row" className="py-1 pr-2 font-normal">
              {r.month === 0 ? '0 (build)' : r.month}
            </th>
            {data.lines.map((l) => (
              <td key={l.id} className="py-1 pr-2 text-right tabular-nums">
                {formatUsd(Math.round(r[l.id]))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The chart with its words, legend and table; recharts is fetched once it is near the screen. */
export const CostChartFigure = memo(function CostChartFigure({
  comparison,
  chart,
  horizonMonths,
}: {
  comparison: CostComparison
  chart: CostChartData
  horizonMonths: number
}) {
  const [drawing, near] = useNearViewport<HTMLDivElement>()
  return (
    <figure
      aria-labelledby="cost-chart-title"
      className={`min-w-0 self-start rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900 ${LINE_COLOR_CLASSES}`}
    >
      <h3 id="cost-chart-title" className="font-semibold">
        Cumulative cost by month{' '}
        <span className="font-normal text-stone-600 dark:text-stone-400">
          (USD, middle of each estimate)
        </span>
      </h3>
      <figcaption className="mt-2 grid gap-1 text-sm" data-testid="cost-break-even">
        <p>{comparison.summary}</p>
        {chart.marks.length > 0 ? (
          <ol className="grid gap-1">
            {chart.marks.map((m, i) => (
              <li key={m.n} className="flex gap-2">
                <span
                  aria-hidden="true"
                  className="mt-0.5 grid h-5 w-5 shrink-0 place-items-center rounded-full border border-current text-xs font-bold"
                >
                  {m.n}
                </span>
                <span>{comparison.crossingSentences[i]}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p>No approach overtakes another within {horizonMonths} months at this volume.</p>
        )}
        {comparison.volumeSentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </figcaption>
      {/* On paper a chart not yet drawn leaves no legend behind; the table and words remain. */}
      <div className={near ? undefined : 'print:hidden'}>
        <MarkerLegend lines={chart.lines} />
      </div>
      <div
        ref={drawing}
        role="img"
        aria-label={`Line chart of cumulative cost over ${horizonMonths} months for the four approaches; the same figures are in the table below it.`}
        className="mt-2 h-72 text-stone-700 sm:h-80 dark:text-stone-300"
      >
        {near && (
          <ChartPart>
            <CostChart data={chart} />
          </ChartPart>
        )}
      </div>
      <Disclosure
        className="no-print mt-2 text-sm"
        summaryClassName="cursor-pointer rounded text-brand-800 underline-offset-4 hover:underline dark:text-brand-100"
        summary="Show the chart as a table"
      >
        <ChartTable data={chart} />
      </Disclosure>
    </figure>
  )
})
