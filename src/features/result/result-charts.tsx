import { memo, useMemo } from 'react'
import {
  formatNumber,
  ANSWER_LABELS,
  queriesPerDay,
  type Answers,
  type ApproachId,
  type Assumptions,
  type Estimates,
} from '../../engine'
import { ChartFigure } from '../../components/charts/chart-figure'
import { ESTIMATE_METRICS, estimateChartData } from '../../components/charts/chart-data'

interface ResultChartsProps {
  estimates: Estimates
  stack: readonly ApproachId[]
  answers: Answers
  assumptions: Assumptions
}

/** The four approaches side by side on cost, running cost, build time and upkeep. */
export const ResultCharts = memo(function ResultCharts({
  estimates,
  stack,
  answers,
  assumptions,
}: ResultChartsProps) {
  const charts = useMemo(
    () => ESTIMATE_METRICS.map((metric) => estimateChartData(estimates, metric, stack)),
    [estimates, stack],
  )
  const qpd = queriesPerDay(answers, assumptions)
  const volumeNote =
    assumptions.queriesPerDay !== null
      ? `At ${formatNumber(qpd)} queries a day (your assumption).`
      : answers.volume
        ? `At about ${formatNumber(qpd)} queries a day (you said ${ANSWER_LABELS.volume.values[answers.volume]}).`
        : `At about ${formatNumber(qpd)} queries a day: volume unknown, so a medium volume is assumed.`

  return (
    <section aria-labelledby="compare-charts">
      <h2 id="compare-charts" className="text-xl font-semibold">
        The four approaches compared
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Each bar runs from the low to the high estimate. They come from stated, adjustable
        assumptions (see the costs below), not from quotes.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {charts.map((data) => (
          <ChartFigure
            key={data.metric}
            data={data}
            {...(data.metric === 'monthly' ? { note: volumeNote } : {})}
          />
        ))}
      </div>
    </section>
  )
})
