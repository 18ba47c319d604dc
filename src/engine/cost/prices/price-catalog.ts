import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../estimates'
import SNAPSHOT_META from './price-snapshot-meta.json' with { type: 'json' }

/**
 * Model prices from a maintained catalog, frozen into a dated snapshot at build time
 * (`npm run prices`, see scripts/prices.mjs): no request is made when the app runs. The snapshot
 * itself (price-snapshot.json) is loaded only by the cost section; this module holds its types,
 * the few facts every page may show (catalog, version, date), and the pure functions that turn a
 * chosen model into assumptions.
 *
 * A chosen model travels in the link as `a.m=<provider>:<model>` (prompting and RAG) and
 * `a.lm=<provider>:<model>` (the base model LoRA is tuned from, and where it is served). Its
 * prices are written into the link too (`a.pin`, `a.pout`, ...), so a link reopens with the same
 * figures without the snapshot, and still does after the snapshot is refreshed.
 */

/** One model's list prices, USD per 1M tokens. */
export interface CatalogModel {
  id: string
  name: string
  input: number
  output: number
  /** Reading input from the provider's prompt cache, when it offers one. */
  cacheRead?: number
  /** Writing input to the cache, where the provider charges for it. */
  cacheWrite?: number
  contextWindow?: number
  /** Prices above a prompt length, where the provider charges more for long context. */
  longContext?: { above: number; input: number; output: number }
}

export interface CatalogProvider {
  id: string
  name: string
  pricingUrl: string | null
  models: CatalogModel[]
}

/** What the catalog's snapshot is: where it comes from, as of when, and its prices. */
export interface PriceSnapshotMeta {
  catalog: string
  version: string
  /** YYYY-MM-DD: the catalog release the prices were taken from. */
  asOf: string
}

export interface PriceSnapshot extends PriceSnapshotMeta {
  source: string
  license: string
  unit: string
  providers: CatalogProvider[]
}

/** The snapshot in this build: catalog, version and date, without its prices. */
export const PRICE_SNAPSHOT: PriceSnapshotMeta = SNAPSHOT_META

/** Which plan a chosen model prices: the hosted model, or the base model LoRA tunes. */
export type ModelSlot = 'hosted' | 'tuned'

/**
 * The model choices' share-link keys (after `a.`): published in links, so never renamed. They are
 * kept apart from ASSUMPTION_FIELDS, whose values are numbers and ranges.
 */
export const MODEL_CHOICE_KEYS = { hosted: 'm', tuned: 'lm' } as const satisfies Record<
  ModelSlot,
  string
>

export const MODEL_SLOT_LABELS: Record<ModelSlot, string> = {
  hosted: 'hosted model for prompting and RAG',
  tuned: 'LoRA base model',
}

/** `<provider>:<model>`: a model's reference in a link. */
export const MODEL_REF = /^[a-z0-9-]{1,40}:[A-Za-z0-9][A-Za-z0-9._/-]{0,119}$/

/** @example modelRef('openai', 'gpt-5-mini') // 'openai:gpt-5-mini' */
export const modelRef = (providerId: string, modelId: string) => `${providerId}:${modelId}`

/** A model and its provider, found by its reference; null when this snapshot lacks it. */
export function findModel(
  snapshot: Pick<PriceSnapshot, 'providers'>,
  ref: string | null,
): { provider: CatalogProvider; model: CatalogModel } | null {
  if (ref === null) return null
  const colon = ref.indexOf(':')
  const provider = snapshot.providers.find((p) => p.id === ref.slice(0, colon))
  const model = provider?.models.find((m) => m.id === ref.slice(colon + 1))
  return provider && model ? { provider, model } : null
}

/** The reference of the model a slot of the assumptions names, or null. */
export function chosenRef(a: Assumptions, slot: ModelSlot): string | null {
  return slot === 'hosted' ? a.hostedModel : a.tunedModel
}

