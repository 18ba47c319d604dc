import { useId, type Ref } from 'react'
import { Field } from '../../components/field'
import { MAX_NAME_LENGTH } from '../../store/decisions-store'

/** The one-line name of a saved decision, as typed when saving or renaming. */
export function NameField({
  label,
  value,
  onChange,
  ref,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  ref?: Ref<HTMLInputElement>
}) {
  const id = useId()
  return (
    <Field id={id} label={label} className="min-w-0 flex-1 basis-56">
      <input
        ref={ref}
        id={id}
        value={value}
        maxLength={MAX_NAME_LENGTH}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-950"
      />
    </Field>
  )
}
