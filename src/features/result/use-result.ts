import { useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react'
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
import { serializeAssumptions } from '../../engine/codec/assumptions-codec'
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

function readResult(search: string, hash = ''): ResultState {
  const link = readResultLink(search, hash)
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
  const location = useLocation()
  const navigate = useNavigate()
  // The router applies a new URL inside a transition, which would hold the whole page back until
  // every section has re-rendered. So a change made here is also shown at once from this
  // mirror of the link it leads to; it lasts only until the router's URL moves on.
  const [shown, setShown] = useState<{ from: string; to: string } | null>(null)
  if (shown !== null && shown.from !== location.search) setShown(null)
  const search = shown?.from === location.search ? shown.to : location.search
  // A second '#' in the link: the router reads what follows as the hash; it is reported.
  const hash = shown?.from === location.search ? '' : location.hash
  const current = useMemo(() => readResult(search, hash), [search, hash])
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
  const latest = useRef({ ...current, search: location.search })
  useLayoutEffect(() => {
    latest.current = { ...current, search: location.search }
  }, [current, location.search])

  const show = useCallback(
    (answers: Answers, assumptions: Assumptions) => {
      const query = resultQuery(answers, assumptions)
      setShown({ from: latest.current.search, to: query ? `?${query}` : '' })
      void navigate(route(paths.result.href(query)), { replace: true })
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
