import { useState } from 'react'
import { Link } from 'react-router'
import type { Answers } from '../../engine/contract/answers'
import { QUESTION_LABELS } from '../../engine/contract/answer-labels'
import { SCORE_LABELS, VALUE_LABELS } from '../../engine/contract/vocabulary'
import { SCORE_QUESTION } from '../../questions/questions'
import type { StepKey } from '../../questions/steps'

interface AnswersSummaryProps {
  steps: StepKey[]
  current: StepKey
  answers: Answers
  /** The router path of a step. */
  stepPath: (key: StepKey) => string
}

/** The answer to one question in words, or null when unknown. */
export function answerText(key: StepKey, answers: Answers): string | null {
  if (key === 'measured') {
    const { measured, target } = answers
    if (measured === undefined && target === undefined) return null
    return `${SCORE_LABELS.measured}: ${measured ?? '?'}%; ${SCORE_LABELS.target.toLowerCase()}: ${target ?? '?'}%`
  }
  const value = answers[key]
  if (value === undefined) return null
  const labels: Record<string, string> = VALUE_LABELS[key]
  return (typeof value === 'string' ? [value] : value).map((v) => labels[v]).join('; ')
}

/** Answers so far, one link per step; folded away on phones, open on wide screens. */
export function AnswersSummary({ steps, current, answers, stepPath }: AnswersSummaryProps) {
  const [wide] = useState(
    () => typeof matchMedia === 'function' && matchMedia('(min-width: 1024px)').matches,
  )
  const answered = steps.filter((k) => answerText(k, answers) !== null).length
  return (
    <details
      open={wide}
      className="group rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <summary className="cursor-pointer font-semibold">
        Your answers{' '}
        <span className="font-normal text-stone-600 dark:text-stone-400">
          ({answered} of {steps.length})
        </span>
      </summary>
      <ol className="mt-3 space-y-1 text-sm">
        {steps.map((key) => {
          const text = answerText(key, answers)
          return (
            <li key={key}>
              <Link
                to={stepPath(key)}
                aria-current={key === current ? 'step' : undefined}
                className="block rounded-md px-2 py-1 hover:bg-stone-100 aria-[current]:bg-brand-50 dark:hover:bg-stone-800 dark:aria-[current]:bg-brand-900/50"
              >
                <span className="block font-medium">
                  {key === 'measured' ? SCORE_QUESTION.short : QUESTION_LABELS[key]}
                </span>
                <span className="block text-stone-600 dark:text-stone-400">
                  {text ?? 'Not answered'}
                </span>
              </Link>
            </li>
          )
        })}
      </ol>
    </details>
  )
}
