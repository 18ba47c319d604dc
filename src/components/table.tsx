import type { ReactNode } from 'react'

/** A table's head: one row, ruled off from the body. */
export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr className="border-b border-stone-300 dark:border-stone-700">{children}</tr>
    </thead>
  )
}

/** A column head; `className` gives its padding and alignment. */
export function ColumnHead({ className, children }: { className: string; children: ReactNode }) {
  return (
    <th scope="col" className={`${className} font-medium`}>
      {children}
    </th>
  )
}

/** A row of a table's body, ruled off from the next one. */
export const BODY_ROW = 'border-b border-stone-200 last:border-0 dark:border-stone-800'
