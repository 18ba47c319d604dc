import { useCallback, useMemo } from 'react'
import { useLocation, useNavigate } from 'react-router'
import {
  analyseSensitivity,
  recommend,
  serializeAnswers,
  type AnswerKey,
  type Answers,
  type Assumptions,
} from '../../engine'
import { serializeAssumptions } from '../../engine/assumptions-codec'
import { paths, route } from '../../app/paths'
import { readResultLink, resultQuery, withAnswer } from './read-result'

/**
 * Everything the result page shows, derived from the URL alone (the single source of truth), and
 * the ways to change it: each rewrites the link in place (replace), so Back leaves the page.
 */
export function useResult() {
  const { search } = useLocation()
  const navigate = useNavigate()
  const link = useMemo(() => readResultLink(search), [search])
  const { answers, assumptions, ignored } = link
  const recommendation = useMemo(() => recommend(answers, assumptions), [answers, assumptions])
  const sensitivity = useMemo(
    () => analyseSensitivity(answers, assumptions),
    [answers, assumptions],
  )
  const answersQuery = useMemo(() => serializeAnswers(answers), [answers])
  const assumptionsQuery = useMemo(() => serializeAssumptions(assumptions), [assumptions])
  const query = resultQuery(answers, assumptions)

  const show = useCallback(
    (nextAnswers: Answers, nextAssumptions: Assumptions) => {
      void navigate(route(paths.result.href(resultQuery(nextAnswers, nextAssumptions))), {
        replace: true,
      })
    },
    [navigate],
  )
  const setAnswer = useCallback(
    <K extends AnswerKey>(key: K, value: Answers[K] | undefined) =>
      show(withAnswer(answers, key, value), assumptions),
    [show, answers, assumptions],
  )
  const setAssumptions = useCallback((next: Assumptions) => show(answers, next), [show, answers])
  /** Rewrites the link without its ignored parts. */
  const cleanLink = useCallback(() => show(answers, assumptions), [show, answers, assumptions])

  return {
    answers,
    assumptions,
    ignored,
    recommendation,
    sensitivity,
    answersQuery,
    assumptionsQuery,
    query,
    setAnswer,
    setAssumptions,
    cleanLink,
  }
}
