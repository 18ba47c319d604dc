import { useState, type ReactNode } from 'react'

interface DisclosureProps {
  summary: ReactNode
  children: ReactNode
  open?: boolean
  className?: string
  summaryClassName?: string
}

/**
 * A native `<details>` whose content is rendered only once it has been opened: the folded
 * arithmetic, tables and assumption groups cost nothing until someone asks for them.
 */
export function Disclosure({
  summary,
  children,
  open = false,
  className,
  summaryClassName,
}: DisclosureProps) {
  const [opened, setOpened] = useState(open)
  return (
    <details
      open={open || undefined}
      className={className}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true)
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  )
}
