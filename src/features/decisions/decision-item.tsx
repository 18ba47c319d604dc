import { useEffect, useId, useMemo, useRef, useState, type Ref, type SubmitEvent } from 'react'
import { Link } from 'react-router'
import {
  ASKED_ORDER,
  APPROACH_INFO,
  describeAnswer,
  answerValues,
  parseAnswers,
  planName,
  planOf,
} from '../../engine'
import {
  useDecisionsStore,
  type SavedDecision,
  type WriteProblem,
} from '../../store/decisions-store'
import type { DecisionLinks } from './decisions.types'
import { button, link, primaryButton } from './decisions.styles'
import { formatDate } from './decisions-words'
import { NameField } from './name-field'
import { Checkbox } from '../../components/checkbox'

/** One saved decision: open it, see it on the map, rename it or delete it. */
export function DecisionItem({
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

  // The engine runs once per saved query, not on every render of the list.
  const { answers, answered, stack } = useMemo(() => {
    const answers = parseAnswers(decision.query).answers
    return {
      answers,
      answered: ASKED_ORDER.filter((k) => answers[k] !== undefined),
      stack: planOf(answers),
    }
  }, [decision.query])

  useEffect(() => {
    if (mode === 'rename') field.current?.select()
    if (mode === 'delete') keep.current?.focus()
  }, [mode])

  const back = (to: React.RefObject<HTMLButtonElement | null>) => {
    setMode('view')
    requestAnimationFrame(() => to.current?.focus())
  }
  const submitRename = (e: SubmitEvent<HTMLFormElement>) => {
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
            Plan: <strong className="font-semibold">{planName(stack, 'short')}</strong>
            {stack[0] !== decision.primary && (
              <span className="block text-sm text-stone-700 dark:text-stone-300">
                When saved, it led with {APPROACH_INFO[decision.primary].name}; the recommendation
                has changed since.
              </span>
            )}
          </p>
        </div>
        <Checkbox
          label="Compare"
          checked={picked}
          onChange={onPick}
          disabled={!picked && !canPick}
          aria-label={`Compare “${decision.name}”`}
          className="no-print flex items-center"
          labelClassName="text-sm"
        />
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
          <NameField label="New name" value={name} onChange={setName} ref={field} />
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
          <ItemAction
            ref={renameButton}
            verb="Rename"
            name={decision.name}
            onClick={() => {
              setName(decision.name)
              setMode('rename')
            }}
          />
          <ItemAction
            ref={deleteButton}
            verb="Delete"
            name={decision.name}
            onClick={() => setMode('delete')}
          />
        </p>
      )}
    </li>
  )
}

/** A button acting on one saved decision, named with it for screen readers ("Rename “Support bot”"). */
function ItemAction({
  ref,
  verb,
  name,
  onClick,
}: {
  ref: Ref<HTMLButtonElement>
  verb: string
  name: string
  onClick: () => void
}) {
  return (
    <button
      ref={ref}
      type="button"
      aria-label={`${verb} “${name}”`}
      className={button}
      onClick={onClick}
    >
      {verb}
    </button>
  )
}
