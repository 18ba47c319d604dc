import { APPROACH_INFO, type ApproachId, type Blocker } from '../engine'

/**
 * What stops the approach that fits best, and what would unlock it: a first-class part of the
 * result, shown on the result page and on the map wherever the plan is not the best fit.
 */
export function BestFitUnlocks({
  approach,
  blockers,
  className = '',
}: {
  approach: ApproachId
  blockers: readonly Blocker[]
  className?: string
}) {
  if (blockers.length === 0) return null
  const blocked = blockers.some((b) => b.state === 'blocked')
  return (
    <div
      data-testid="unlocks"
      data-approach={approach}
      className={`max-w-3xl rounded-md border border-dashed border-rose-700/70 p-3 text-sm dark:border-rose-300/70 ${className}`}
    >
      <p>
        <span className="font-semibold">{APPROACH_INFO[approach].name} fits your problem best</span>
        , but it is {blocked ? 'not possible now' : 'not settled yet'}. What would unlock it:
      </p>
      <ul className="mt-1 list-disc pl-5">
        {blockers.map((b) => (
          <li key={b.gate}>
            <span className="font-medium">{b.unlock.replace(/^./, (c) => c.toUpperCase())}</span>
            <span className="text-stone-700 dark:text-stone-300"> — {b.text}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
