import { useState } from 'react'
import { SCORE_LABELS } from '../../engine/contract/vocabulary'
import { SCORE_KEYS, isScore, type Answers, type ScoreKey } from '../../engine/contract/answers'
import type { ScoreQuestion } from '../../questions/question.types'

interface ScoreFieldsProps {
  question: ScoreQuestion
  answers: Answers
  onChange: (key: ScoreKey, value: number | undefined) => void
}

/**
 * The two score inputs of the `measured` step. A value that is not a percentage keeps what the
 * user typed and says why, and is not saved until it is one.
 */
export default function ScoreFields({ question, answers, onChange }: ScoreFieldsProps) {
  const [drafts, setDrafts] = useState<Record<ScoreKey, string>>(() => ({
    measured: answers.measured === undefined ? '' : String(answers.measured),
    target: answers.target === undefined ? '' : String(answers.target),
  }))
  const errorOf = (text: string) => {
    if (text.trim() === '') return null
    const n = Number(text)
    return /^\s*\d{1,3}(\.\d)?\s*$/.test(text) && isScore(n)
      ? null
      : 'A percentage from 0 to 100, at most one decimal (e.g. 95 or 97.5).'
  }
  const { measured, target } = answers
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {SCORE_KEYS.map((key) => {
        const field = question.fields[key]
        const error = errorOf(drafts[key])
        return (
          <div key={key}>
            <label htmlFor={`score-${key}`} className="block font-medium">
              {SCORE_LABELS[key]} (%)
            </label>
            <p id={`score-${key}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
              {field.hint}
            </p>
            <input
              id={`score-${key}`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={drafts[key]}
              aria-invalid={error !== null}
              aria-describedby={`score-${key}-hint${error ? ` score-${key}-error` : ''}`}
              onChange={(e) => {
                const text = e.target.value
                setDrafts((d) => ({ ...d, [key]: text }))
                if (text.trim() === '') onChange(key, undefined)
                else if (errorOf(text) === null) onChange(key, Number(text))
              }}
              className="mt-2 w-full rounded-lg border border-stone-300 bg-white px-3 py-2.5 text-lg tabular-nums dark:border-stone-700 dark:bg-stone-950"
            />
            {error && (
              <p
                id={`score-${key}-error`}
                className="mt-1 text-sm text-rose-800 dark:text-rose-200"
              >
                {error}
              </p>
            )}
          </div>
        )
      })}
      {measured !== undefined && target !== undefined && (
        <p className="text-sm text-stone-700 sm:col-span-2 dark:text-stone-300" role="status">
          {measured >= target
            ? `${measured}% already meets your target of ${target}%: there is no gap for training to close.`
            : `A gap of ${Math.round((target - measured) * 10) / 10} points to close.`}
        </p>
      )}
    </div>
  )
}
