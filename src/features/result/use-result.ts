import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  analyseSensitivity,
  recommend,
  type AnswerKey,
  type Answers,
  type Assumptions,
  type Recommendation,
  type Sensitivity,
} from '../../engine'
import { serializeAssumptions } from '../../engine/assumptions-codec'
import { paths, route } from '../../app/paths'
import { readResultLink, resultQuery, withAnswer, type ResultLink } from './read-result'

export interface ResultState extends ResultLink {
  recommendation: Recommendation
  /** The canonical result query: answers, then assumption overrides. */
  query: string
  assumptionsQuery: string
}

export interface SettledResult extends ResultState {
  sensitivity: Sensitivity
}

function readResult(search: string): ResultState {
  const link = readResultLink(search)
  return {
    ...link,
    recommendation: recommend(link.answers, link.assumptions),
    query: resultQuery(link.answers, link.assumptions),
    assumptionsQuery: serializeAssumptions(link.assumptions),
  }
}

/**
 * Everything the result page shows, derived from the URL alone (the single source of truth), and
 * the ways to change it: each rewrites the link in place (replace), so Back leaves the page.
 *
 * `current` is what the user just asked for: the headline, ranking and answers render from it at
 * once. `settled` follows a moment later (React's deferred rendering, interruptible): what would
 * change it, next steps, charts and costs. It is `null` on the very first paint, so that paint
 * carries only the top of the page, and lags `current` by a render while catching up.
 */
export function useResult() {
  const { search } = useLocation()
  const navigate = useNavigate()
  const current = useMemo(() => readResult(search), [search])
  const deferred = useDeferredValue<ResultState | null>(current, null)
  const settled = useMemo<SettledResult | null>(
    () =>
      deferred && {
        ...deferred,
        sensitivity: analyseSensitivity(deferred.answers, deferred.assumptions),
      },
    [deferred],
  )

  // The change handlers read the newest answers through a ref, so they never change identity
  // and the deferred sections that hold them are not re-rendered for their sake.
  const latest = useRef(current)
  useLayoutEffect(() => {
    latest.current = current
  }, [current])

  const show = useCallback(
    (answers: Answers, assumptions: Assumptions) => {
      void navigate(route(paths.result.href(resultQuery(answers, assumptions))), { replace: true })
    },
    [navigate],
  )
  const setAnswer = useCallback(
    <K extends AnswerKey>(key: K, value: Answers[K] | undefined) => {
      const { answers, assumptions } = latest.current
      show(withAnswer(answers, key, value), assumptions)
    },
    [show],
  )
  const setAssumptions = useCallback(
    (next: Assumptions) => show(latest.current.answers, next),
    [show],
  )
  /** Rewrites the link without its ignored parts. */
  const cleanLink = useCallback(
    () => show(latest.current.answers, latest.current.assumptions),
    [show],
  )

  return { current, settled, setAnswer, setAssumptions, cleanLink }
}
