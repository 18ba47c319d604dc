import { ANSWER_VALUES, type QuestionKey } from '../../engine'

/** The id of the control that edits one answer in the "Your answers" panel. */
export function answerFieldId(key: QuestionKey): string {
  return key === 'problem' ? `answer-problem-${ANSWER_VALUES.problem[0]}` : `answer-${key}`
}

/**
 * Moves focus to the control for one answer (hash routing rules out `#anchor` links), scrolling it
 * into the middle of the screen.
 */
export function focusAnswer(key: QuestionKey): void {
  const el = document.getElementById(answerFieldId(key))
  if (!el) return
  const fold = el.closest('details')
  if (fold && !fold.open) fold.open = true
  el.focus({ preventScroll: true })
  if (typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'center' })
}
