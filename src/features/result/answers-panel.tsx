import { useLayoutEffect, useRef } from 'react'
import { ANSWER_KEYS, ANSWER_LABELS, ASKED_ORDER, type AnswerKey, type Answers } from '../../engine'
import { answerFieldId } from './answer-field'
import { AnswerSelect, ProblemChoices } from './answer-controls'
import { PlanChangeNote } from './plan-change'

/** Where the answers sit beside the result (Tailwind's `lg`). */
const WIDE = '(min-width: 64rem)'

interface AnswersPanelProps {
  answers: Answers
  onChange: <K extends AnswerKey>(key: K, value: Answers[K] | undefined, where: string) => void
}

/**
 * Every answer of the result, each editable in place: a change rewrites the link, and the
 * result follows. Unanswered questions show as unknown.
 */
export function AnswersPanel({ answers, onChange }: AnswersPanelProps) {
  const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined).length
  const problems = answers.problem ?? []
  // Open beside the result on a wide screen; folded under it on a phone, where the answers
  // are also changed next to the reasons that name them.
  const fold = useRef<HTMLDetailsElement>(null)
  useLayoutEffect(() => {
    // Not every environment has matchMedia (jsdom, some embedded browsers).
    const wide = typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches
    if (fold.current && wide) fold.current.open = true
  }, [])
  return (
    <section
      aria-labelledby="your-answers"
      className="print-avoid-break rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <details ref={fold}>
        <summary className="cursor-pointer rounded">
          <h2 id="your-answers" className="inline text-lg font-semibold">
            Your answers
          </h2>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {answered} of {ANSWER_KEYS.length} answered. Change one and the result updates at once.
          </p>
        </summary>
        <fieldset className="mt-4">
          <legend className="text-sm font-medium">
            {ANSWER_LABELS.problem.label}
            {problems.length === 0 && (
              <span className="font-normal text-stone-600 dark:text-stone-400"> (unknown)</span>
            )}
          </legend>
          <ProblemChoices
            problems={problems}
            idOf={(value) => `answer-problem-${value}`}
            onChange={(next) => onChange('problem', next, 'panel')}
          />
          <PlanChangeNote answerKey="problem" where="panel" />
        </fieldset>
        <div className="mt-4 grid gap-3">
          {ASKED_ORDER.filter((k) => k !== 'problem').map((key) => {
            return (
              <div key={key}>
                <label htmlFor={answerFieldId(key)} className="block text-sm font-medium">
                  {ANSWER_LABELS[key].label}
                </label>
                <AnswerSelect
                  answerKey={key}
                  id={answerFieldId(key)}
                  value={answers[key]}
                  onChange={(next) => onChange(key, next, 'panel')}
                />
                <PlanChangeNote answerKey={key} where="panel" />
              </div>
            )
          })}
        </div>
      </details>
    </section>
  )
}
