import { withoutLead, type Recommendation } from '../../engine'
import { planName } from '../../engine/format/plan-sentence'

const STAGE_WORD = { now: 'Now', next: 'Next', later: 'Later' } as const

/**
 * The plan in stages (now → next → later, each with what starts it), from the same decision as
 * the ranking. What stops the approach that fits best is shown beside the verdict.
 */
export function PlanOutlook({ recommendation }: { recommendation: Recommendation }) {
  const { stages } = recommendation
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
                — {withoutLead(stage.trigger, 'clause')}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}
