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
}: {
  summary: ReactNode
  children: ReactNode
  className?: string
}) {
  const [opened, setOpened] = useState(false)
  return (
    <details
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
