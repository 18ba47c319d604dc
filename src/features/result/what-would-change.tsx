import { memo, useState } from 'react'
import { Link } from 'react-router'
import {
  at,
  APPROACH_INFO,
  type AnswerChange,
  type ApproachId,
  type Sensitivity,
} from '../../engine'
import { paths, route } from '../../config/paths'
import { focusAnswer } from './answer-field'
import { Panel } from '../../components/panel'

/** How many changes show before "show all". */
export const CHANGES_SHOWN = 3

const names = (ids: readonly ApproachId[]) => {
  const list = ids.map((id) => APPROACH_INFO[id].name)
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${at(list, -1)}`
}

interface WhatWouldChangeProps {
  sensitivity: Sensitivity
  /** Appended to every change's link, so assumption overrides travel along. */
  assumptionsQuery: string
}

function ChangeList({
  changes,
  hrefOf,
  testId,
}: {
  changes: readonly AnswerChange[]
  hrefOf: (c: AnswerChange) => string
  testId: string
}) {
  const [showAll, setShowAll] = useState(false)
  const shown = showAll ? changes : changes.slice(0, CHANGES_SHOWN)
  return (
    <>
      <ul className="mt-2 grid gap-1.5" data-testid={testId}>
        {shown.map((c) => (
          <li key={`${c.key}-${c.query}`} className="text-sm" data-testid="change">
            <Link
              to={hrefOf(c)}
              className="text-brand-800 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100"
            >
              {c.text}
            </Link>
            {c.wasUnknown && c.key !== 'problem' && (
              <span className="ml-1 text-xs text-stone-600 dark:text-stone-400">
                (not answered yet)
              </span>
            )}
          </li>
        ))}
      </ul>
      {changes.length > CHANGES_SHOWN && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
          className="no-print mt-2 rounded text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
        >
          {showAll ? 'Show fewer' : `Show all ${changes.length}`}
        </button>
      )}
      {!showAll && changes.length > CHANGES_SHOWN && (
        <p className="print-only text-sm">…and {changes.length - CHANGES_SHOWN} more.</p>
      )}
    </>
  )
}

/**
 * Only what moves the plan: one line per question and the plan it leads to (values grouped),
 * heaviest first, three before "show all"; adding or removing a problem is listed apart.
 */
export const WhatWouldChange = memo(function WhatWouldChange({
  sensitivity,
  assumptionsQuery,
}: WhatWouldChangeProps) {
  const hrefOf = (c: AnswerChange) =>
    route(paths.result.href([c.query, assumptionsQuery].filter(Boolean).join('&')))
  const { openQuestions, changes, problemChanges } = sensitivity

  return (
    <Panel id="what-would-change" title="What would change this" testId="what-would-change">
      {openQuestions.length > 0 && (
        <div className="mt-3">
          <h3 className="font-medium">Questions that matter</h3>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            You left these open, and the answer could change who leads.
          </p>
          <ul className="mt-1 grid gap-1">
            {openQuestions.map((q) => (
              <li
                key={q.key}
                className="flex flex-wrap items-center justify-between gap-x-2 text-sm"
              >
                <span>
                  <span className="font-medium">{q.label}</span>: could lead to{' '}
                  {names(q.couldLeadTo)}.
                </span>
                <button
                  type="button"
                  onClick={() => focusAnswer(q.key)}
                  aria-label={`Answer “${q.label}”`}
                  className="no-print rounded border border-brand-700 px-2 py-0.5 text-sm font-medium text-brand-800 hover:bg-brand-50 dark:border-brand-100 dark:text-brand-100 dark:hover:bg-brand-900"
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
        {changes.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
            No other answer to a single question would change this plan: it is a firm result.
          </p>
        ) : (
          <>
            <p className="text-sm text-stone-600 dark:text-stone-400">
              {changes.length === 1
                ? 'One change of answer would move the plan.'
                : `${changes.length} changes of answer would move the plan, heaviest first.`}{' '}
              Each opens that result.
            </p>
            <ChangeList changes={changes} hrefOf={hrefOf} testId="answer-changes" />
          </>
        )}
      </div>
      {problemChanges.length > 0 && (
        <details className="mt-4">
          <summary className="cursor-pointer rounded">
            <h3 className="inline font-medium">If the problem were different</h3>{' '}
            <span className="text-sm text-stone-600 dark:text-stone-400">
              ({problemChanges.length} {problemChanges.length === 1 ? 'change' : 'changes'})
            </span>
          </summary>
          <ChangeList changes={problemChanges} hrefOf={hrefOf} testId="problem-changes" />
        </details>
      )}
    </Panel>
  )
})
