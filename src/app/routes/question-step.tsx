import { lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react'
import { Link, useLocation, useNavigate, useParams } from 'react-router'
import type { Answers, Problem } from '../../engine/contract/answers'
import { usePageTitle } from '../../components/use-page-title'
import { OptionGroup } from '../../features/questionnaire/option-group'
import { StorageNotice } from '../../features/questionnaire/storage-notice'
import { VALUE_LABELS } from '../../engine/contract/vocabulary'
import type { QuestionOption, ShownOption } from '../../questions/question.types'
import { QUESTIONS, SCORE_QUESTION } from '../../questions/questions'
import {
  FIRST_STEP,
  isStepKey,
  nextStep,
  previousStep,
  resultQuery,
  stepsFor,
  type StepKey,
} from '../../questions/steps'
import { useAnswersStore } from '../../store/answers-store'
import { paths, route } from '../../config/paths'
import { must } from '../../engine/must'

// The question comes first; the panel beside it and the page for a mistyped link load after.
// A part whose code fails to download gives way to a line of text; the question stays.
const missing = () => ({
  default: () => <p className="mt-6 text-sm">This part of the page could not be loaded.</p>,
})
const AnswersPanel = lazy(() => import('../../features/questionnaire/answers-panel').catch(missing))
const UnknownStep = lazy(() => import('../../features/questionnaire/unknown-step'))
// The help's glossary links follow the plain text (same words, so nothing moves); if their code
// fails to download, the plain text stays.
const TermText = lazy(() =>
  import('../../components/glossary/term-text').catch(() => ({
    default: ({ text }: { text: string }) => <>{text}</>,
  })),
)
// Only the step that asks for the scores needs their inputs.
const ScoreFields = lazy(() => import('../../features/questionnaire/score-fields').catch(missing))

const stepPath = (key: StepKey) => route(paths.step.href(key))
const resultPath = (answers: Answers) => route(paths.result.href(resultQuery(answers)))

const secondary = 'button-secondary'

/** How long a pick stays on screen before the next step: long enough to see what was chosen. */
export const ADVANCE_MS = 350
/** The keys for “I don’t know”. */
const UNKNOWN_KEYS = ['0', '?']

/** Keys that belong to the control in focus, not to the step's shortcuts. */
const ownsEnter = (target: EventTarget | null) =>
  target instanceof Element && target.closest('a, button, summary, dialog') !== null

export default function QuestionStepPage() {
  const { step } = useParams()
  if (!isStepKey(step)) return <UnknownStep step={step ?? ''} firstStep={stepPath(FIRST_STEP)} />
  return <QuestionStep key={step} step={step} />
}

function QuestionStep({ step }: { step: StepKey }) {
  const navigate = useNavigate()
  const answers = useAnswersStore((s) => s.answers)
  const setAnswer = useAnswersStore((s) => s.setAnswer)
  const reset = useAnswersStore((s) => s.reset)
  const heading = useRef<HTMLHeadingElement>(null)
  const leaving = useRef(false)
  const advance = useRef<ReturnType<typeof setTimeout>>(undefined)
  // Opened from the review: Next goes back to it rather than on through the questionnaire.
  const fromReview = new URLSearchParams(useLocation().search).has('review')

  const scores = step === 'measured'
  const question = scores ? SCORE_QUESTION : QUESTIONS[step]
  const multiple = step === 'problem'
  const labels: Record<string, string> = scores ? {} : VALUE_LABELS[step]
  const options = scores
    ? []
    : Object.entries<QuestionOption>(QUESTIONS[step].options).map(
        ([v, o]): [string, ShownOption] => [
          v,
          { ...o, label: must(labels[v], `the label of ${step}=${v}`) },
        ],
      )
  const value = scores ? undefined : answers[step]
  const selected: readonly string[] =
    value === undefined ? [] : multiple ? (value as Problem[]) : [value as string]
  const steps = stepsFor(answers)
  const at = steps.indexOf(step)
  usePageTitle(`${question.title}${at >= 0 ? ` · question ${at + 1} of ${steps.length}` : ''}`)

  // Every step change moves focus to the question, so a screen reader reads it first.
  useEffect(() => heading.current?.focus(), [])
  // Leaving the step any other way (Back, a link, the sidebar) drops a pending advance.
  useEffect(() => () => clearTimeout(advance.current), [])

  /**
   * A pick on a single-choice step moves on after a moment; browsing the radios with the arrow
   * keys does not, and a new pick or a browse cancels the one pending.
   */
  const toggle = (v: string, picked: boolean) => {
    if (scores) return
    if (!multiple) {
      clearTimeout(advance.current)
      setAnswer(step, v as never)
      if (picked) {
        // A link followed meanwhile ("Skip to the result") changes the address at once, while its
        // page may still be loading with this step on screen: then the pick does not move on.
        const here = window.location.hash
        advance.current = setTimeout(() => {
          if (window.location.hash === here) next()
        }, ADVANCE_MS)
      }
      return
    }
    const list = selected.includes(v) ? selected.filter((x) => x !== v) : [...selected, v]
    setAnswer(step, list as Problem[] as never)
  }

  // The store is read afresh: a key press may follow a change in the same tick.
  const next = () => {
    clearTimeout(advance.current)
    leaving.current = true
    const now = useAnswersStore.getState().answers
    const to = fromReview ? null : nextStep(step, now)
    void navigate(to ? stepPath(to) : route(paths.review.href()))
  }
  const unknown = () => {
    if (scores) {
      setAnswer('measured', undefined)
      setAnswer('target', undefined)
    } else setAnswer(step, undefined)
    next()
  }
  const back = () => {
    clearTimeout(advance.current)
    leaving.current = true
    const to = previousStep(step, answers)
    void navigate(to ? stepPath(to) : route(paths.home.href()))
  }

  // Number keys pick (or toggle) an option, 0 or ? is “I don’t know”, Enter continues; a focused
  // control keeps its keys (a typed score keeps its digits). Bound before the step is painted: a
  // key pressed as soon as the question shows is not lost to an effect still waiting to run.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return
      if (document.querySelector('dialog[open]')) return
      // Navigation renders in a transition: until the next step is on screen this one stays
      // mounted, but a quick key press is no longer meant for it.
      if (leaving.current) return
      const typing =
        e.target instanceof HTMLInputElement &&
        e.target.type !== 'radio' &&
        e.target.type !== 'checkbox'
      const n = Number(e.key)
      if (n >= 1 && n <= options.length) {
        e.preventDefault()
        toggle(must(options[n - 1], `option ${n}`)[0], true)
      } else if (UNKNOWN_KEYS.includes(e.key) && !typing) {
        e.preventDefault()
        unknown()
      } else if (e.key === 'Enter' && !ownsEnter(e.target)) {
        e.preventDefault()
        next()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  return (
    <div className="step-layout">
      <div className="min-w-0">
        <StorageNotice />
        <div className="step-top">
          <p className="muted">
            {at >= 0 ? (
              <>
                Question {at + 1} of {steps.length}
                <span aria-hidden="true"> · </span>
                <span>{steps.length - at - 1 || 'none'} to go</span>
              </>
            ) : (
              'Not needed with your answers so far'
            )}
          </p>
          <Link to={resultPath(answers)} className="text-link">
            Skip to the result
          </Link>
        </div>
        <div aria-hidden="true" className="step-progress">
          <div
            className="step-progress-bar"
            style={{ width: `${(Math.max(at, 0) * 100) / steps.length}%` }}
          />
        </div>

        <h1 ref={heading} id="question" tabIndex={-1} className="step-title">
          {question.title}
        </h1>
        <p className="step-why">
          <span className="font-semibold">Why we ask: </span>
          <Suspense fallback={question.help}>
            <TermText text={question.help} />
          </Suspense>
        </p>
        {(step === 'examples' || step === 'corpus') && (
          <p className="mt-2 text-sm">
            <Link to={route(paths.data.href())} className="text-link">
              Check your files
            </Link>{' '}
            to measure it, in this browser.
          </p>
        )}
        <p className="step-how">
          {scores ? 'Both optional.' : multiple ? 'Choose one or more.' : 'Choose one.'}
          <span className="hidden sm:inline">
            {' '}
            {scores
              ? 'Enter continues.'
              : `Keys 1–${options.length} choose, 0 is “I don’t know”, Enter continues.`}
          </span>
        </p>

        <div className="mt-6">
          {scores ? (
            <Suspense>
              <ScoreFields
                question={SCORE_QUESTION}
                answers={answers}
                onChange={(key, v) => setAnswer(key, v)}
              />
            </Suspense>
          ) : (
            <OptionGroup
              name={step}
              multiple={multiple}
              options={options}
              selected={selected}
              onToggle={toggle}
              labelledBy="question"
            />
          )}
        </div>

        {/* On a phone the buttons stay in view at the bottom of the screen, however long the step. */}
        <div className="step-actions">
          <button type="button" onClick={back} className={secondary}>
            Back
          </button>
          <button type="button" onClick={unknown} aria-keyshortcuts="0" className={secondary}>
            I don’t know
            <kbd aria-hidden="true" className="key-hint">
              0
            </kbd>
          </button>
          <button type="button" onClick={next} className="button-next">
            {fromReview
              ? 'Back to the review'
              : nextStep(step, answers)
                ? 'Next'
                : 'See the result'}
          </button>
        </div>
      </div>

      <aside aria-label="Your answers" className="space-y-4">
        <Suspense>
          <AnswersPanel
            steps={steps}
            current={step}
            answers={answers}
            stepPath={stepPath}
            onStartOver={() => {
              reset()
              void navigate(stepPath(FIRST_STEP))
            }}
          />
        </Suspense>
      </aside>
    </div>
  )
}
