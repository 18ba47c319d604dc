import { APPROACH_INFO, type Recommendation } from '../../engine'
import { planName } from '../../engine/format/plan-sentence'

const STAGE_WORD = { now: 'Now', next: 'Next', later: 'Later' } as const

/**
 * The plan in stages (now → next → later, each with what starts it) and what stops the approach
 * that fits best. All of it comes from the same decision as the ranking.
 */
export function PlanOutlook({ recommendation }: { recommendation: Recommendation }) {
  const { stages, bestFit, bestFitBlocked, stack } = recommendation
  return (
    <div className="mt-4 grid max-w-3xl gap-3">
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
    </div>
  )
}
