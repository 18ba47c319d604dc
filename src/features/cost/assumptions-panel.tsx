import { memo, useState } from 'react'
import {
  ASSUMPTION_GROUPS,
  COST_PRESETS,
  DEFAULT_ASSUMPTIONS,
  applyPreset,
  changedAssumptions,
  fieldsInGroup,
  formatQuantity,
  getAssumption,
  setAssumption,
  type AssumptionGroup,
  type AssumptionId,
  type AssumptionValue,
  type Assumptions,
} from '../../engine'
import { AssumptionInput } from './assumption-input'
import { Disclosure } from './disclosure'

interface AssumptionsPanelProps {
  assumptions: Assumptions
  /** Queries a day as the figures use it now, for the empty "queries a day" field. */
  derivedQueriesPerDay: { value: number; source: string }
  /** An edit; `immediate` for clicks (presets, reset), which need no debouncing. */
  onChange: (next: Assumptions, immediate: boolean) => void
  /** A field lost focus: pending edits can go into the link now. */
  onDone: () => void
}

/** Empty LoRA base model prices are the hosted model's. */
const HOSTED_PRICE_OF: Partial<Record<AssumptionId, 'inputPricePerM' | 'outputPricePerM'>> = {
  tunedInputPricePerM: 'inputPricePerM',
  tunedOutputPricePerM: 'outputPricePerM',
}
const OPEN_GROUPS: readonly AssumptionGroup[] = ['volume', 'hosted']
const buttonClass =
  'rounded border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800'

/**
 * Every input of the estimates, grouped, generated from the engine's table: presets, a reset,
 * changed values marked. Each edit is passed on as a whole new set of assumptions.
 */
export const AssumptionsPanel = memo(function AssumptionsPanel({
  assumptions,
  derivedQueriesPerDay,
  onChange,
  onDone,
}: AssumptionsPanelProps) {
  const [announcement, setAnnouncement] = useState('')
  const changed = new Set(changedAssumptions(assumptions))
  const edit = (id: AssumptionId, value: AssumptionValue) =>
    onChange(setAssumption(assumptions, id, value), false)

  return (
    <section
      aria-labelledby="assumptions-title"
      className="no-print rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <h3 id="assumptions-title" className="text-lg font-semibold">
        Assumptions
      </h3>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Every number the estimates use. Put in your own volume and prices: the figures follow, and
        the values you change go into the link you share.{' '}
        {changed.size === 0
          ? 'All at their defaults.'
          : `${changed.size} changed from the defaults.`}
      </p>

      <div role="group" aria-labelledby="presets-title" className="mt-3">
        <h4 id="presets-title" className="text-sm font-semibold">
          Presets
        </h4>
        <p className="text-xs text-stone-600 dark:text-stone-400">
          Each sets a few values and leaves the rest, so they combine: a hosted frontier model for
          prompting and RAG, a self-hosted 8B model for LoRA. Illustrative prices: check your
          provider.
        </p>
        <ul className="mt-2 grid gap-2">
          {COST_PRESETS.map((preset) => (
            <li key={preset.id} className="grid gap-0.5">
              <button
                type="button"
                className={`${buttonClass} justify-self-start`}
                aria-describedby={`preset-${preset.id}`}
                onClick={() => {
                  const next = applyPreset(assumptions, preset)
                  const count = changedAssumptions(next, assumptions).length
                  onChange(next, true)
                  setAnnouncement(
                    `Applied “${preset.label}”: ${count === 0 ? 'no value changed' : `${count} value${count === 1 ? '' : 's'} changed`}.`,
                  )
                }}
              >
                {preset.label}
              </button>
              <span
                id={`preset-${preset.id}`}
                className="text-xs text-stone-600 dark:text-stone-400"
              >
                {preset.description}
              </span>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className={`${buttonClass} mt-3`}
          onClick={() => {
            onChange(DEFAULT_ASSUMPTIONS, true)
            setAnnouncement('Every assumption is back to its default.')
          }}
        >
          Reset all to defaults
        </button>
        <p role="status" className="mt-2 min-h-5 text-sm">
          {announcement}
        </p>
      </div>

      <div className="mt-2 grid gap-2">
        {(Object.keys(ASSUMPTION_GROUPS) as AssumptionGroup[]).map((group) => {
          const ids = fieldsInGroup(group)
          const changedHere = ids.filter((id) => changed.has(id)).length
          return (
            <Disclosure
              key={group}
              open={OPEN_GROUPS.includes(group)}
              className="rounded border border-stone-200 dark:border-stone-800"
              summaryClassName="cursor-pointer rounded px-3 py-2 font-medium hover:bg-stone-100 dark:hover:bg-stone-800"
              summary={
                <>
                  {ASSUMPTION_GROUPS[group].label}
                  {changedHere > 0 && (
                    <span className="font-normal text-stone-600 dark:text-stone-400">
                      {' '}
                      ({changedHere} changed)
                    </span>
                  )}
                </>
              }
            >
              <fieldset className="border-t border-stone-200 px-3 pb-2 dark:border-stone-800">
                <legend className="sr-only">{ASSUMPTION_GROUPS[group].label}</legend>
                <p className="pt-2 text-xs text-stone-600 dark:text-stone-400">
                  {ASSUMPTION_GROUPS[group].help}
                </p>
                <div className="divide-y divide-stone-200 dark:divide-stone-800">
                  {ids.map((id) => (
                    <AssumptionInput
                      key={id}
                      id={id}
                      value={getAssumption(assumptions, id)}
                      defaultValue={getAssumption(DEFAULT_ASSUMPTIONS, id)}
                      {...(id === 'queriesPerDay'
                        ? {
                            derived: formatQuantity(derivedQueriesPerDay.value),
                            derivedSource: derivedQueriesPerDay.source,
                          }
                        : HOSTED_PRICE_OF[id] !== undefined
                          ? {
                              derived: String(assumptions[HOSTED_PRICE_OF[id]]),
                              derivedSource: 'the hosted price',
                            }
                          : {})}
                      onChange={edit}
                      onDone={onDone}
                    />
                  ))}
                </div>
              </fieldset>
            </Disclosure>
          )
        })}
      </div>
    </section>
  )
})
