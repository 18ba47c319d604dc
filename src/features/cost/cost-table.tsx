import { memo } from 'react'
import {
  APPROACHES,
  APPROACH_INFO,
  FIGURES,
  FIGURE_LABELS,
  formatQuantityRange,
  formatUsdRange,
  range,
  type ApproachId,
  type CostMath,
  type FigureId,
  type Range,
} from '../../engine'
import { Disclosure } from './disclosure'
import { BODY_ROW, ColumnHead, TableHead } from '../../components/table'

/** A figure as the table shows it: dollars whole, days and hours rounded to whole ones. */
export function figureText(figure: FigureId, r: Range): string {
  const unit = FIGURE_LABELS[figure].unit
  if (unit === 'usd') return formatUsdRange(range(Math.round(r.low), Math.round(r.high)))
  const whole = formatQuantityRange(range(Math.round(r.low), Math.round(r.high)))
  return unit === 'days' ? `${whole} days` : `${whole} h a month`
}

const COLUMNS: readonly FigureId[] = FIGURES

interface CostTableProps {
  math: CostMath
  stack: readonly ApproachId[]
  horizonMonths: number
}

const header = (figure: FigureId, horizonMonths: number) =>
  figure === 'total' ? `Total over ${horizonMonths} months` : FIGURE_LABELS[figure].label

/**
 * Per-approach estimates, low–high, and under the table "show the math" for each approach:
 * every figure's formula in words, with the numbers plugged in.
 */
export const CostTable = memo(function CostTable({ math, stack, horizonMonths }: CostTableProps) {
  return (
    <div className="min-w-0">
      <div
        role="region"
        aria-labelledby="cost-table-caption"
        tabIndex={0}
        className="overflow-x-auto rounded border border-stone-200 dark:border-stone-800"
      >
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption id="cost-table-caption" className="px-3 pt-2 text-left text-sm font-semibold">
            Estimates by approach, low to high
          </caption>
          <TableHead>
            <ColumnHead className="px-3 py-2">Approach</ColumnHead>
            {COLUMNS.map((f) => (
              <ColumnHead key={f} className="px-3 py-2 text-right">
                {header(f, horizonMonths)}
              </ColumnHead>
            ))}
          </TableHead>
          <tbody>
            {APPROACHES.map((id) => {
              const inPlan = stack.includes(id)
              return (
                <tr key={id} data-cost-approach={id} className={BODY_ROW}>
                  <th
                    scope="row"
                    className={`px-3 py-2 ${inPlan ? 'font-semibold' : 'font-normal'}`}
                  >
                    {APPROACH_INFO[id].name}
                    {inPlan && (
                      <>
                        {' '}
                        <span className="block text-xs font-normal">your plan</span>
                      </>
                    )}
                  </th>
                  {COLUMNS.map((f) => (
                    <td
                      key={f}
                      data-figure={f}
                      className="px-3 py-2 text-right whitespace-nowrap tabular-nums"
                    >
                      {figureText(f, math[id][f].value)}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="no-print mt-3 grid gap-2">
        {APPROACHES.map((id) => (
          <Disclosure
            key={id}
            className="rounded border border-stone-200 dark:border-stone-800"
            summaryClassName="cursor-pointer rounded px-3 py-2 text-sm font-medium text-brand-800 hover:bg-stone-100 dark:text-brand-100 dark:hover:bg-stone-800"
            summary={`Show the math: ${APPROACH_INFO[id].name}`}
          >
            <div className="grid gap-3 border-t border-stone-200 px-3 py-2 dark:border-stone-800">
              {COLUMNS.map((f) => {
                const figure = math[id][f]
                return (
                  <section key={f} aria-label={figure.label}>
                    <h4 className="text-sm font-semibold">
                      {header(f, horizonMonths)}:{' '}
                      <span className="tabular-nums">{figureText(f, figure.value)}</span>
                    </h4>
                    <ol className="mt-1 grid gap-1 text-sm">
                      {figure.steps.map((step, i) => (
                        <li key={i} className="grid">
                          <span>
                            <span className="font-medium">{step.label}</span>{' '}
                            <span className="text-stone-600 dark:text-stone-400">
                              = {step.formula}
                            </span>
                          </span>
                          <span className="tabular-nums break-words">
                            = {step.numbers} = <strong>{step.result}</strong>
                          </span>
                        </li>
                      ))}
                    </ol>
                  </section>
                )
              })}
            </div>
          </Disclosure>
        ))}
      </div>
    </div>
  )
})
