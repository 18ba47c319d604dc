import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import {
  ANSWER_KEYS,
  APPROACH_INFO,
  describeAnswer,
  answerValues,
  parseAnswers,
  recommend,
} from '../../engine'
import {
  MAX_NAME_LENGTH,
  exportDecisions,
  useDecisionsStore,
  type ImportReport,
  type SavedDecision,
} from '../../store/decisions-store'

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

/** Starts a download of text as a file, without leaving the page. */
function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** "My decisions": open, rename, delete, pick two or three to compare, export and import. */
export function DecisionsList({ links }: { links: DecisionLinks }) {
  const decisions = useDecisionsStore((s) => s.decisions)
  const importFile = useDecisionsStore((s) => s.importFile)
  const [selected, setSelected] = useState<string[]>([])
  const [message, setMessage] = useState('')
  const [report, setReport] = useState<ImportReport | null>(null)
  const statusRef = useRef<HTMLDivElement>(null)
  const fileId = useId()

  // A deleted decision leaves the selection too.
  const chosen = decisions.filter((d) => selected.includes(d.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)))

  const say = (text: string) => {
    setMessage(text)
    setReport(null)
    statusRef.current?.focus()
  }

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
    setMessage(
      r.added.length === 0
        ? 'Nothing was imported.'
        : `Imported ${r.added.length} decision${r.added.length === 1 ? '' : 's'}.`,
    )
    setReport(r)
    statusRef.current?.focus()
  }

  return (
    <div>
      <div className="no-print flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={button}
          disabled={decisions.length === 0}
          onClick={() => {
            const day = new Date().toISOString().slice(0, 10)
            download(exportDecisions(decisions), `rag-or-tune-decisions-${day}.json`)
            say(`Exported ${decisions.length} decision${decisions.length === 1 ? '' : 's'}.`)
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
        {message && <p>{message}</p>}
        {report && (report.skipped.length > 0 || report.notes.length > 0) && (
          <ul className="mt-1 list-disc pl-5">
            {report.skipped.map((s, i) => (
              <li key={`s${i}`}>{s}</li>
            ))}
            {report.notes.map((s, i) => (
              <li key={`n${i}`}>{s}</li>
            ))}
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
                onDeleted={(name) => say(`Deleted “${name}”.`)}
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
  onDeleted,
}: {
  decision: SavedDecision
  links: DecisionLinks
  picked: boolean
  canPick: boolean
  onPick: (on: boolean) => void
  onDeleted: (name: string) => void
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
  const answered = ANSWER_KEYS.filter((k) => answers[k] !== undefined)
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
    if (name.trim()) rename(decision.id, name)
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
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">
              New name
            </label>
            <input
              ref={field}
              id={`${id}-name`}
              value={name}
              maxLength={MAX_NAME_LENGTH}
              onChange={(e) => setName(e.target.value)}
              className="mt-1 w-full rounded border border-stone-400 bg-white px-2 py-1.5 dark:border-stone-600 dark:bg-stone-950"
            />
          </div>
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
                remove(decision.id)
                onPick(false)
                onDeleted(decision.name)
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
