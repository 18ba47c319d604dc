import { Link } from 'react-router'
import { APPROACH_INFO, planName, VERDICT_WORDS } from '../../engine'
import type { ComparedScenario, ScenarioLinks } from './compare.types'
import { ScenarioMark } from './scenario-mark'
import { SCENARIO_CARD } from './scenario-style'

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'

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
          <li key={s.letter} className={SCENARIO_CARD} data-testid={`scenario-${s.letter}`}>
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
                      {VERDICT_WORDS[r.verdict]}
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
