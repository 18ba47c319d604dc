import { useState, type ReactNode } from 'react'

/**
 * A `<details>` whose content is built the first time it opens, and kept from then on: a closed
 * fold costs the page its summary line only (the result's three other approaches, say, whose
 * reasons are ~150 elements the reader may never open). Find-in-page does not see inside an
 * unopened one; the printed brief carries what the folds hold.
 */
export function LazyDetails({
  summary,
  children,
  className,
  id,
  initiallyOpen = false,
}: {
  summary: ReactNode
  children: ReactNode
  className?: string
  id?: string
  /** Open on the first render only: from then on the reader opens and closes it. */
  initiallyOpen?: boolean
}) {
  // Read once: a fold the reader opened or closed stays so when the page's props change.
  const [startOpen] = useState(initiallyOpen)
  const [opened, setOpened] = useState(initiallyOpen)
  return (
    <details
      id={id}
      open={startOpen || undefined}
      className={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      {summary}
      {opened && children}
    </details>
  )
}
