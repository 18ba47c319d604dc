import { useEffect, useMemo, useRef } from 'react'
import { NavigationType, useLocation, useNavigationType } from 'react-router'
import {
  ANSWER_KEYS,
  APPROACH_INFO,
  atAGlance,
  type Answers,
  type Pivot,
  type Recommendation,
} from '../../engine'
import { planName, planSentence } from '../../engine/format/plan-sentence'
import { BestFitUnlocks } from '../../components/best-fit-unlocks'
import { PlanOutlook } from './plan-outlook'
import { isEdit } from './use-result'
import { VerdictGlance } from './verdict-glance'

export const RESULT_HEADING_ID = 'result-heading'

/**
 * The result in one sentence (the page's heading, focused on arrival so a screen reader starts
 * there), and the plan as a list of approaches, primary first.
 */
export function PlanHeadline({
  recommendation,
  answers,
  pivot,
  assumptionsQuery,
}: {
  recommendation: Recommendation
  answers: Answers
  /** The one answer that would change the plan; null until the sensitivity analysis is in. */
  pivot: Pivot | null
  assumptionsQuery: string
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const { stack, stackReasons } = recommendation
  const glance = useMemo(() => atAGlance(recommendation, answers), [recommendation, answers])
  const sentence = planSentence(stack, answers)
  const primary = stack[0]
  const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined).length
  // With the problem unknown the engine gives a starting point, and the page says so first.
  const start =
    recommendation.confidence.level === 'not-yet' &&
    recommendation.confidence.missing.includes('problem')

  // Arriving at a result (first load, a link, a "what would change" link) starts at its
  // heading; a change made on the page (an edit entry) and Back or Forward between such changes
  // leave focus where the user is.
  const location = useLocation()
  const { key } = location
  const state: unknown = location.state
  const navigation = useNavigationType()
  const arrived = useRef(false)
  useEffect(() => {
    if (arrived.current && (isEdit(state) || navigation === NavigationType.Pop)) return
    arrived.current = true
    heading.current?.focus()
  }, [key, state, navigation])

  useEffect(() => {
    const before = document.title
    document.title = `${start ? 'A starting point' : `${planName(stack, 'short')} recommended`} — RAG or Tune`
    return () => {
      document.title = before
    }
  }, [stack, start])

  return (
    <div>
      {start ? (
        <p className="text-sm font-medium tracking-wide text-brand-800 uppercase dark:text-brand-100">
          A starting point, not a verdict
        </p>
      ) : (
        <p className="sr-only">Recommendation</p>
      )}
      <h1
        ref={heading}
        id={RESULT_HEADING_ID}
        tabIndex={-1}
        className="text-xl font-semibold tracking-tight text-balance outline-none focus-visible:outline-2 sm:text-3xl"
      >
        {sentence}
      </h1>
      <VerdictGlance
        glance={glance}
        stack={stack}
        pivot={pivot}
        assumptionsQuery={assumptionsQuery}
      />
      {!stack.includes(recommendation.bestFit) && (
        <BestFitUnlocks
          approach={recommendation.bestFit}
          blockers={recommendation.bestFitBlocked}
          className="mt-3"
        />
      )}
      <details className="mt-2 max-w-3xl text-sm">
        <summary className="cursor-pointer rounded font-medium text-brand-800 underline-offset-2 hover:underline dark:text-brand-100">
          The plan in stages, and what starts each
        </summary>
        <PlanOutlook recommendation={recommendation} />
        <div className="mt-3 space-y-1 text-stone-700 dark:text-stone-300">
          <p>{APPROACH_INFO[primary].summary}</p>
          {stackReasons.map((r) => (
            <p key={r.approach}>
              <span className="font-medium">Why {APPROACH_INFO[r.approach].short} too: </span>
              {r.text}
            </p>
          ))}
          {primary !== 'prompt' && <p>A well-written prompt stays the base of every plan.</p>}
        </div>
      </details>
      <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
        Based on {answered} of {ANSWER_KEYS.length} answers
        {answered < ANSWER_KEYS.length ? '; the rest count as unknown.' : '.'}
      </p>
    </div>
  )
}
