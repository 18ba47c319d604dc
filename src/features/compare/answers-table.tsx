import { useState } from 'react'
import { ANSWER_LABELS } from '../../engine'
import { diffAnswers } from '../../engine/contract/answers-diff'
import type { Scenario } from './compare-link'
import { ScenarioTable } from './scenario-table'
import { Checkbox } from '../../components/checkbox'

/** Question by question, the answers that differ marked with a sign and words, not colour alone. */
export function AnswersTable({ scenarios }: { scenarios: readonly Scenario[] }) {
  const [onlyDiffs, setOnlyDiffs] = useState(false)
  const rows = diffAnswers(scenarios.map((s) => s.answers))
  const changed = rows.filter((r) => r.differs).length
  const shown = onlyDiffs ? rows.filter((r) => r.differs) : rows
  const label = (key: (typeof rows)[number]['key'], values: readonly string[]) => {
    const names = ANSWER_LABELS[key].values as Record<string, string>
    return values.length === 0 ? 'not answered' : values.map((v) => names[v] ?? v).join(', ')
  }
  return (
    <div>
      <p className="text-stone-700 dark:text-stone-300" data-testid="answers-diff-count">
        {changed === 0
          ? 'The scenarios answer every question the same way.'
          : `${changed} of ${rows.length} answered question${rows.length === 1 ? '' : 's'} differ${changed === 1 ? 's' : ''}.`}
      </p>
      <Checkbox
        label="Show only the answers that differ"
        checked={onlyDiffs}
        onChange={setOnlyDiffs}
        className="no-print mt-2"
      />
      <ScenarioTable
        className="mt-3"
        caption="Answers of each scenario; rows marked “differs” are answered differently."
        rowsHead="Question"
        scenarios={scenarios}
      >
        {shown.map((row) => (
          <tr
            key={row.key}
            data-key={row.key}
            data-differs={row.differs}
            className={`border-b border-stone-200 dark:border-stone-800 ${
              row.differs ? 'bg-amber-50 dark:bg-amber-950/60' : ''
            }`}
          >
            <th scope="row" className="px-2 py-2 text-left align-top font-normal">
              <span className={row.differs ? 'font-semibold' : ''}>
                {ANSWER_LABELS[row.key].label}
              </span>
              {row.differs && (
                <span className="mt-0.5 block w-fit whitespace-nowrap rounded border border-amber-700 px-1 text-xs font-semibold text-amber-900 dark:border-amber-300 dark:text-amber-100">
                  ≠ differs
                </span>
              )}
            </th>
            {row.values.map((values, i) => (
              <td key={i} className="px-2 py-2 align-top">
                {label(row.key, values)}
              </td>
            ))}
          </tr>
        ))}
      </ScenarioTable>
    </div>
  )
}
