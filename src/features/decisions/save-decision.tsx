import { useEffect, useRef, useState, type SubmitEvent } from 'react'
import { Link } from 'react-router'
import { paths, route } from '../../config/paths'
import { APPROACH_INFO, formatShortDay, type Recommendation } from '../../engine'
import {
  exportDecisions,
  useDecisionsStore,
  writeProblemMessage,
} from '../../store/decisions-store'
import { downloadText } from './download-file'
import { NameField } from './name-field'

export interface SaveDecisionProps {
  /** The canonical result query, without '?'. */
  query: string
  recommendation: Recommendation
}

/** "LoRA + RAG, 1 Mar 2026": the plan and the day, a name the user can keep or change. */
export function defaultDecisionName(recommendation: Recommendation, now = new Date()): string {
  const plan = recommendation.stack.map((id) => APPROACH_INFO[id].short).join(' + ')
  return `${plan}, ${formatShortDay(now)}`
}

const button =
  'rounded border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'

/** Saves this result under a name to "my decisions". */
export function SaveDecision({ query, recommendation }: SaveDecisionProps) {
  const save = useDecisionsStore((s) => s.save)
  const refused = useDecisionsStore((s) => s.refused)
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  // Set when the save is in this tab only: the user needs a way to keep it.
  const [offerExport, setOfferExport] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    input.current?.focus()
    input.current?.select()
  }, [open])

  const start = () => {
    setName(defaultDecisionName(recommendation))
    setMessage(null)
    setOfferExport(false)
    setOpen(true)
  }
  const close = () => {
    setOpen(false)
    // The opener is back in the page on the next render.
    requestAnimationFrame(() => opener.current?.focus())
  }
  const submit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault()
    const saved = save({
      name: name.trim() || defaultDecisionName(recommendation),
      query,
      primary: recommendation.ranking[0].approach,
    })
    // Success is said only when the browser kept it.
    setMessage(
      !saved.ok
        ? saved.reason
        : saved.problem
          ? `“${saved.decision.name}”: ${writeProblemMessage(saved.problem)}`
          : `Saved as “${saved.decision.name}”.`,
    )
    setOfferExport(saved.ok && saved.problem !== null)
    close()
  }

  if (open)
    return (
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close()
        }}
        aria-label="Save this decision"
        className="no-print flex w-full flex-wrap items-end gap-2 rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900"
      >
        <NameField label="Name for this decision" value={name} onChange={setName} ref={input} />
        <button
          type="submit"
          className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800"
        >
          Save
        </button>
        <button type="button" onClick={close} className={button}>
          Cancel
        </button>
      </form>
    )

  return (
    <span className="no-print inline-flex flex-wrap items-center gap-2">
      <button ref={opener} type="button" onClick={start} className={button}>
        Save this decision
      </button>
      {refused && !message && (
        <span className="text-sm text-stone-700 dark:text-stone-300">
          This browser does not let the app save: what you save lasts until the tab is closed.
        </span>
      )}
      <span role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {message && (
          <>
            {message}{' '}
            {offerExport && (
              <button
                type="button"
                className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
                onClick={() => {
                  const day = new Date().toISOString().slice(0, 10)
                  downloadText(
                    exportDecisions(useDecisionsStore.getState().decisions),
                    `rag-or-tune-decisions-${day}.json`,
                  )
                }}
              >
                Download your decisions as JSON
              </button>
            )}{' '}
            <Link
              to={route(paths.decisions.href())}
              className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
            >
              My decisions
            </Link>
          </>
        )}
      </span>
    </span>
  )
}
