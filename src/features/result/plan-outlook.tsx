import { APPROACH_INFO, type ConfidenceLevel, type Recommendation } from '../../engine'
import { planName } from '../../engine/format/plan-sentence'

const LEVEL_TEXT: Record<ConfidenceLevel, { word: string; mark: string; style: string }> = {
  clear: {
    word: 'A clear lead',
    mark: '●',
    style:
      'border-brand-700 bg-brand-50 text-brand-900 dark:border-brand-100 dark:bg-brand-900 dark:text-brand-50',
  },
  close: {
    word: 'A close call',
    mark: '◐',
    style:
      'border-amber-600 bg-amber-50 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
  },
  'not-yet': {
    word: 'Not settled yet',
    mark: '○',
    style:
      'border-dashed border-stone-500 bg-stone-50 text-stone-900 dark:border-stone-400 dark:bg-stone-800 dark:text-stone-100',
  },
}

const STAGE_WORD = { now: 'Now', next: 'Next', later: 'Later' } as const

/**
 * How sure the advice is, the plan in stages (now → next → later, each with what starts it),
 * what stops the approach that fits best, and the plan's one-time cost against the budget. All
 * of it comes from the same decision as the ranking.
 */
export function PlanOutlook({ recommendation }: { recommendation: Recommendation }) {
  const { confidence, stages, bestFit, bestFitBlocked, budget, stack } = recommendation
  const level = LEVEL_TEXT[confidence.level]
  return (
    <div className="mt-4 grid max-w-3xl gap-3">
      <p
        data-testid="confidence"
        data-level={confidence.level}
        className={`rounded-md border px-3 py-2 text-sm ${level.style}`}
      >
        <span aria-hidden="true" className="mr-1">
          {level.mark}
        </span>
        <span className="font-semibold">{level.word}. </span>
        {confidence.text.replace(/^[^:]*: /, '')}
      </p>

      <ol data-testid="stages" aria-label="The plan in stages" className="grid gap-1.5 text-sm">
        {stages.map((stage) => (
          <li
            key={stage.when}
            data-stage={stage.when}
            className="grid grid-cols-[4.5rem_minmax(0,1fr)] gap-2"
          >
            <span className="font-semibold text-brand-800 dark:text-brand-100">
              {STAGE_WORD[stage.when]}
            </span>
            <span>
              <span className="font-medium">{planName(stage.approaches)}</span>
              <span className="text-stone-700 dark:text-stone-300">
                {' '}
                — {stage.trigger.replace(/^[^:]*: /, '')}
              </span>
            </span>
          </li>
        ))}
      </ol>

      {bestFitBlocked.length > 0 && !stack.includes(bestFit) && (
        <div
          data-testid="unlocks"
          className="rounded-md border border-dashed border-rose-700/70 p-3 text-sm dark:border-rose-300/70"
        >
          <p>
            <span className="font-semibold">
              {APPROACH_INFO[bestFit].name} fits your problem best
            </span>
            , but it is{' '}
            {bestFitBlocked.some((b) => b.state === 'blocked')
              ? 'not possible now'
              : 'not settled yet'}
            . What would unlock it:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {bestFitBlocked.map((b) => (
              <li key={b.gate}>
                <span className="font-medium">
                  {b.unlock.replace(/^./, (c) => c.toUpperCase())}
                </span>
                <span className="text-stone-700 dark:text-stone-300"> — {b.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {budget && (
        <p
          data-testid="budget-check"
          data-state={budget.state}
          className={`text-sm ${budget.state === 'within' ? 'text-stone-700 dark:text-stone-300' : 'font-medium text-rose-900 dark:text-rose-200'}`}
        >
          {budget.state !== 'within' && <span aria-hidden="true">⚠ </span>}
          {budget.text}
        </p>
      )}
    </div>
  )
}
