import { useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import {
  exportDecisions,
  useDecisionsStore,
  writeProblemMessage,
  type ImportReport,
  type WriteProblem,
} from '../../store/decisions-store'
import { DecisionItem } from './decision-item'
import type { DecisionLinks } from './decisions.types'
import { DecisionsStatus } from './decisions-status'
import { button, primaryButton } from './decisions.styles'
import { importSummary, plural, today } from './decisions-words'
import { downloadText } from './download-file'
import { StorageNotices } from './storage-notices'

export type { DecisionLinks } from './decisions.types'

/** How many decisions a comparison takes. */
export const COMPARE_MIN = 2
export const COMPARE_MAX = 3

/** "My decisions": open, rename, delete, pick two or three to compare, export and import. */
export function DecisionsList({ links }: { links: DecisionLinks }) {
  const decisions = useDecisionsStore((s) => s.decisions)
  const importFile = useDecisionsStore((s) => s.importFile)
  const [selected, setSelected] = useState<string[]>([])
  const [message, setMessage] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  // Set when the last change lives in this tab only: the status then offers the export.
  const [unsaved, setUnsaved] = useState(false)
  const statusRef = useRef<HTMLDivElement>(null)
  const fileId = useId()

  // A deleted decision leaves the selection too.
  const chosen = decisions.filter((d) => selected.includes(d.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)))

  const say = (text: string, problem: WriteProblem | null = null) => {
    setMessage(problem ? `${text} ${writeProblemMessage(problem)}` : text)
    setUnsaved(problem !== null)
    setReport(null)
    statusRef.current?.focus()
  }
  const exportAll = () =>
    downloadText(
      exportDecisions(useDecisionsStore.getState().decisions),
      `rag-or-tune-decisions-${today()}.json`,
    )

  const onImport = async (file: File | undefined) => {
    if (!file) return
    let text: string
    try {
      text = await file.text()
    } catch {
      say('The file could not be read.')
      return
    }
    const r = importFile(text)
    setMessage(importSummary(r))
    setUnsaved(r.problem !== null)
    setReport(r)
    statusRef.current?.focus()
  }

  return (
    <div>
      <StorageNotices />
      <div className="no-print flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={button}
          disabled={decisions.length === 0}
          onClick={() => {
            exportAll()
            say(`Exported ${plural(decisions.length, 'decision')}.`)
          }}
        >
          Export all as JSON
        </button>
        <label
          htmlFor={fileId}
          className={`${button} cursor-pointer focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-600`}
        >
          Import from JSON…
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => {
              void onImport(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </label>
      </div>

      <DecisionsStatus
        ref={statusRef}
        message={message}
        report={report}
        onExport={unsaved ? exportAll : null}
      />

      {decisions.length === 0 ? (
        <p className="mt-6 text-stone-700 dark:text-stone-300">
          Nothing saved yet. Open a result and choose “Save this decision”, or import a file you
          exported before.
        </p>
      ) : (
        <>
          <div className="no-print mt-6 flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
            <p className="text-sm" id={`${fileId}-pick`}>
              {chosen.length < COMPARE_MIN
                ? `Pick ${COMPARE_MIN} or ${COMPARE_MAX} decisions to compare (${chosen.length} picked).`
                : `${chosen.length} picked to compare.`}
            </p>
            {chosen.length >= COMPARE_MIN ? (
              <Link to={links.compare(chosen)} className={primaryButton}>
                Compare {chosen.length} decisions
              </Link>
            ) : (
              <button type="button" className={primaryButton} disabled>
                Compare
              </button>
            )}
            {chosen.length > 0 && (
              <button type="button" className={button} onClick={() => setSelected([])}>
                Clear the selection
              </button>
            )}
          </div>
          <ul className="mt-4 grid gap-4" aria-label="Saved decisions">
            {decisions.map((d) => (
              <DecisionItem
                key={d.id}
                decision={d}
                links={links}
                picked={selected.includes(d.id)}
                canPick={chosen.length < COMPARE_MAX}
                onPick={(on) => toggle(d.id, on)}
                onChanged={say}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
