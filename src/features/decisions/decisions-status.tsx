import type { Ref } from 'react'
import type { ImportReport } from '../../store/decisions-store'
import { link } from './decisions.styles'
import { plural } from './decisions-words'

/**
 * What the last action on the list did, said where a screen reader hears it (it takes the focus):
 * the message, the export to offer when the change lives in this tab only, and an import's
 * skipped entries and notes (the first few named, the rest counted).
 */
export function DecisionsStatus({
  message,
  report,
  onExport,
  ref,
}: {
  message: string
  report: ImportReport | null
  /** Set when the last change is not stored: the status then offers the export. */
  onExport: (() => void) | null
  ref: Ref<HTMLDivElement>
}) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      data-testid="decisions-status"
      className="mt-3 text-sm text-stone-800 outline-none dark:text-stone-200"
    >
      {message && (
        <p>
          {message}{' '}
          {onExport && (
            <button type="button" className={link} onClick={onExport}>
              Download your decisions as JSON
            </button>
          )}
        </p>
      )}
      {report && (report.skipped.length > 0 || report.notes.length > 0) && (
        <ul className="mt-1 list-disc pl-5">
          {report.skipped.map((s, i) => (
            <li key={`s${i}`}>{s}</li>
          ))}
          {report.skippedCount > report.skipped.length && (
            <li>
              … and{' '}
              {plural(report.skippedCount - report.skipped.length, 'more entry', 'more entries')}{' '}
              skipped.
            </li>
          )}
          {report.notes.map((s, i) => (
            <li key={`n${i}`}>{s}</li>
          ))}
          {report.notesCount > report.notes.length && (
            <li>
              … and {plural(report.notesCount - report.notes.length, 'more entry', 'more entries')}{' '}
              kept with changes.
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
