import { useId, type ComponentProps, type ReactNode } from 'react'

/** A checkbox with its label after it; `className` is the line's, `labelClassName` the label's. */
export function Checkbox({
  label,
  checked,
  onChange,
  className,
  labelClassName,
  ...input
}: {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  className: string
  labelClassName?: string
} & Pick<ComponentProps<'input'>, 'disabled' | 'aria-label'>) {
  const id = useId()
  return (
    <p className={className}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="mr-2 h-4 w-4 accent-brand-700"
        {...input}
      />
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
    </p>
  )
}
