import { memo, useState } from 'react'
import type { NextStep } from '../../engine'
import { seenBefore } from '../../components/glossary/glossary'
import { TermText } from '../../components/glossary/term-text'
import { Panel } from '../../components/panel'

/** The plan's next steps as an ordered checklist (ticks live in this tab only). */
export const NextStepsList = memo(function NextStepsList({
  steps,
}: {
  steps: readonly NextStep[]
}) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set())
  const toggle = (id: string) =>
    setDone((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  // A glossary term is linked in the first step that uses it.
  const seen = seenBefore(steps.map((step) => step.detail))
  return (
    <Panel id="next-steps" title="Next steps">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        In order; tick them off as you go.
      </p>
      <ol className="mt-2 grid gap-2">
        {steps.map((step, i) => {
          const checked = done.has(step.id)
          return (
            <li key={step.id} className="print-avoid-break flex gap-3">
              <input
                id={`step-${step.id}`}
                type="checkbox"
                checked={checked}
                onChange={() => toggle(step.id)}
                aria-describedby={`step-${step.id}-detail`}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={`step-${step.id}`} className="font-medium">
                  <span className="tabular-nums text-stone-500 dark:text-stone-400">{i + 1}. </span>
                  <span className={checked ? 'line-through decoration-2' : ''}>{step.title}</span>
                </label>
                <p
                  id={`step-${step.id}-detail`}
                  className="text-sm text-stone-700 dark:text-stone-300"
                >
                  <TermText text={step.detail} seen={seen[i]} />
                </p>
              </div>
            </li>
          )
        })}
      </ol>
    </Panel>
  )
})
