import type { ReactNode } from 'react'
import type { Scenario } from './compare-link'
import { ScenarioMark } from './scenario-mark'
import { TableHead } from '../../components/table'

/** The class of a comparison table's column heads. */
export const head = 'px-2 py-2 text-left align-bottom font-medium'

/** One column head per scenario: its mark and name. */
function ScenarioHeads({ scenarios }: { scenarios: readonly Scenario[] }) {
  return (
    <>
      {scenarios.map((s) => (
        <th key={s.letter} scope="col" className={head}>
          <span className="flex items-center gap-1.5">
            <ScenarioMark scenario={s} />
            <span className="break-words">{s.name}</span>
          </span>
        </th>
      ))}
    </>
  )
}

/**
 * A table with a column per scenario: its caption, the rows' head and the scenarios' heads. It
 * scrolls sideways when the scenarios do not fit the screen.
 */
export function ScenarioTable({
  caption,
  rowsHead,
  scenarios,
  className = '',
  children,
}: {
  caption: string
  rowsHead: string
  scenarios: readonly Scenario[]
  className?: string
  children: ReactNode
}) {
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead>
          <th scope="col" className={head}>
            {rowsHead}
          </th>
          <ScenarioHeads scenarios={scenarios} />
        </TableHead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