/**
 * The assumptions with a model chosen for a slot and its catalog prices set; `null` goes back to
 * the defaults. Hosted: the input and output prices of prompting, RAG and (unless a LoRA base
 * model is chosen) hosted fine-tuned models, and the cached-input price where it has one.
 * Tuned: the base prices a hosted LoRA model is charged at, before the tuned-model markup.
 * @example chooseModel(DEFAULT_ASSUMPTIONS, 'hosted', 'openai', { id: 'gpt-5-mini', name: 'GPT-5 mini', input: 0.25, output: 2 }).inputPricePerM // 0.25
 */
export function chooseModel(
  a: Assumptions,
  slot: ModelSlot,
  providerId: string | null,
  model: CatalogModel | null,
): Assumptions {
  const ref = providerId && model ? modelRef(providerId, model.id) : null
  if (slot === 'hosted')
    return {
      ...a,
      hostedModel: ref,
      inputPricePerM: model?.input ?? DEFAULT_ASSUMPTIONS.inputPricePerM,
      outputPricePerM: model?.output ?? DEFAULT_ASSUMPTIONS.outputPricePerM,
      cachedInputPricePerM: model?.cacheRead ?? DEFAULT_ASSUMPTIONS.cachedInputPricePerM,
    }
  return {
    ...a,
    tunedModel: ref,
    tunedInputPricePerM: model?.input ?? DEFAULT_ASSUMPTIONS.tunedInputPricePerM,
    tunedOutputPricePerM: model?.output ?? DEFAULT_ASSUMPTIONS.tunedOutputPricePerM,
  }
}

/**
 * Whether the prices in the assumptions are still the catalog's for the chosen model, or were
 * edited after it was chosen (the figures then follow the edit, and the page says so).
 */
export function pricesMatchModel(a: Assumptions, slot: ModelSlot, model: CatalogModel): boolean {
  if (slot === 'hosted')
    return (
      a.inputPricePerM === model.input &&
      a.outputPricePerM === model.output &&
      a.cachedInputPricePerM === (model.cacheRead ?? null)
    )
  return a.tunedInputPricePerM === model.input && a.tunedOutputPricePerM === model.output
}

/** A snapshot older than this many months is flagged on the page. */
export const STALE_AFTER_MONTHS = 6

/** The date `months` after a YYYY-MM-DD date (the day clamped to the month's last). */
function addMonths(iso: string, months: number): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0))
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last.getUTCDate())))
}

/**
 * Whether the snapshot is older than six months on `today` (given, so it can be tested).
 * @example isSnapshotStale('2026-01-31', new Date('2026-07-31')) // true
 */
export function isSnapshotStale(asOf: string, today: Date): boolean {
  return today.getTime() >= addMonths(asOf, STALE_AFTER_MONTHS).getTime()
}

/** "prices as of 2026-09-23, @pydantic/genai-prices v0.1.8" */
export function pricesAsOf(meta: PriceSnapshotMeta = PRICE_SNAPSHOT): string {
  return `prices as of ${meta.asOf}, ${meta.catalog} v${meta.version}`
}

/**
 * One line for the exports and the print on where the figures' prices come from: the chosen
 * models and the catalog's date, or that the hosted prices are the illustrative defaults.
 * @example pricesSourceLine({ ...DEFAULT_ASSUMPTIONS, hostedModel: 'openai:gpt-5-mini' })
 * // 'Model prices: openai:gpt-5-mini for prompting and RAG; prices as of 2026-09-23, @pydantic/genai-prices v0.1.8.'
 */
export function pricesSourceLine(a: Assumptions, meta: PriceSnapshotMeta = PRICE_SNAPSHOT): string {
  const chosen = [
    a.hostedModel && `${a.hostedModel} for prompting and RAG`,
    a.tunedModel && `${a.tunedModel} as the LoRA base model`,
  ].filter(Boolean)
  if (chosen.length === 0)
    return `Model prices: illustrative defaults, no catalog model chosen (catalog in this version: ${pricesAsOf(meta)}).`
  return `Model prices: ${chosen.join('; ')}; ${pricesAsOf(meta)}.`
}
