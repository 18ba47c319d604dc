import { useEffect, useMemo, useRef } from 'react'
import { Link, useNavigate } from 'react-router'
import { analyseSensitivity } from '../../engine/decision/sensitivity'
import { planName } from '../../engine/format/plan-sentence'
import { usePageTitle } from '../../components/use-page-title'
import { QUESTION_LABELS } from '../../engine/contract/answer-labels'
import { relevantAnswers, resultQuery, stepsFor } from '../../questions/steps'
import { useAnswersStore } from '../../store/answers-store'
import { paths, route } from '../../config/paths'
import { at } from '../../engine'

const button =
  'rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white shadow-sm hover:bg-brand-800'
const link = 'font-medium text-brand-800 underline underline-offset-4 dark:text-brand-100'

/**
 * `#/review`: after the last question, before the result. Lists the questions left unanswered
 * whose answer could change which approach leads, each a link back to its step; with none, it
 * goes straight on to the result. Its own chunk: the engine loads here, not on the first screen.
 */
export default function ReviewRoute() {
  const answers = useAnswersStore((s) => s.answers)
  const open = useMemo(() => {
    const asked = stepsFor(answers)
    return analyseSensitivity(relevantAnswers(answers)).openQuestions.filter((q) =>
      asked.includes(q.key),
    )
  }, [answers])
  usePageTitle('Before the result')
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const result = route(paths.result.href(resultQuery(answers)))
  const navigate = useNavigate()
  const none = open.length === 0
  useEffect(() => {
    if (none) void navigate(result, { replace: true })
  }, [none, navigate, result])
  if (none) return null

  return (
    <div className="mx-auto max-w-3xl">
      <h1
        ref={heading}
        tabIndex={-1}
        className="text-2xl font-semibold tracking-tight outline-none sm:text-3xl"
      >
        {open.length === 1
          ? 'One unanswered question could change the plan'
          : `${open.length} unanswered questions could change the plan`}
      </h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The result is ready, but it leans on a guess where these are unknown. Answer them now, or
        see the result and come back later.
      </p>
      <ul data-testid="open-questions" className="mt-6 grid gap-3">
        {open.map((q) => (
          <li
            key={q.key}
            className="rounded-xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900"
          >
            <p className="font-medium">{QUESTION_LABELS[q.key]}</p>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              Could lead to {planName(q.couldLeadTo).replaceAll(' + ', ' or ')}.
            </p>
            <Link
              to={route(paths.step.href(q.key, 'review'))}
              className={`mt-2 inline-block text-sm ${link}`}
            >
              Answer this question<span className="sr-only">: {QUESTION_LABELS[q.key]}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Link to={result} className={button}>
          See the result
        </Link>
        <Link to={route(paths.step.href(at(stepsFor(answers), -1)))} className={link}>
          Back to the last question
        </Link>
      </div>
    </div>
  )
}
