import { memo, useId } from 'react'
import { formatUsd, type Answers, type Assumptions, type Recommendation } from '../../engine'
import {
  PRICE_SNAPSHOT,
  chooseModel,
  chosenRef,
  findModel,
  isSnapshotStale,
  modelRef,
  pricesAsOf,
  pricesMatchModel,
  type CatalogModel,
  type ModelSlot,
  type PriceSnapshot,
} from '../../engine/cost/prices/price-catalog'
import { usePriceSnapshot } from './use-price-snapshot'
import { Field } from '../../components/field'
import { Panel } from '../../components/panel'

interface ModelPickerProps {
  answers: Answers
  assumptions: Assumptions
  onChange: (next: Assumptions, immediate: boolean) => void
  /** What the decision warns about where the plan's models would be bought. */
  risks?: Recommendation['risks']
  /** The date the snapshot's age is measured on; today unless a test says otherwise. */
  today?: Date
}

const SLOTS: { slot: ModelSlot; label: string; none: string; help: string }[] = [
  {
    slot: 'hosted',
    label: 'Model for prompting and RAG',
    none: 'Illustrative mid-sized model ($1 in, $4 out)',
    help: 'The hosted model the prompt-engineering and RAG plans call on every query.',
  },
  {
    slot: 'tuned',
    label: 'LoRA base model, and where it is served',
    none: 'Same prices as the model above',
    help: 'The model a hosted LoRA is tuned from, at the provider that serves it; the tuned-model markup is added on top.',
  },
]

/** "$0.25 in, $2 out, $0.025 cached in (per 1M tokens)" */
export function modelPrices(m: CatalogModel): string {
  const cached = m.cacheRead === undefined ? '' : `, ${formatUsd(m.cacheRead)} cached in`
  return `${formatUsd(m.input)} in, ${formatUsd(m.output)} out${cached} (per 1M tokens)`
}

function SlotPicker({
  snapshot,
  slot,
  label,
  none,
  help,
  assumptions,
  onChange,
}: (typeof SLOTS)[number] & {
  snapshot: PriceSnapshot
  assumptions: Assumptions
  onChange: ModelPickerProps['onChange']
}) {
  const id = useId()
  const ref = chosenRef(assumptions, slot)
  const found = findModel(snapshot, ref)
  const note = found
    ? pricesMatchModel(assumptions, slot, found.model)
      ? modelPrices(found.model)
      : `${modelPrices(found.model)}. You changed its prices in the assumptions: the figures use yours.`
    : ref !== null
      ? `“${ref}” is not in this price snapshot: the figures use the prices in the link.`
      : help
  return (
    <Field id={id} label={label} className="grid content-start gap-1">
      <select
        id={id}
        value={found && ref !== null ? ref : ''}
        aria-describedby={`${id}-note`}
        onChange={(e) => {
          const picked = findModel(snapshot, e.target.value || null)
          onChange(
            chooseModel(assumptions, slot, picked?.provider.id ?? null, picked?.model ?? null),
            true,
          )
        }}
        className="w-full min-w-0 rounded border border-stone-400 bg-white px-2 py-1 dark:border-stone-600 dark:bg-stone-950"
      >
        <option value="">{none}</option>
        {snapshot.providers.map((p) => (
          <optgroup key={p.id} label={p.name}>
            {p.models.map((m) => (
              <option key={m.id} value={modelRef(p.id, m.id)}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <p id={`${id}-note`} className="text-xs text-stone-600 dark:text-stone-400">
        {note}
      </p>
    </Field>
  )
}

/**
 * Picks the models the plans run on from the catalog snapshot (loaded here, in its own chunk);
 * each choice sets its prices in the assumptions, and so in the link. Says which catalog and date
 * the prices come from, and warns when that snapshot is more than six months old.
 */
export const ModelPicker = memo(function ModelPicker({
  answers,
  assumptions,
  onChange,
  risks = [],
  today = new Date(),
}: ModelPickerProps) {
  const state = usePriceSnapshot()
  const stale = isSnapshotStale(PRICE_SNAPSHOT.asOf, today)
  return (
    <Panel id="model-prices-title" title="Model prices" level={3} testId="model-picker">
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-testid="prices-as-of">
        List prices from a catalog,{' '}
        <span className="font-medium text-stone-800 dark:text-stone-200">
          {pricesAsOf(PRICE_SNAPSHOT)}
        </span>
        . Pick the models your plans would run on and the figures follow.
      </p>
      {stale && (
        <p
          role="note"
          className="mt-2 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          These prices are more than six months old: check the providers’ price pages before you
          rely on them.
        </p>
      )}
      {state.status === 'ready' ? (
        <div className="no-print mt-3 grid gap-3 sm:grid-cols-2">
          {SLOTS.map((s) =>
            s.slot === 'tuned' && answers.hosting === 'self-host' ? (
              <p key={s.slot} className="text-sm text-stone-600 dark:text-stone-400">
                LoRA is priced on your own GPUs, since you can serve open-weight models: no
                provider’s token price applies.
              </p>
            ) : (
              <SlotPicker
                key={s.slot}
                {...s}
                snapshot={state.snapshot}
                assumptions={assumptions}
                onChange={onChange}
              />
            ),
          )}
        </div>
      ) : (
        <p className="no-print mt-3 text-sm" role="status">
          {state.status === 'loading'
            ? 'Loading the model catalog…'
            : 'The model catalog could not be loaded; the prices in the assumptions still apply.'}
        </p>
      )}
      {risks.map((r) => (
        <p
          key={r.id}
          role="note"
          data-testid="tuning-risk"
          className="mt-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          {r.text}
        </p>
      ))}
      <p className="mt-2 hidden text-sm print:block">
        {[assumptions.hostedModel, assumptions.tunedModel].some(Boolean)
          ? [
              assumptions.hostedModel && `Prompting and RAG: ${assumptions.hostedModel}.`,
              assumptions.tunedModel && `LoRA base model: ${assumptions.tunedModel}.`,
            ]
              .filter(Boolean)
              .join(' ')
          : 'No catalog model chosen: the hosted prices are illustrative.'}
      </p>
    </Panel>
  )
})
