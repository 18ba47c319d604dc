import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import { ANSWER_KEYS, serializeAnswers, type AnswerKey, type Answers } from '../../engine'
import { paths, route } from '../../config/paths'
import { useAnswersStore } from '../../store/answers-store'

const count = (answers: Answers) => ANSWER_KEYS.filter((k) => answers[k] !== undefined).length

interface ConfirmReplaceProps {
  saved: Answers
  incoming: Answers
  onConfirm: () => void
  onCancel: () => void
}

/** "Replace your saved answers?": a small modal that keeps focus inside until it is answered. */
function ConfirmReplace({ saved, incoming, onConfirm, onCancel }: ConfirmReplaceProps) {
  const panel = useRef<HTMLDivElement>(null)
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    keep.current?.focus()
  }, [])

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onCancel()
      return
    }
    if (e.key !== 'Tab' || !panel.current) return
    const buttons = [...panel.current.querySelectorAll('button')]
    const first = buttons[0]
    const last = buttons[buttons.length - 1]
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault()
      last?.focus()
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault()
      first?.focus()
    }
  }

  return (
    <div className="no-print fixed inset-0 z-40 flex items-center justify-center bg-stone-950/50 p-4">
      <div
        ref={panel}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="replace-title"
        aria-describedby="replace-body"
        onKeyDown={onKeyDown}
        className="w-full max-w-md rounded-lg border border-stone-200 bg-white p-5 shadow-xl dark:border-stone-700 dark:bg-stone-900"
      >
        <h2 id="replace-title" className="text-lg font-semibold">
          Replace your saved answers?
        </h2>
        <p id="replace-body" className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          The questionnaire in this browser holds your own answers ({count(saved)} answered), and
          they differ from this result’s ({count(incoming)} answered). Opening this result in the
          questionnaire replaces yours.
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <button
            ref={keep}
            type="button"
            onClick={onCancel}
            className="rounded border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Keep my answers
          </button>
          <button
            type="button"
            onClick={onConfirm}
            className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            Replace them with these
          </button>
        </div>
      </div>
    </div>
  )
}

/**
 * Loads a result's answers into the questionnaire and opens it at a step. A shared link never
 * silently overwrites the answers someone has saved: when they differ, it asks first.
 */
export function useOpenInQuestionnaire(answers: Answers) {
  const navigate = useNavigate()
  const saved = useAnswersStore((s) => s.answers)
  const replaceAnswers = useAnswersStore((s) => s.replaceAnswers)
  const [pending, setPending] = useState<{ step: AnswerKey; from: Element | null } | null>(null)

  const go = (step: AnswerKey) => {
    replaceAnswers(answers)
    void navigate(route(paths.step.href(step)))
  }

  const open = (step: AnswerKey) => {
    const mine = serializeAnswers(saved)
    if (mine === '' || mine === serializeAnswers(answers)) go(step)
    else setPending({ step, from: document.activeElement })
  }

  const dialog = pending && (
    <ConfirmReplace
      saved={saved}
      incoming={answers}
      onConfirm={() => {
        setPending(null)
        go(pending.step)
      }}
      onCancel={() => {
        setPending(null)
        if (pending.from instanceof HTMLElement) pending.from.focus()
      }}
    />
  )
  return { open, dialog }
}
