import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import {
  ASKED_ORDER,
  APPROACH_INFO,
  describeAnswer,
  formatNumber,
  answerValues,
  parseAnswers,
  recommend,
} from '../../engine'
import {
  MAX_DECISIONS,
  exportDecisions,
  useDecisionsStore,
  writeProblemMessage,
  type ImportReport,
  type SavedDecision,
  type WriteProblem,
} from '../../store/decisions-store'
import { downloadText } from './download-file'
import { NameField } from './name-field'

/** How many decisions a comparison takes. */
export const COMPARE_MIN = 2
export const COMPARE_MAX = 3

export interface DecisionLinks {
  /** Router paths (no '#'). */
  result: (query: string) => string
  map: (query: string) => string
  compare: (decisions: readonly SavedDecision[]) => string
}

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'
const button =
  'rounded border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800'
const primaryButton =
  'rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-400 dark:disabled:bg-stone-600'

const formatDate = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

const today = () => new Date().toISOString().slice(0, 10)

const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`

const notice =
  'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100'

/** What the page must say up front about the stored list: refused storage, a newer version, … */
function StorageNotices() {
  const decisions = useDecisionsStore((s) => s.decisions)
  const refused = useDecisionsStore((s) => s.refused)
  const newer = useDecisionsStore((s) => s.newer)
  const kept = useDecisionsStore((s) => s.kept)
  const aside = useDecisionsStore((s) => s.aside)
  const notes = useDecisionsStore((s) => s.notes)
  const discard = useDecisionsStore((s) => s.discardAside)
  const lines: React.ReactNode[] = []
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
    const done =
      r.added.length === 0
        ? 'Nothing was imported.'
        : r.problem
          ? `${plural(r.added.length, 'decision')} read from the file. ${writeProblemMessage(r.problem)}`
          : `Imported ${plural(r.added.length, 'decision')}.`
    setMessage(
      r.skippedCount > 0 ? `${done} ${plural(r.skippedCount, 'entry', 'entries')} skipped.` : done,
    )
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

      <div
        ref={statusRef}
        tabIndex={-1}
        role="status"
        data-testid="decisions-status"
        className="mt-3 text-sm text-stone-800 outline-none dark:text-stone-200"
      >
        {message && (
          <p>
            {message}{' '}
            {unsaved && (
              <button type="button" className={link} onClick={exportAll}>
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
                … and{' '}
                {plural(report.notesCount - report.notes.length, 'more entry', 'more entries')} kept
                with changes.
              </li>
            )}
          </ul>
        )}
      </div>

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

function DecisionItem({
  decision,
  links,
  picked,
  canPick,
  onPick,
  onChanged,
}: {
  decision: SavedDecision
  links: DecisionLinks
  picked: boolean
  canPick: boolean
  onPick: (on: boolean) => void
  /** Says what a rename or a deletion did, and whether it was stored. */
  onChanged: (text: string, problem: WriteProblem | null) => void
}) {
  const rename = useDecisionsStore((s) => s.rename)
  const remove = useDecisionsStore((s) => s.remove)
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view')
  const [name, setName] = useState(decision.name)
  const id = useId()
  const field = useRef<HTMLInputElement>(null)
  const keep = useRef<HTMLButtonElement>(null)
  const renameButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)

  const answers = parseAnswers(decision.query).answers
  const answered = ASKED_ORDER.filter((k) => answers[k] !== undefined)
  const now = recommend(answers)
  const plan = now.stack.map((a) => APPROACH_INFO[a].short).join(' + ')

  useEffect(() => {
    if (mode === 'rename') field.current?.select()
    if (mode === 'delete') keep.current?.focus()
  }, [mode])

  const back = (to: React.RefObject<HTMLButtonElement | null>) => {
    setMode('view')
    requestAnimationFrame(() => to.current?.focus())
  }
  const submitRename = (e: FormEvent) => {
    e.preventDefault()
    if (name.trim()) {
      const problem = rename(decision.id, name)
      if (problem) onChanged(`Renamed to “${name.trim()}” in this tab.`, problem)
    }
    back(renameButton)
  }

  return (
    <li
      data-testid="saved-decision"
      data-id={decision.id}
      className={`rounded-lg border bg-white p-4 dark:bg-stone-900 ${
        picked
          ? 'border-brand-700 ring-2 ring-brand-700 dark:border-brand-100 dark:ring-brand-100'
          : 'border-stone-200 dark:border-stone-800'
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 className="text-lg font-semibold break-words">{decision.name}</h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Saved {formatDate(decision.savedAt)} · {answered.length} question
            {answered.length === 1 ? '' : 's'} answered
          </p>
          <p className="mt-1">
            Plan: <strong className="font-semibold">{plan}</strong>
            {now.stack[0] !== decision.primary && (
              <span className="block text-sm text-stone-700 dark:text-stone-300">
                When saved, it led with {APPROACH_INFO[decision.primary].name}; the recommendation
                has changed since.
              </span>
            )}
          </p>
        </div>
        <p className="no-print flex items-center">
          <input
            id={`${id}-pick`}
            type="checkbox"
            checked={picked}
            disabled={!picked && !canPick}
            onChange={(e) => onPick(e.target.checked)}
            aria-label={`Compare “${decision.name}”`}
            className="mr-2 h-4 w-4 accent-brand-700"
          />
          <label htmlFor={`${id}-pick`} className="text-sm">
            Compare
          </label>
        </p>
      </div>

      {answered.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-stone-700 dark:text-stone-300">Answers</summary>
          <ul className="mt-1 list-disc pl-5 text-stone-700 dark:text-stone-300">
            {answered.map((k) => (
              <li key={k}>{describeAnswer(k, answerValues(answers, k))}</li>
            ))}
          </ul>
        </details>
      )}

      {mode === 'rename' && (
        <form
          onSubmit={submitRename}
          onKeyDown={(e) => {
            if (e.key === 'Escape') back(renameButton)
          }}
          className="no-print mt-3 flex flex-wrap items-end gap-2"
        >
          <NameField
            id={`${id}-name`}
            label="New name"
            value={name}
            onChange={setName}
            ref={field}
          />
          <button type="submit" className={primaryButton}>
            Rename
          </button>
          <button type="button" className={button} onClick={() => back(renameButton)}>
            Cancel
          </button>
        </form>
      )}

      {mode === 'delete' && (
        <div
          role="group"
          aria-labelledby={`${id}-confirm`}
          className="no-print mt-3 rounded-md border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950"
        >
          <p id={`${id}-confirm`} className="text-sm font-medium text-red-900 dark:text-red-100">
            Delete “{decision.name}”? This cannot be undone.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
              onClick={() => {
                const problem = remove(decision.id)
                onPick(false)
                onChanged(
                  problem
                    ? `Deleted “${decision.name}” in this tab.`
                    : `Deleted “${decision.name}”.`,
                  problem,
                )
              }}
            >
              Delete
            </button>
            <button ref={keep} type="button" className={button} onClick={() => back(deleteButton)}>
              Keep it
            </button>
          </div>
        </div>
      )}

      {mode === 'view' && (
        <p className="no-print mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link
            to={links.result(decision.query)}
            className={link}
            aria-label={`Open “${decision.name}”`}
          >
            Open
          </Link>
          <Link
            to={links.map(decision.query)}
            className={link}
            aria-label={`On the map (“${decision.name}”)`}
          >
            On the map
          </Link>
          <button
            ref={renameButton}
            type="button"
            aria-label={`Rename “${decision.name}”`}
            className={button}
            onClick={() => {
              setName(decision.name)
              setMode('rename')
            }}
          >
            Rename
          </button>
          <button
            ref={deleteButton}
            type="button"
            aria-label={`Delete “${decision.name}”`}
            className={button}
            onClick={() => setMode('delete')}
          >
            Delete
          </button>
        </p>
      )}
    </li>
  )
}
