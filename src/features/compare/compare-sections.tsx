import { lazy, useId, useState } from 'react'
import { Link } from 'react-router'
import { ANSWER_LABELS, APPROACH_INFO, type ApproachId, type Recommendation } from '../../engine'
import { diffAnswers } from '../../engine/contract/answers-diff'
import { formatRange } from '../../components/charts/chart-data'
import { ChartPart, ChartTableFold } from '../../components/charts/chart-figure'
import {
  COMPARE_METRICS,
  COMPARE_METRIC_INFO,
  compareChartData,
  type CompareChartData,
  type CompareMetric,
} from './compare-chart-data'
import type { Scenario } from './compare-link'
import { compareChartHeight, SCENARIO_STYLE } from './scenario-style'

// Recharts only loads with the chart, in its own chunk.
const CompareChart = lazy(() => import('./compare-chart'))

/** A scenario read from the link, with what the engine makes of it. */
export interface ComparedScenario extends Scenario {
  recommendation: Recommendation
}

export interface ScenarioLinks {
  result: (query: string) => string
  map: (query: string) => string
  guide: (id: ApproachId) => string
}

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'
const card =
  'rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900'

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

const planName = (stack: readonly ApproachId[]) =>
  stack.map((id) => APPROACH_INFO[id].name).join(' + ')

/** Each scenario's verdict, plan and ranking, side by side. */
export function ScenarioColumns({
  scenarios,
  links,
  onSave,
}: {
  scenarios: readonly ComparedScenario[]
  links: ScenarioLinks
  onSave: (s: ComparedScenario) => void
}) {
  return (
    <ul className={`grid gap-4 ${scenarios.length === 3 ? 'lg:grid-cols-3' : ''} sm:grid-cols-2`}>
      {scenarios.map((s) => {
        const { ranking, stack, stackReasons } = s.recommendation
        return (
          <li key={s.letter} className={card} data-testid={`scenario-${s.letter}`}>
            <h3 className="flex items-start gap-2 text-lg font-semibold">
              <ScenarioMark scenario={s} />
              <span className="min-w-0 break-words">{s.name}</span>
            </h3>
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Plan</p>
            <p className="font-semibold" data-testid={`plan-${s.letter}`}>
              {planName(stack)}
            </p>
            {stackReasons.map((r) => (
              <p key={r.approach} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                {r.text}
              </p>
            ))}
            <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">Ranking</p>
            <ol className="mt-1 space-y-1" data-testid={`ranking-${s.letter}`}>
              {ranking.map((r, i) => (
                <li
                  key={r.approach}
                  data-approach={r.approach}
                  className="flex items-baseline justify-between gap-2"
                >
                  <span>
                    <span className="text-stone-600 dark:text-stone-400">{i + 1}. </span>
                    <Link to={links.guide(r.approach)} className={link}>
                      {APPROACH_INFO[r.approach].short}
                    </Link>{' '}
                    <span className="text-sm text-stone-600 dark:text-stone-400">
                      {r.verdict === 'recommended'
                        ? 'recommended'
                        : r.verdict === 'viable'
                          ? 'viable'
                          : 'not advised'}
                    </span>
                  </span>
                  <span className="tabular-nums" aria-label={`score ${r.score} of 100`}>
                    {r.score}
                  </span>
                </li>
              ))}
            </ol>
            <p className="no-print mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link
                to={links.result(s.query)}
                className={link}
                aria-label={`Open this result (${s.name})`}
              >
                Open this result
              </Link>
              <Link to={links.map(s.query)} className={link} aria-label={`On the map (${s.name})`}>
                On the map
              </Link>
              <button
                type="button"
                onClick={() => onSave(s)}
                aria-label={`Save to my decisions (${s.name})`}
                className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100"
              >
                Save to my decisions
              </button>
            </p>
          </li>
        )
      })}
    </ul>
  )
}

const head = 'px-2 py-2 text-left align-bottom font-medium'

function ScenarioHeads({ scenarios }: { scenarios: readonly Scenario[] }) {
  return (
    <>
      {scenarios.map((s) => (
        <th key={s.letter} scope="col" className={head}>
          <span className="flex items-center gap-1.5">
            <ScenarioMark scenario={s} />
            <span className="break-words">{s.name}</span>
          </span>
        </th>
      ))}
    </>
  )
}

