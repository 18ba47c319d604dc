import { lazy, memo, Suspense, useId, type ReactNode } from 'react'
import { formatQuantity } from '../../engine'
import { PartBoundary } from '../part-boundary'
import { chartHeight, METRIC_INFO, sameChartData, type RangeChartData } from './chart-data'
import { useNearViewport } from '../use-near-viewport'
import { BODY_ROW, ColumnHead, TableHead } from '../table'

// Recharts is loaded only when a chart is drawn: its own chunk, never on the first screen.
const RangeBarChart = lazy(() => import('./range-bar-chart'))

/**
 * Where a lazily loaded chart is drawn: a placeholder while its code loads, and words if it
 * cannot be drawn (every chart has a table with the same figures below it).
 */
export function ChartPart({ children }: { children: ReactNode }) {
  return (
    <PartBoundary
      fallback={
        <p className="flex h-full items-center justify-center rounded bg-stone-100 p-4 text-center text-sm dark:bg-stone-800">
          The chart could not be drawn; its table below has the same figures.
        </p>
      }
    >
      <Suspense fallback={<div className="h-full rounded bg-stone-100 dark:bg-stone-800" />}>
        {children}
      </Suspense>
    </PartBoundary>
  )
}

/** A chart's table with the same figures: folded away on screen, printed in full. */
export function ChartTableFold({ children }: { children: ReactNode }) {
  return (
    <>
      <details className="no-print mt-2 text-sm">
        <summary className="cursor-pointer rounded text-brand-800 underline-offset-4 hover:underline dark:text-brand-100">
          Show as a table
        </summary>
        {children}
      </details>
      <div className="hidden print:block">{children}</div>
    </>
  )
}

function RangeTable({ data, className }: { data: RangeChartData; className?: string }) {
  return (
    <table className={`w-full text-left text-sm ${className ?? ''}`}>
      <caption className="sr-only">
        {data.title} ({data.unit})
      </caption>
      <TableHead>
        <ColumnHead className="py-1 pr-2">Approach</ColumnHead>
        <ColumnHead className="py-1 pr-2 text-right">Low</ColumnHead>
        <ColumnHead className="py-1 text-right">High</ColumnHead>
      </TableHead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.id} className={BODY_ROW}>
            <th
              scope="row"
              className={`py-1 pr-2 ${row.highlighted ? 'font-semibold' : 'font-normal'}`}
            >
              {row.name}
              {row.highlighted && <span> (your plan)</span>}
            </th>
            <td className="py-1 pr-2 text-right tabular-nums">{fmt(data, row.low)}</td>
            <td className="py-1 text-right tabular-nums">{fmt(data, row.high)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function fmt(data: RangeChartData, n: number): string {
  const rounded = n >= 100 ? Math.round(n) : Number(n.toPrecision(3))
  const text = formatQuantity(rounded)
  const kind = METRIC_INFO[data.metric].kind
  return kind === 'usd' || kind === 'usd-month' ? `$${text}` : text
}

/**
 * One chart with everything that makes it readable without seeing it: a title, a summary, and
 * the same numbers as a table (folded away on screen, printed in full).
 */
export const ChartFigure = memo(
  function ChartFigure({ data, note }: { data: RangeChartData; note?: string }) {
    const id = useId()
    const [drawing, near] = useNearViewport<HTMLDivElement>()
    const height = chartHeight(data)
    return (
      <figure
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
        className="print-avoid-break min-w-0 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        <h3 id={`${id}-title`} className="font-semibold">
          {data.title}{' '}
          <span className="font-normal text-stone-600 dark:text-stone-400">({data.unit})</span>
        </h3>
        {note && <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{note}</p>}
        <p id={`${id}-summary`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {data.summary}
        </p>
        <div
          ref={drawing}
          role="img"
          aria-label={`${data.title}, ${data.unit}: ${data.rows.map((r) => `${r.name} ${r.label}`).join('; ')}.`}
          className="mt-2 text-stone-700 dark:text-stone-300"
          style={{ height }}
        >
          {near && (
            <ChartPart>
              <RangeBarChart data={data} />
            </ChartPart>
          )}
        </div>
        <ChartTableFold>
          <RangeTable data={data} className="mt-2" />
        </ChartTableFold>
      </figure>
    )
  },
  (a, b) => a.note === b.note && sameChartData(a.data, b.data),
)
