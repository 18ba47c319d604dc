import { useMemo } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import {
  at,
  APPROACH_INFO,
  DEFAULT_ASSUMPTIONS,
  parseAnswers,
  parseAssumptions,
  questionLabel,
  serializeAnswers,
  type QuestionKey,
} from '../../engine'
import { decisionPath, mapNode } from '../../engine/map/decision-path'
import { BestFitUnlocks } from '../../components/best-fit-unlocks'
import { DecisionMapDiagram } from '../../features/map/decision-map-diagram'
import { DecisionOutline } from '../../features/map/decision-outline'
import { relevantAnswers, stepOf } from '../../questions/steps'
import { useAnswersStore } from '../../store/answers-store'
import { paths, route } from '../../config/paths'
import { usePageTitle } from '../../components/use-page-title'

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'

/**
 * `#/map` and `#/map?<answers>`: the article's decision tree with the user's path through it.
 * Without answers in the link, the user's own saved answers are shown.
 */
export default function DecisionMapRoute() {
  usePageTitle('The decision map')
  const { search } = useLocation()
  const navigate = useNavigate()
  const saved = useAnswersStore((s) => s.answers)
  const fromLink = search.length > 1
  const parsed = useMemo(() => (fromLink ? parseAnswers(search) : null), [fromLink, search])
  // The answers the result reads: those of questions the branching asks, so a stale answer to
  // a skipped question does not steer the map either.
  const answers = useMemo(() => relevantAnswers(parsed ? parsed.answers : saved), [parsed, saved])
  // The link's cost assumptions too (the chosen model, the budget's figures): the result's gates
  // read them, and the map must end where the result does.
  const assumptions = useMemo(
    () => (fromLink ? parseAssumptions(search).assumptions : DEFAULT_ASSUMPTIONS),
    [fromLink, search],
  )
  const path = useMemo(() => decisionPath(answers, assumptions), [answers, assumptions])
  const query = serializeAnswers(answers)
  const end = mapNode(path.end)
  const questionTo = (key: QuestionKey) => route(paths.step.href(stepOf(key)))

  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">The decision map</h1>
      <p className="mt-3 max-w-3xl text-stone-700 dark:text-stone-300">
        The whole decision at a glance: first what needs to change, then the checks to pass before
        fine-tuning, then which kind of fine-tune. Your path is drawn with a thick outline and a
        mark; everything else is dashed. Click a step, or use the list below, to open the question
        that decides it.
      </p>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {fromLink ? (
          <>
            Showing the answers from this link.{' '}
            <Link to={route(paths.map.href())} className={link}>
              Show my own answers instead
            </Link>
          </>
        ) : Object.keys(saved).length > 0 ? (
          'Showing your answers from the questionnaire.'
        ) : (
          <>
            You have not answered anything yet, so only the start is marked.{' '}
            <Link to={route(paths.step.href('problem'))} className={link}>
              Start the questionnaire
            </Link>
          </>
        )}
      </p>

      {parsed && parsed.problems.length > 0 && (
        <div
          role="status"
          className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-medium">Some parts of this link were ignored:</p>
          <ul className="mt-1 list-disc pl-5">
            {parsed.problems.slice(0, 6).map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}

      <section
        aria-labelledby="map-verdict"
        className="print-avoid-break mt-6 rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        data-testid="map-summary"
        data-end={path.end}
      >
        <h2 id="map-verdict" className="text-lg font-semibold">
          Where your path ends: {end.title}
        </h2>
        <p className="mt-1 text-stone-700 dark:text-stone-300">{path.reason}</p>
        <p className="mt-2 text-sm">
          <span className="text-stone-600 dark:text-stone-400">The plan: </span>
          <span data-testid="map-result" className="font-semibold">
            {path.stack.map((id, i) => (
              <span key={id} data-approach={id}>
                {i > 0 && ' + '}
                {APPROACH_INFO[id].name}
              </span>
            ))}
          </span>
        </p>
        {path.unlocks && (
          <BestFitUnlocks
            approach={path.unlocks.approach}
            blockers={path.unlocks.blockers}
            className="mt-3"
          />
        )}
        {path.unknown.length > 0 && (
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
            Not answered yet, and able to move your path:{' '}
            {path.unknown.map((key, i) => (
              <span key={key}>
                {i > 0 && ', '}
                <Link to={questionTo(key)} className={link}>
                  {questionLabel(key).toLowerCase()}
                </Link>
              </span>
            ))}
            .
          </p>
        )}
        <p className="no-print mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link to={route(paths.result.href(query))} className={link}>
            See the full result
          </Link>
          <Link to={route(paths.guideApproach.href(path.stack[0]))} className={link}>
            Read the guide: {APPROACH_INFO[path.stack[0]].name}
          </Link>
        </p>
      </section>

      <figure className="mt-6">
        <figcaption className="mb-2 text-sm text-stone-600 dark:text-stone-400">
          The decision tree of the reference article, with the checks to pass before fine-tuning.
          Legend: thick outline and ✓ = on your path; ★ = where it ends; dashed = not on your path.
        </figcaption>
        <DecisionMapDiagram
          path={path}
          onOpenQuestion={(id) => void navigate(questionTo(at(mapNode(id).keys, 0)))}
        />
      </figure>

      {path.steps.length > 0 && (
        <section aria-labelledby="map-steps" className="mt-8">
          <h2 id="map-steps" className="text-xl font-semibold">
            Your path, step by step
          </h2>
          <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="map-steps">
            {path.steps.map((step) => (
              <li key={`${step.node}-${step.to}`}>
                <span className="font-medium">{mapNode(step.node).title}</span> →{' '}
                <span className="font-medium">{mapNode(step.to).title}</span>
                {!step.answered && (
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    {' '}
                    (not answered: the default way)
                  </span>
                )}
                <span className="block text-sm text-stone-700 dark:text-stone-300">
                  {step.because}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {/* On paper the diagram and the steps say it all; the list is the screen's twin of the diagram. */}
      <section aria-labelledby="map-outline-title" className="no-print mt-8">
        <h2 id="map-outline-title" className="text-xl font-semibold">
          The map as a list
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Every step of the diagram, with the questions that decide it.
        </p>
        <div className="mt-3">
          <DecisionOutline path={path} questionTo={questionTo} />
        </div>
      </section>
    </div>
  )
}
