import {
  lazy,
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import {
  compareCosts,
  formatQuantity,
  formatUsd,
  queriesPerDay,
  serializeAssumptions,
  showTheMath,
  type Answers,
  type Assumptions,
  type CostComparison,
  type Recommendation,
} from '../../engine'
import { AssumptionsPanel } from './assumptions-panel'
import { costChartData, LINE_COLOR_CLASSES, type CostChartData } from './cost-chart-data'
import { MarkerLegend } from './marker-legend'
import { CostTable } from './cost-table'
import { Disclosure } from './disclosure'
import { ModelPicker } from './model-picker'
import { ProviderLandscape } from './provider-landscape'
import { useNearViewport } from '../../components/use-near-viewport'
import { ChartPart } from '../../components/charts/chart-figure'

// Recharts is drawn in its own lazily loaded chunk.
const CostChart = lazy(() => import('./cost-chart'))

export interface CostSectionProps {
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
  onAssumptionsChange: (next: Assumptions) => void
}

/** Typing waits this long before the link is rewritten, so the URL does not churn. */
export const LINK_DEBOUNCE_MS = 600

function volumeSourceShort(answers: Answers, a: Assumptions): string {
  if (a.queriesPerDay !== null) return 'as you set it'
  if (answers.volume !== undefined) return 'from your volume answer'
  return 'volume not answered, so a medium volume is assumed'
}

function ChartTable({ data }: { data: CostChartData }) {
  const rows = data.rows.filter((r) => data.markerMonths.includes(r.month))
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Cumulative cost by month, middle of each estimate, USD</caption>
      <thead>
        <tr className="border-b border-stone-300 dark:border-stone-700">
          <th scope="col" className="py-1 pr-2 font-medium">
            By the end of month
          </th>
          {data.lines.map((l) => (
            <th key={l.id} scope="col" className="py-1 pr-2 text-right font-medium">
              {l.short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.month}
            className="border-b border-stone-200 last:border-0 dark:border-stone-800"
          >
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
const CostChartFigure = memo(function CostChartFigure({
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

/**
 * What the plan costs, and when fine-tuning pays off: the break-even in words, cumulative cost
 * over the horizon as a chart (and a table), the per-approach estimates with their arithmetic,
 * and every assumption behind them, editable. Edits show at once; the link follows after a pause.
 */
export function CostSection({
  answers,
  assumptions,
  recommendation,
  onAssumptionsChange,
}: CostSectionProps) {
  // Edits not yet in the link. The link stays the source of truth: a draft lives only while the
  // debounce runs, and is dropped as soon as it has been handed over.
  const [draft, setDraft] = useState<Assumptions | null>(null)
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; next: Assumptions } | null>(null)
  const handOver = useRef(onAssumptionsChange)
  const committed = useRef(assumptions)
  useEffect(() => {
    handOver.current = onAssumptionsChange
    committed.current = assumptions
  }, [onAssumptionsChange, assumptions])
  // Leaving the page drops a pending edit rather than navigating back to it.
  useEffect(() => () => clearTimeout(pending.current?.timer), [])

  const flush = useCallback(() => {
    const p = pending.current
    if (!p) return
    clearTimeout(p.timer)
    pending.current = null
    setDraft(null)
    // Edits that came back to where they started change nothing: the link stays as it is.
    if (serializeAssumptions(p.next) !== serializeAssumptions(committed.current))
      handOver.current(p.next)
  }, [])
  const edit = useCallback(
    (next: Assumptions, immediate: boolean) => {
      clearTimeout(pending.current?.timer)
      pending.current = { next, timer: setTimeout(flush, LINK_DEBOUNCE_MS) }
      setDraft(next)
      if (immediate) flush()
    },
    [flush],
  )

  const shown = draft ?? assumptions
  // The figures follow in a deferred render: a changed answer or a keystroke commits the rest of
  // the page first.
  const figures = useDeferredValue(shown)
  const figuresAnswers = useDeferredValue(answers)
  const stack = useDeferredValue(recommendation.stack)
  const math = useMemo(() => showTheMath(figuresAnswers, figures), [figuresAnswers, figures])
  const comparison = useMemo(() => compareCosts(figuresAnswers, figures), [figuresAnswers, figures])
  const chart = useMemo(() => costChartData(comparison, stack), [comparison, stack])
  const qpd = queriesPerDay(answers, shown)
  const volumeSource = volumeSourceShort(answers, shown)
  const derivedQueriesPerDay = useMemo(
    () => ({ value: qpd, source: volumeSource }),
    [qpd, volumeSource],
  )

  return (
    <section aria-labelledby="costs-title" className="print-avoid-break">
      <h2 id="costs-title" className="text-xl font-semibold">
        What it costs over time
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        At {formatQuantity(queriesPerDay(figuresAnswers, figures))} queries a day (
        {volumeSourceShort(figuresAnswers, figures)}), over {figures.horizonMonths} months. Build,
        running and upkeep costs from the assumptions in this section: estimates to plan with, not
        quotes.
      </p>

      <div className="mt-4 grid gap-6">
        <ModelPicker
          answers={answers}
          assumptions={shown}
          onChange={edit}
          risks={recommendation.risks}
        />
        {/* On phones the figures come first and the assumptions last; side by side from lg. */}
        <div className="contents lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-6">
          <CostChartFigure
            comparison={comparison}
            chart={chart}
            horizonMonths={figures.horizonMonths}
          />

          <div className="order-last min-w-0 lg:sticky lg:top-4 lg:order-none lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <AssumptionsPanel
              assumptions={shown}
              derivedQueriesPerDay={derivedQueriesPerDay}
              onChange={edit}
              onDone={flush}
            />
          </div>
        </div>

        <div className="grid min-w-0 gap-3">
          <CostTable math={math} stack={stack} horizonMonths={figures.horizonMonths} />
          <p className="text-sm text-stone-600 dark:text-stone-400">
            {figuresAnswers.hosting === 'self-host'
              ? 'LoRA is priced as a small open model on your own rented GPUs, since you can serve open-weight models.'
              : 'LoRA is priced as a fine-tuned model hosted by a provider. If you can serve open-weight models, say so in your answers to price it on your own GPUs.'}{' '}
            Full fine-tuning is always priced on your own GPUs.
          </p>
          <ProviderLandscape />
        </div>
      </div>
    </section>
  )
}
