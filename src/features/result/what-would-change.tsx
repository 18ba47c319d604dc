import { memo, useState } from 'react'
import { Link } from 'react-router'
import {
  ANSWER_KEYS,
  APPROACH_INFO,
  type AnswerChange,
  type ApproachId,
  type Sensitivity,
} from '../../engine'
import { paths, route } from '../../app/paths'
import { focusAnswer } from './answer-field'

/** How many changes show before "show all". */
export const CHANGES_SHOWN = 6

/**
 * Changes to unanswered questions first (answering them costs nothing), then those that change
 * who leads before those that only add to or trim the plan, in question order.
 */
export function sortChanges(changes: readonly AnswerChange[], primary: ApproachId): AnswerChange[] {
  const rank = (c: AnswerChange) => (c.wasUnknown ? 0 : 2) + (c.primary !== primary ? 0 : 1)
  return [...changes].sort(
    (a, b) => rank(a) - rank(b) || ANSWER_KEYS.indexOf(a.key) - ANSWER_KEYS.indexOf(b.key),
  )
}

const names = (ids: readonly ApproachId[]) => {
  const list = ids.map((id) => APPROACH_INFO[id].name)
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list.at(-1)!}`
}

interface WhatWouldChangeProps {
  sensitivity: Sensitivity
  primary: ApproachId
  /** Appended to every change's link, so assumption overrides travel along. */
  assumptionsQuery: string
}

export const WhatWouldChange = memo(function WhatWouldChange({
  sensitivity,
  primary,
  assumptionsQuery,
}: WhatWouldChangeProps) {
  const [showAll, setShowAll] = useState(false)
  const sorted = sortChanges(sensitivity.changes, primary)
  const shown = showAll ? sorted : sorted.slice(0, CHANGES_SHOWN)
  const hrefOf = (c: AnswerChange) =>
    route(paths.result.href([c.query, assumptionsQuery].filter(Boolean).join('&')))
  const { openQuestions } = sensitivity

  return (
    <section
      aria-labelledby="what-would-change"
      className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id="what-would-change" className="text-lg font-semibold">
        What would change this
      </h2>
      {openQuestions.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">Questions that matter</h3>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            You left these open, and the answer could change the plan.
          </p>
          <ul className="mt-2 grid gap-2">
            {openQuestions.map((q) => (
              <li
                key={q.key}
                className="flex flex-wrap items-center justify-between gap-2 rounded border border-dashed border-stone-400 px-3 py-2 text-sm dark:border-stone-600"
              >
                <span>
                  <span className="font-medium">{q.label}</span>: could lead to{' '}
                  {names(q.couldLeadTo)}.
                </span>
                <button
                  type="button"
                  onClick={() => focusAnswer(q.key)}
                  aria-label={`Answer “${q.label}”`}
                  className="no-print rounded border border-brand-700 px-2 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-brand-900"
                >
                  Answer
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-4">
        <h3 className="font-medium">One answer away</h3>
        {sorted.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            No single change of answer would change this plan: it is a firm result.
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {sorted.length === 1
                ? 'One change of a single answer would change the plan.'
                : `${sorted.length} changes of a single answer would change the plan.`}{' '}
              Each opens that result.
            </p>
            <ul className="mt-2 grid gap-1.5">
              {shown.map((c) => (
                <li key={`${c.key}-${c.query}`} className="text-sm">
                  <Link
                    to={hrefOf(c)}
                    className="text-brand-800 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100"
                  >
                    {c.text}
                  </Link>
                  {c.wasUnknown && (
                    <span className="ml-1 text-xs text-stone-600 dark:text-stone-400">
                      (not answered yet)
                    </span>
                  )}
                </li>
              ))}
            </ul>
            {sorted.length > CHANGES_SHOWN && (
              <button
                type="button"
                aria-expanded={showAll}
                onClick={() => setShowAll((v) => !v)}
                className="no-print mt-2 rounded text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
              >
                {showAll ? 'Show fewer' : `Show all ${sorted.length}`}
              </button>
            )}
          </>
        )}
      </div>
    </section>
  )
})
