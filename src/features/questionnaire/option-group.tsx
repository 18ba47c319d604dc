import type { QuestionOption } from '../../questions/question.types'

interface OptionGroupProps {
  name: string
  /** Checkboxes (pick one or more) or radios (pick one). */
  multiple: boolean
  options: [value: string, option: QuestionOption][]
  selected: readonly string[]
  onToggle: (value: string) => void
  labelledBy: string
}

/** The options as large cards: the whole card is clickable, the hint sits under the label. */
export function OptionGroup({
  name,
  multiple,
  options,
  selected,
  onToggle,
  labelledBy,
}: OptionGroupProps) {
  return (
    <div
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelledBy}
      className="grid gap-3"
    >
      {options.map(([value, option], i) => {
        const id = `${name}-${value}`
        return (
          <label
            key={value}
            className="flex cursor-pointer items-start gap-3 rounded-xl border border-stone-300 bg-white p-4 hover:border-brand-600 has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 dark:border-stone-700 dark:bg-stone-900 dark:hover:border-brand-600 dark:has-checked:border-brand-600 dark:has-checked:bg-brand-900/50"
          >
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={value}
              checked={selected.includes(value)}
              onChange={() => onToggle(value)}
              aria-labelledby={`${id}-l`}
              aria-describedby={`${id}-h`}
              className="mt-1 size-5 shrink-0 accent-brand-700 focus-visible:outline-none"
            />
            <span className="min-w-0 flex-1">
              <span id={`${id}-l`} className="block font-medium">
                {option.label}
              </span>
              <span
                id={`${id}-h`}
                className="mt-0.5 block text-sm text-stone-600 dark:text-stone-400"
              >
                {option.hint}
              </span>
            </span>
            {i < 9 && (
              <kbd
                aria-hidden="true"
                className="hidden rounded border border-stone-300 px-1.5 font-sans text-xs text-stone-500 sm:block dark:border-stone-600 dark:text-stone-400"
              >
                {i + 1}
              </kbd>
            )}
          </label>
        )
      })}
    </div>
  )
}
