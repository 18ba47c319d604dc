import { createContext, useContext } from 'react'
import { AnswerSelect, ProblemChoices } from './answer-controls'
import {
  ANSWER_LABELS,
  SINGLE_KEYS,
  planName,
  type AnswerKey,
  type Answers,
  type ApproachId,
  type QuestionKey,
} from '../../engine'

/** The last change made on the page: which answer, and the plan before it. */
export interface PlanEdit {
  key: AnswerKey
  /** Where it was made, so the note shows beside that control (`panel` or `reason`). */
  where: string
  fromStack: ApproachId[]
  toStack: ApproachId[]
}

export interface ResultEditing {
  answers: Answers
  setAnswer: <K extends AnswerKey>(key: K, value: Answers[K] | undefined, where: string) => void
  /** The last change, while the page still shows its outcome; null otherwise. */
  edit: PlanEdit | null
  undo: () => void
  /** The answer opened for a change beside a reason (`id` names the reason), if any. */
  inline: { key: QuestionKey; id: string } | null
  setInline: (next: { key: QuestionKey; id: string } | null) => void
}

const EditingContext = createContext<ResultEditing | null>(null)
export const ResultEditingProvider = EditingContext.Provider

/** The result page's editing, for controls deep in its sections. */
export function useResultEditing(): ResultEditing | null {
  return useContext(EditingContext)
}

/** The plan's change in words: "Plan: RAG → Prompt engineering". */
export function planChangeText(edit: PlanEdit): string {
  const from = planName(edit.fromStack)
  const to = planName(edit.toStack)
  return from === to ? `Plan unchanged: ${to}` : `Plan: ${from} → ${to}`
}

/**
 * "Plan: RAG → Prompt engineering", with undo, shown beside the control that changed it: a
 * change made far below the headline says at once what it did (the page announces it).
 */
export function PlanChangeNote({ answerKey, where }: { answerKey: AnswerKey; where: string }) {
  const editing = useResultEditing()
  const edit = editing?.edit
  if (!edit || edit.key !== answerKey || edit.where !== where) return null
  return (
    <p data-testid="plan-change" className="mt-1 text-sm">
      {
        <>
          <span className="font-medium">{planChangeText(edit)}</span>{' '}
          <button
            type="button"
            onClick={editing.undo}
            className="rounded px-1 font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
          >
            Undo
          </button>
        </>
      }
    </p>
  )
}

const isSingle = (key: QuestionKey): key is (typeof SINGLE_KEYS)[number] =>
  (SINGLE_KEYS as readonly string[]).includes(key)

/**
 * One answer's control, where the reader is (beside a reason): the same choices as the answers
 * panel, and the plan's change beside it.
 */
export function InlineAnswer({
  answerKey,
  id,
  autoFocus = false,
}: {
  answerKey: QuestionKey
  id: string
  /** For a control that moved (its reason went away with the change): focus follows it. */
  autoFocus?: boolean
}) {
  const editing = useResultEditing()
  if (!editing || (answerKey !== 'problem' && !isSingle(answerKey))) return null
  const { answers, setAnswer } = editing
  const where = `reason:${id}`
  if (answerKey === 'problem') {
    return (
      <fieldset className="mt-1 rounded border border-stone-300 p-2 dark:border-stone-700">
        <legend className="px-1 text-xs font-medium">{ANSWER_LABELS.problem.label}</legend>
        <ProblemChoices
          problems={answers.problem ?? []}
          autoFocus={autoFocus}
          onChange={(next) => setAnswer('problem', next, where)}
        />
        <PlanChangeNote answerKey="problem" where={where} />
      </fieldset>
    )
  }
  const key = answerKey
  const fieldId = `inline-${id}-${key}`
  return (
    <div className="mt-1 rounded border border-stone-300 p-2 dark:border-stone-700">
      <label htmlFor={fieldId} className="block text-xs font-medium">
        {ANSWER_LABELS[key].label}
      </label>
      <AnswerSelect
        answerKey={key}
        id={fieldId}
        value={answers[key]}
        autoFocus={autoFocus}
        onChange={(next) => setAnswer(key, next, where)}
      />
      <PlanChangeNote answerKey={key} where={where} />
    </div>
  )
}
