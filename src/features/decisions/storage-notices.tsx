import type { ReactNode } from 'react'
import { formatNumber } from '../../engine'
import { MAX_DECISIONS, useDecisionsStore } from '../../store/decisions-store'
import { link, notice } from './decisions.styles'
import { plural, today } from './decisions-words'
import { downloadText } from './download-file'

/** What the page must say up front about the stored list: refused storage, a newer version, … */
export function StorageNotices() {
  const decisions = useDecisionsStore((s) => s.decisions)
  const refused = useDecisionsStore((s) => s.refused)
  const newer = useDecisionsStore((s) => s.newer)
  const kept = useDecisionsStore((s) => s.kept)
  const aside = useDecisionsStore((s) => s.aside)
  const notes = useDecisionsStore((s) => s.notes)
  const discard = useDecisionsStore((s) => s.discardAside)
  const lines: ReactNode[] = []
  if (refused)
    lines.push(
      'This browser does not let the app save: decisions you save or import here last until this tab is closed. Export them to keep them.',
    )
  if (newer)
    lines.push(
      'These decisions were saved by a newer version of this app. This version shows what it can read but will not change what is stored: reload the page to get the newer version.',
    )
  if (decisions.length > MAX_DECISIONS)
    lines.push(
      `You have ${formatNumber(decisions.length)} saved decisions, more than the ${MAX_DECISIONS} this app saves. All of them are kept and listed; new ones can be saved once you are under ${MAX_DECISIONS}.`,
    )
  if (kept.length > 0)
    lines.push(
      <>
        {plural(kept.length, 'saved entry', 'saved entries')} could not be read. They are kept as
        they were, not deleted.{' '}
        <button
          type="button"
          className={link}
          onClick={() =>
            downloadText(
              `${JSON.stringify(kept, null, 2)}\n`,
              `rag-or-tune-unreadable-decisions-${today()}.json`,
            )
          }
        >
          Download the unreadable entries
        </button>
      </>,
    )
  for (const a of aside)
    lines.push(
      <>
        {a.reason}{' '}
        {a.key
          ? 'A copy of them was kept aside, untouched.'
          : 'There was no room to keep a copy: nothing will be saved over them until you download them.'}{' '}
        <button
          type="button"
          className={link}
          onClick={() =>
            downloadText(a.text, `rag-or-tune-unreadable-decisions-${today()}.txt`, 'text/plain')
          }
        >
          Download them as they were stored
        </button>
        {a.key && (
          <>
            {' · '}
            <button type="button" className={link} onClick={() => discard(a.key)}>
              Delete the copy
            </button>
          </>
        )}
      </>,
    )
  lines.push(...notes)
  if (lines.length === 0) return null
  return (
    <div className={`${notice} mb-4`} data-testid="decisions-storage-notice">
      <ul className="list-disc space-y-1 pl-5">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  )
}
