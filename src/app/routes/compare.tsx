import { useMemo, useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { recommend } from '../../engine'
import { AnswersTable } from '../../features/compare/answers-table'
import { CompareChartFigure } from '../../features/compare/compare-chart-figure'
import type { ComparedScenario, ScenarioLinks } from '../../features/compare/compare.types'
import { EstimatesTable } from '../../features/compare/estimates-table'
import { ScenarioColumns } from '../../features/compare/scenario-columns'
import { compareQuery, parseComparison } from '../../features/compare/compare-link'
import { useDecisionsStore, writeProblemMessage } from '../../store/decisions-store'
import { paths, route } from '../../config/paths'
import { usePageTitle } from '../../components/use-page-title'

const links: ScenarioLinks = {
  result: (query) => route(paths.result.href(query)),
  map: (query) => route(paths.map.href(query)),
  guide: (id) => route(paths.guideApproach.href(id)),
}

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'

/** The full address of a comparison, for sharing: this page's location with a canonical query. */
function shareUrl(query: string): string {
  const { origin, pathname, search } = window.location
  return `${origin}${pathname}${search}${paths.compare.href(query)}`
}

/** Copies text; falls back to selecting it in the field for Ctrl+C where the clipboard is refused. */
async function copy(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    field?.focus()
    field?.select()
    return false
  }
}

/**
 * `#/compare?a=<answers>&b=<answers>[&c=…]`: two or three scenarios side by side. Each value is
 * a result query, URL-encoded; `an`, `bn`, `cn` name them. See the README.
 */
export default function CompareRoute() {
  usePageTitle('Compare scenarios')
  const { search } = useLocation()
  const parsed = useMemo(() => parseComparison(search), [search])
  const scenarios: ComparedScenario[] = useMemo(
    () =>
      parsed.scenarios.map((s) => ({ ...s, recommendation: recommend(s.answers, s.assumptions) })),
    [parsed],
  )
  const save = useDecisionsStore((s) => s.save)
  const [status, setStatus] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const query = compareQuery(scenarios.map((s) => ({ query: s.query, name: s.name })))
  const url = shareUrl(query)
  const scenarioProblems = scenarios.filter((s) => s.problems.length > 0)

  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Compare scenarios</h1>
      <p className="mt-3 max-w-3xl text-stone-700 dark:text-stone-300">
        Two or three sets of answers side by side — say “today” and “in six months” — with what
        differs, how each ranks the approaches, and what each plan would cost.
      </p>

      {(parsed.problems.length > 0 || scenarioProblems.length > 0) && (
        <div
          role="status"
          data-testid="compare-notice"
          className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Parts of this link could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
            {scenarioProblems.map((s) => (
              <li key={s.letter}>
                {s.name}: {s.problems.slice(0, 4).join(' ')}
                {s.problems.length > 4 && ` (and ${s.problems.length - 4} more)`}
              </li>
            ))}
          </ul>
        </div>
      )}

      {scenarios.length < 2 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">
          Pick two or three saved results on{' '}
          <Link to={route(paths.decisions.href())} className={link}>
            My decisions
          </Link>{' '}
          and choose “Compare”, or open a comparison link someone sent you.
        </p>
      ) : (
        <>
          <div className="no-print mt-4 flex flex-wrap items-end gap-2">
            <div className="min-w-0 flex-1 basis-64">
              <label htmlFor="compare-link" className="block text-sm font-medium">
                Link to this comparison
              </label>
              <input
                id="compare-link"
                ref={field}
                readOnly
                value={url}
                onFocus={(e) => e.target.select()}
                className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-950"
              />
            </div>
            <button
              type="button"
              onClick={() =>
                void copy(url, field.current).then((ok) =>
                  setStatus(
                    ok
                      ? 'Link copied.'
                      : 'Copying was refused: press Ctrl+C (⌘C) to copy the selected link.',
                  ),
                )
              }
              className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
            >
              Copy link
            </button>
            <p role="status" className="w-full text-sm text-stone-700 dark:text-stone-300">
              {status}
            </p>
          </div>

          <p className="mt-2 hidden text-sm break-all print:block">Link: {url}</p>

          <section aria-labelledby="compare-verdicts" className="mt-6">
            <h2 id="compare-verdicts" className="text-xl font-semibold">
              Verdicts and rankings
            </h2>
            <div className="mt-3">
              <ScenarioColumns
                scenarios={scenarios}
                links={links}
                onSave={(s) => {
                  const saved = save({
                    name: s.name,
                    query: s.query,
                    primary: s.recommendation.ranking[0].approach,
                  })
                  setStatus(
                    !saved.ok
                      ? saved.reason
                      : saved.problem
                        ? `“${saved.decision.name}”: ${writeProblemMessage(saved.problem)}`
                        : `Saved “${saved.decision.name}” to My decisions.`,
                  )
                }}
              />
            </div>
          </section>

          <section aria-labelledby="compare-answers" className="mt-8">
            <h2 id="compare-answers" className="text-xl font-semibold">
              Answers
            </h2>
            <div className="mt-2">
              <AnswersTable scenarios={scenarios} />
            </div>
          </section>

          <section aria-labelledby="compare-estimates" className="mt-8">
            <h2 id="compare-estimates" className="text-xl font-semibold">
              What each plan would cost and take
            </h2>
            <div className="mt-3">
              <EstimatesTable scenarios={scenarios} />
            </div>
            <div className="mt-6">
              <CompareChartFigure scenarios={scenarios} />
            </div>
          </section>
        </>
      )}
    </div>
  )
}
