import { useEffect, useRef } from 'react'
import { Link, NavigationType, useLocation, useNavigationType } from 'react-router'
import { ANSWER_KEYS, APPROACH_INFO, type Answers, type Recommendation } from '../../engine'
import { paths, route } from '../../app/paths'
import { planName, planSentence } from '../../engine/format/plan-sentence'
import { PlanOutlook } from './plan-outlook'

export const RESULT_HEADING_ID = 'result-heading'

/**
 * The result in one sentence (the page's heading, focused on arrival so a screen reader starts
 * there), and the plan as a list of approaches, primary first.
 */
export function PlanHeadline({
  recommendation,
  answers,
}: {
  recommendation: Recommendation
  answers: Answers
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const { stack, stackReasons, ranking } = recommendation
  const sentence = planSentence(stack, answers)
  const primary = stack[0]!
  const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined).length
  // With the problem unknown the engine gives a starting point, and the page says so first.
  const start =
    recommendation.confidence.level === 'not-yet' &&
    recommendation.confidence.missing.includes('problem')

  // Arriving at a result (first load, a link, Back) starts at its heading; an answer changed on
  // the page rewrites the link in place (replace) and leaves focus where the user is.
  const { key } = useLocation()
  const navigation = useNavigationType()
  const arrived = useRef(false)
  useEffect(() => {
    if (arrived.current && navigation === NavigationType.Replace) return
    arrived.current = true
    heading.current?.focus()
  }, [key, navigation])

  useEffect(() => {
    const before = document.title
    document.title = `${start ? 'A starting point' : `${planName(stack, 'short')} recommended`} — RAG or Tune`
    return () => {
      document.title = before
    }
  }, [stack, start])

  return (
    <div>
      <p className="text-sm font-medium tracking-wide text-brand-800 uppercase dark:text-brand-100">
        {start ? 'A starting point, not a verdict' : 'Recommendation'}
      </p>
      <h1
        ref={heading}
        id={RESULT_HEADING_ID}
        tabIndex={-1}
        className="mt-1 text-2xl font-semibold tracking-tight text-balance outline-none focus-visible:outline-2 sm:text-3xl"
      >
        {sentence}
      </h1>
      <h2 className="sr-only">The plan</h2>
      <ol data-testid="stack" className="mt-4 flex flex-wrap items-stretch gap-2">
        {stack.map((id, i) => {
          const score = ranking.find((r) => r.approach === id)?.score
          return (
            <li key={id} data-approach={id} className="flex items-center gap-2">
              {i > 0 && (
                <span aria-hidden="true" className="text-xl font-semibold text-stone-500">
                  +
                </span>
              )}
              <Link
                to={route(paths.guideApproach.href(id))}
                className={`rounded-lg border-2 px-3 py-2 hover:bg-stone-50 dark:hover:bg-stone-800 ${i === 0 ? 'border-brand-700 bg-brand-50 dark:border-brand-100 dark:bg-brand-900' : 'border-dashed border-brand-700 dark:border-brand-100'}`}
              >
                <span className="block font-semibold">{APPROACH_INFO[id].name}</span>
                <span className="block text-xs text-stone-700 dark:text-stone-300">
                  {i === 0 ? 'Primary' : 'Added to it'}
                  {score !== undefined && ` · score ${score}/100`}
                </span>
              </Link>
            </li>
          )
        })}
      </ol>
      <PlanOutlook recommendation={recommendation} />
      <div className="mt-3 max-w-3xl space-y-1 text-sm text-stone-700 dark:text-stone-300">
        <p>{APPROACH_INFO[primary].summary}</p>
        {stackReasons.map((r) => (
          <p key={r.approach}>
            <span className="font-medium">Why {APPROACH_INFO[r.approach].short} too: </span>
            {r.text}
          </p>
        ))}
        {primary !== 'prompt' && <p>A well-written prompt stays the base of every plan.</p>}
        <p className="text-stone-600 dark:text-stone-400">
          Based on {answered} of {ANSWER_KEYS.length} answers
          {answered < ANSWER_KEYS.length ? '; the rest count as unknown.' : '.'}
        </p>
      </div>
    </div>
  )
}
