import {
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  planOf,
  recommend,
  type AnswerKey,
  type Answers,
  type Assumptions,
  type Recommendation,
  type Sensitivity,
  sensitivitySteps,
} from '../../engine'
import { serializeAssumptions } from '../../engine/codec/assumptions-codec'
import { runInSlices } from '../../components/run-in-slices'
import { paths, route } from '../../config/paths'
import type { PlanEdit } from './plan-change'
import { readResultLink, resultQuery, withAnswer, type ResultLink } from './read-result'

/** The history state of an entry made by a change on the result page. */
export const EDIT_STATE = { resultEdit: true } as const

/** Whether a location's entry was made by a change on the result page. */
export const isEdit = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'resultEdit' in state

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
 * the ways to change it: each is a new history entry (push), so Back undoes it.
 *
 * `current` is what the user just asked for: the headline, ranking and answers render from it at
 * once. `settled` follows a moment later (React's deferred rendering, interruptible): what would
 * change it, next steps, charts and costs. It lags `current` by a render while catching up.
 *
 * The page's first showing is staged, each stage its own render and commit after the one before
 * has painted, so no single task holds the page (as one, it was the longest task of a result's
 * load under Lighthouse's 4x CPU throttle): the top of the page and the answers first, then the
 * ranking (`ranked`), then `settled` (null until then), whose analysis runs in slices.
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
  const [stage, setStage] = useState(0)
  useEffect(() => {
    if (stage < 2) {
      startTransition(() => {
        setStage(stage + 1)
      })
    }
  }, [stage])
  // No initial value: the page's first render is a Suspense retry (the route's chunk has just
  // arrived), and in it an initial value spawns a deferred render that, taking turns with the
  // retry, restarted both about 40 times, 300 ms of main thread on every load. The first
  // showing is staged by `stage` instead; after it, a change is deferred as usual.
  const deferred = useDeferredValue(current)
  // What would change it takes ~45 plan decisions: worked out in slices between frames (never
  // one long task), for the newest deferred result; the one before stays shown until then.
  const [settled, setSettled] = useState<SettledResult | null>(null)
  useEffect(() => {
    if (stage < 2) return
    return runInSlices(sensitivitySteps(deferred.answers, deferred.assumptions), (sensitivity) => {
      startTransition(() => {
        setSettled({ ...deferred, sensitivity })
      })
    })
  }, [deferred, stage])

  // The change handlers read the newest answers through a ref, so they never change identity
  // and the deferred sections that hold them are not re-rendered for their sake.
  const latest = useRef({ ...current, search: location.search })
  useLayoutEffect(() => {
    latest.current = { ...current, search: location.search }
  }, [current, location.search])

  // Every change made on the page is a new history entry, whatever made it (an answer, an
  // assumption, a "what would change" link): Back undoes the last one, Forward redoes it. The
  // entry is marked as an edit, so that focus stays where the user is. Only dropping a bad
  // link's ignored parts rewrites the entry in place.
  const show = useCallback(
    (answers: Answers, assumptions: Assumptions, replace = false) => {
      const query = resultQuery(answers, assumptions)
      setShown({ from: latest.current.search, to: query ? `?${query}` : '' })
      void navigate(route(paths.result.href(query)), { replace, state: EDIT_STATE })
    },
    [navigate],
  )

  // The last answer changed here, and the plan before it: shown beside its control until the
  // link moves on.
  const [edit, setEdit] = useState<(PlanEdit & { query: string; before: ResultState }) | null>(null)
  const setAnswer = useCallback(
    <K extends AnswerKey>(key: K, value: Answers[K] | undefined, where = 'panel') => {
      const before = latest.current
      const answers = withAnswer(before.answers, key, value)
      const query = resultQuery(answers, before.assumptions)
      setEdit({
        key,
        where,
        fromStack: before.recommendation.stack,
        toStack: planOf(answers, before.assumptions),
        query,
        before,
      })
      show(answers, before.assumptions)
    },
    [show],
  )
  const undo = useCallback(() => {
    if (!edit) return
    setEdit(null)
    show(edit.before.answers, edit.before.assumptions)
  }, [edit, show])
  const setAssumptions = useCallback(
    (next: Assumptions) => show(latest.current.answers, next),
    [show],
  )
  /** Rewrites the link without its ignored parts. */
  const cleanLink = useCallback(
    () => show(latest.current.answers, latest.current.assumptions, true),
    [show],
  )

  const shownEdit = edit && edit.query === current.query ? edit : null
  return {
    current,
    ranked: stage >= 1,
    settled,
    setAnswer,
    setAssumptions,
    cleanLink,
    edit: shownEdit,
    undo,
  }
}
