import { useLayoutEffect, useRef } from 'react'
import {
  ANSWER_KEYS,
  ANSWER_LABELS,
  ANSWER_VALUES,
  SINGLE_KEYS,
  type AnswerKey,
  type Answers,
  type Problem,
} from '../../engine'
import { answerFieldId } from './answer-field'

/** Where the answers sit beside the result (Tailwind's `lg`). */
const WIDE = '(min-width: 64rem)'

interface AnswersPanelProps {
  answers: Answers
  onChange: <K extends AnswerKey>(key: K, value: Answers[K] | undefined) => void
}

const labelOf = (key: AnswerKey, value: string) =>
  (ANSWER_LABELS[key].values as Record<string, string>)[value] ?? value

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
    if (fold.current && window.matchMedia?.(WIDE).matches) fold.current.open = true
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
          <ul className="mt-1 grid gap-0.5">
            {ANSWER_VALUES.problem.map((value) => {
              const checked = problems.includes(value)
              return (
                <li key={value}>
                  <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-100 dark:hover:bg-stone-800">
                    <input
                      id={`answer-problem-${value}`}
                      type="checkbox"
                      className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700"
                      checked={checked}
                      onChange={() => {
                        const next: Problem[] = checked
                          ? problems.filter((p) => p !== value)
                          : [...problems, value]
                        onChange('problem', next)
                      }}
                    />
                    <span>{labelOf('problem', value)}</span>
                  </label>
                </li>
              )
            })}
          </ul>
        </fieldset>
        <div className="mt-4 grid gap-3">
          {SINGLE_KEYS.map((key) => {
            const value = answers[key]
            return (
              <div key={key}>
                <label htmlFor={answerFieldId(key)} className="block text-sm font-medium">
                  {ANSWER_LABELS[key].label}
                </label>
                <select
                  id={answerFieldId(key)}
                  value={value ?? ''}
                  onChange={(e) => {
                    const v = e.target.value
                    onChange(key, v === '' ? undefined : (v as Answers[typeof key]))
                  }}
                  className={`mt-1 w-full rounded border bg-white px-2 py-1.5 text-sm dark:bg-stone-950 ${value === undefined ? 'border-dashed border-stone-400 text-stone-600 dark:border-stone-600 dark:text-stone-400' : 'border-stone-300 dark:border-stone-700'}`}
                >
                  <option value="">Unknown (not answered)</option>
                  {ANSWER_VALUES[key].map((v: string) => (
                    <option key={v} value={v}>
                      {labelOf(key, v)}
                    </option>
                  ))}
                </select>
              </div>
            )
          })}
        </div>
      </details>
    </section>
  )
}
