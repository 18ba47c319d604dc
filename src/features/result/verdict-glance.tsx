import type { ReactNode } from 'react'
import { Link } from 'react-router'
import {
  APPROACH_INFO,
  formatUsdShort,
  withoutLead,
  type AtAGlance,
  type ConfidenceLevel,
  type Pivot,
  type QuestionKey,
  type Recommendation,
} from '../../engine'
import { paths, route } from '../../config/paths'
import { focusAnswer } from './answer-field'
import { effectText } from './ranking-list'

export const CONFIDENCE_WORD: Record<ConfidenceLevel, { word: string; mark: string }> = {
  clear: { word: 'A clear lead', mark: '●' },
  close: { word: 'A close call', mark: '◐' },
  'not-yet': { word: 'Not settled yet', mark: '○' },
}

export const BUDGET_WORD = {
  within: 'within',
  'may-exceed': 'may exceed',
  over: 'over',
} as const

const usd = (r: { low: number; high: number }) =>
  formatUsdShort(r.low) === formatUsdShort(r.high)
    ? formatUsdShort(r.low)
    : `${formatUsdShort(r.low)}–${formatUsdShort(r.high)}`

const days = (r: { low: number; high: number }) => {
  const low = Math.max(1, Math.round(r.low))
  const high = Math.max(1, Math.round(r.high))
  return low === high ? `${low} days` : `${low}–${high} days`
}

/** The budget as the user chose it: "your budget of up to $10k". */
export function budgetWords(budget: NonNullable<Recommendation['budget']>): string {
  return budget.limit === null
    ? 'your budget of over $50k'
    : `your budget of up to ${formatUsdShort(budget.limit)}`
}

/** One line of the verdict: a label and what it says. */
function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[5.25rem_minmax(0,1fr)] gap-x-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
      <dt className="font-medium text-stone-600 dark:text-stone-400">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  )
}

function PivotLine({ pivot, assumptionsQuery }: { pivot: Pivot | null; assumptionsQuery: string }) {
  if (pivot === null)
    return <span className="text-stone-600 dark:text-stone-400">Working it out…</span>
  if (pivot.kind === 'change') {
    return (
      <Link
        to={route(paths.result.href([pivot.query, assumptionsQuery].filter(Boolean).join('&')))}
        className="text-brand-800 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100"
      >
        {pivot.text}
      </Link>
    )
  }
  if (pivot.kind === 'open') {
    return (
      <>
        {pivot.text}{' '}
        <button
          type="button"
          onClick={() => focusAnswer(pivot.key as QuestionKey)}
          className="rounded px-1 text-brand-800 underline underline-offset-2 dark:text-brand-100"
        >
          Answer it
        </button>
      </>
    )
  }
  return <>{pivot.text}</>
}

/**
 * The verdict at a glance, at the top of the result: the plan by stage, how sure, what it costs
 * against the budget, time to a first version, the heaviest reasons, the main risk and the one
 * answer that would change it. Every line is the engine's (`atAGlance`, `pivotOf`).
 */
export function VerdictGlance({
  glance,
  stack,
  pivot,
  assumptionsQuery,
}: {
  glance: AtAGlance
  stack: Recommendation['stack']
  /** Null while what would change the plan is still being worked out. */
  pivot: Pivot | null
  assumptionsQuery: string
}) {
  const { stages, confidence, budget } = glance
  const later = stages.slice(1)
  const level = CONFIDENCE_WORD[confidence.level]
  return (
    <dl data-testid="at-a-glance" className="mt-3 grid max-w-3xl gap-1.5 text-sm">
      <Row label="The plan">
        <h2 className="sr-only">The plan</h2>
        <ol data-testid="stack" className="inline">
          {stack.map((id, i) => (
            <li key={id} data-approach={id} className="inline">
              {i > 0 && ' + '}
              <Link
                to={route(paths.guideApproach.href(id))}
                className={`font-semibold underline-offset-2 hover:underline ${i === 0 ? 'text-brand-800 dark:text-brand-100' : ''}`}
              >
                {APPROACH_INFO[id].short}
              </Link>
            </li>
          ))}
        </ol>
        <span className="text-stone-600 dark:text-stone-400"> now</span>
        {later.map((s) => (
          <span key={s.when}>
            {' '}
            <span aria-hidden="true">→</span>
            <span className="sr-only">, then</span> {s.name}{' '}
            <span className="text-stone-600 dark:text-stone-400">{s.when}</span>
          </span>
        ))}
      </Row>
      <Row label="How sure" testId="confidence">
        <span data-level={confidence.level}>
          <span aria-hidden="true">{level.mark} </span>
          <span className="font-semibold">{level.word}. </span>
          {withoutLead(confidence.text, 'sentence')}
        </span>
      </Row>
      <Row label="One-time cost">
        <span className="font-semibold tabular-nums">{usd(glance.oneTime)}</span>
        {budget && (
          <span
            data-testid="budget-check"
            data-state={budget.state}
            className={
              budget.state === 'within' ? '' : 'font-medium text-rose-900 dark:text-rose-200'
            }
          >
            {budget.state !== 'within' && <span aria-hidden="true"> ⚠</span>}
            {`, ${BUDGET_WORD[budget.state]} ${budgetWords(budget)}`}
          </span>
        )}
        <span className="hidden text-stone-600 sm:inline dark:text-stone-400">
          {' '}
          (engineering included)
        </span>
      </Row>
      <Row label="Monthly">
        <span className="font-semibold tabular-nums">{usd(glance.monthly)}</span> a month to run
      </Row>
      <Row label="First version">
        <span className="font-semibold tabular-nums">{days(glance.buildDays)}</span> of work
      </Row>
      <Row label="Why">
        {glance.reasons.length === 0 ? (
          'No answer moved it yet: it is where every plan starts.'
        ) : (
          <ul className="grid gap-0.5">
            {glance.reasons.map((r) => (
              <li key={r.rule}>
                <span className="font-semibold tabular-nums text-brand-800 dark:text-brand-100">
                  {effectText(r)}
                </span>{' '}
                {r.text}
              </li>
            ))}
          </ul>
        )}
      </Row>
      <Row label="Main risk" testId="main-risk">
        {glance.risk}
      </Row>
      <Row label="What would change it" testId="pivot">
        <PivotLine pivot={pivot} assumptionsQuery={assumptionsQuery} />
      </Row>
    </dl>
  )
}