/** Question by question, the answers that differ marked with a sign and words, not colour alone. */
export function AnswersTable({ scenarios }: { scenarios: readonly Scenario[] }) {
  const [onlyDiffs, setOnlyDiffs] = useState(false)
  const id = useId()
  const rows = diffAnswers(scenarios.map((s) => s.answers))
  const changed = rows.filter((r) => r.differs).length
  const shown = onlyDiffs ? rows.filter((r) => r.differs) : rows
  const label = (key: (typeof rows)[number]['key'], values: readonly string[]) => {
    const names = ANSWER_LABELS[key].values as Record<string, string>
    return values.length === 0 ? 'not answered' : values.map((v) => names[v] ?? v).join(', ')
  }
  return (
    <div>
      <p className="text-stone-700 dark:text-stone-300" data-testid="answers-diff-count">
        {changed === 0
          ? 'The scenarios answer every question the same way.'
          : `${changed} of ${rows.length} answered question${rows.length === 1 ? '' : 's'} differ${changed === 1 ? 's' : ''}.`}
      </p>
      <p className="no-print mt-2">
        <input
          id={`${id}-only`}
          type="checkbox"
          checked={onlyDiffs}
          onChange={(e) => setOnlyDiffs(e.target.checked)}
          className="mr-2 h-4 w-4 accent-brand-700"
        />
        <label htmlFor={`${id}-only`}>Show only the answers that differ</label>
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            Answers of each scenario; rows marked “differs” are answered differently.
          </caption>
          <thead>
            <tr className="border-b border-stone-300 dark:border-stone-700">
              <th scope="col" className={head}>
                Question
              </th>
              <ScenarioHeads scenarios={scenarios} />
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.key}
                data-key={row.key}
                data-differs={row.differs}
                className={`border-b border-stone-200 dark:border-stone-800 ${
                  row.differs ? 'bg-amber-50 dark:bg-amber-950/60' : ''
                }`}
              >
                <th scope="row" className="px-2 py-2 text-left align-top font-normal">
                  <span className={row.differs ? 'font-semibold' : ''}>
                    {ANSWER_LABELS[row.key].label}
                  </span>
                  {row.differs && (
                    <span className="mt-0.5 block w-fit whitespace-nowrap rounded border border-amber-700 px-1 text-xs font-semibold text-amber-900 dark:border-amber-300 dark:text-amber-100">
                      ≠ differs
                    </span>
                  )}
                </th>
                {row.values.map((values, i) => (
                  <td key={i} className="px-2 py-2 align-top">
                    {label(row.key, values)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Estimates for each scenario’s plan</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className={head}>
              Estimate
            </th>
            <ScenarioHeads scenarios={scenarios} />
          </tr>
        </thead>
        <tbody>
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
                          <span className="tabular-nums">
                            {formatRange(row.kind, r.low, r.high)}
                          </span>
                        </li>
                      )
                    })}
                  </ul>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ChartTable({ data }: { data: CompareChartData }) {
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">
        {data.title} ({data.unit}), every approach in every scenario
      </caption>
      <thead>
        <tr className="border-b border-stone-300 dark:border-stone-700">
          <th scope="col" className={head}>
            Approach
          </th>
          {data.scenarios.map((s) => (
            <th key={s.letter} scope="col" className={head}>
              {s.letter.toUpperCase()}: {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row) => (
          <tr key={row.id} className="border-b border-stone-200 dark:border-stone-800">
            <th scope="row" className="px-2 py-1 text-left font-normal">
              {row.name}
            </th>
            {data.scenarios.map((s) => {
              const cell = row.cells[s.letter]!
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
  const data = compareChartData(
    scenarios.map((s) => ({
      letter: s.letter,
      name: s.name,
      estimates: s.recommendation.estimates,
      stack: s.recommendation.stack,
    })),
    metric,
  )
  const height = compareChartHeight(data.rows.length, data.scenarios.length)
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      className={`print-avoid-break ${card}`}
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
              `${r.name}: ${data.scenarios.map((s) => `${s.name} ${r.cells[s.letter]!.label}`).join(', ')}`,
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
