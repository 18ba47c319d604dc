import { useDeferredValue, useMemo } from 'react'
import {
  compareCosts,
  formatQuantity,
  queriesPerDay,
  showTheMath,
  type Answers,
  type Assumptions,
  type Recommendation,
} from '../../engine'
import { AssumptionsPanel } from './assumptions-panel'
import { useAssumptionsDraft } from './use-assumptions-draft'
import { costChartData } from './cost-chart-data'
import { CostChartFigure } from './cost-chart-figure'
import { CostTable } from './cost-table'
import { ModelPicker } from './model-picker'
import { ProviderLandscape } from './provider-landscape'

export interface CostSectionProps {
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
  onAssumptionsChange: (next: Assumptions) => void
}

function volumeSourceShort(answers: Answers, a: Assumptions): string {
  if (a.queriesPerDay !== null) return 'as you set it'
  if (answers.volume !== undefined) return 'from your volume answer'
  return 'volume not answered, so a medium volume is assumed'
}

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
  const { shown, edit, flush } = useAssumptionsDraft(assumptions, onAssumptionsChange)
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
