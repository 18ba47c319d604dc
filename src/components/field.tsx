import type { ReactNode } from 'react'

/**
 * A form control with its label above it. `id` is the control's, which the label names;
 * `className` lays out the pair.
 * @example <Field id={id} label="Name"><input id={id} /></Field>
 */
export function Field({
  id,
  label,
  className,
  children,
}: {
  id: string
  label: ReactNode
  className: string
  children: ReactNode
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
    </div>
  )
}
