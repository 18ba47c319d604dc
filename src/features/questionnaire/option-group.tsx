import { useRef } from 'react'
import type { ShownOption } from '../../questions/question.types'

interface OptionGroupProps {
  name: string
  /** Checkboxes (pick one or more) or radios (pick one). */
  multiple: boolean
  options: [value: string, option: ShownOption][]
  selected: readonly string[]
  /**
   * An option chosen. `picked` is true for a click, a tap or Space, and false when arrow keys
   * move through the radios: browsing is not a choice, so only a pick may move the step on.
   */
  onToggle: (value: string, picked: boolean) => void
  labelledBy: string
}

const ARROWS = /^Arrow(Up|Down|Left|Right)$/

/** The options as large cards: the whole card is clickable, the hint sits under the label. */
export function OptionGroup({
  name,
  multiple,
  options,
  selected,
  onToggle,
  labelledBy,
}: OptionGroupProps) {
  // Browsers check the next radio on an arrow key and report it as a click and a change.
  const browsing = useRef(false)
  return (
    <div
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelledBy}
      className="grid gap-3"
      onKeyDown={(e) => {
        browsing.current = ARROWS.test(e.key)
      }}
      onPointerDown={() => {
        browsing.current = false
      }}
    >
      {options.map(([value, option], i) => {
        const id = `${name}-${value}`
        const checked = selected.includes(value)
        return (
          <label key={value} className="option-card">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={value}
              checked={checked}
              onChange={() => onToggle(value, !browsing.current)}
              // Choosing the option already chosen changes nothing, yet it is still a pick.
              onClick={() => {
                if (!multiple && checked && !browsing.current) onToggle(value, true)
              }}
              aria-labelledby={`${id}-l`}
              aria-describedby={`${id}-h`}
              className="option-input"
            />
            <span className="min-w-0 flex-1">
              <span id={`${id}-l`} className="block font-medium">
                {option.label}
              </span>
              <span id={`${id}-h`} className="option-hint">
                {option.hint}
              </span>
            </span>
            {i < 9 && (
              <kbd aria-hidden="true" className="key-hint">
                {i + 1}
              </kbd>
            )}
          </label>
        )
      })}
    </div>
  )
}
