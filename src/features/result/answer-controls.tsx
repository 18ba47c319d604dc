import {
  ANSWER_LABELS,
  ANSWER_VALUES,
  type AnswerKey,
  type Answers,
  type Problem,
  type SingleKey,
} from '../../engine'

export const labelOf = (key: AnswerKey, value: string) =>
  (ANSWER_LABELS[key].values as Record<string, string>)[value] ?? value

/** The problems as checkboxes: the answers panel's and the one opened beside a reason. */
export function ProblemChoices({
  problems,
  onChange,
  idOf,
  autoFocus = false,
}: {
  problems: readonly Problem[]
  onChange: (next: Problem[]) => void
  /** The id of each box (the panel's are found by id); none elsewhere. */
  idOf?: (value: Problem) => string
  autoFocus?: boolean
}) {
  return (
    <ul className="mt-1 grid gap-0.5">
      {ANSWER_VALUES.problem.map((value, i) => {
        const checked = problems.includes(value)
        return (
          <li key={value}>
            <label className="flex items-start gap-2 rounded px-1 py-0.5 text-sm hover:bg-stone-100 dark:hover:bg-stone-800">
              <input
                id={idOf?.(value)}
                type="checkbox"
                autoFocus={autoFocus && i === 0}
                className="mt-0.5 h-4 w-4 shrink-0 accent-brand-700"
                checked={checked}
                onChange={() =>
                  onChange(checked ? problems.filter((p) => p !== value) : [...problems, value])
                }
              />
              <span>{labelOf('problem', value)}</span>
            </label>
          </li>
        )
      })}
    </ul>
  )
}

/** One single-choice answer as a select, "unknown" first. */
export function AnswerSelect<K extends SingleKey>({
  answerKey,
  id,
  value,
  onChange,
  autoFocus = false,
}: {
  answerKey: K
  id: string
  value: Answers[K] | undefined
  onChange: (next: Answers[K] | undefined) => void
  autoFocus?: boolean
}) {
  return (
    <select
      id={id}
      value={value ?? ''}
      autoFocus={autoFocus}
      onChange={(e) => {
        const v = e.target.value
        onChange(v === '' ? undefined : (v as Answers[K]))
      }}
      className={`mt-1 w-full rounded border bg-white px-2 py-1.5 text-sm dark:bg-stone-950 ${value === undefined ? 'border-dashed border-stone-400 text-stone-600 dark:border-stone-600 dark:text-stone-400' : 'border-stone-300 dark:border-stone-700'}`}
    >
      <option value="">Unknown (not answered)</option>
      {ANSWER_VALUES[answerKey].map((v: string) => (
        <option key={v} value={v}>
          {labelOf(answerKey, v)}
        </option>
      ))}
    </select>
  )
}
