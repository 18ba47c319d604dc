import { setAssumption, type AssumptionId, type AssumptionValue } from './cost-assumptions'
import { range, type Assumptions } from './estimates'

/**
 * Presets set several assumptions at once and leave every other one as it is, so they combine:
 * "hosted frontier model" then "self-hosted open 8B model" compares RAG over a frontier API with a
 * LoRA-tuned small model on your own GPUs (answer "can serve open-weight models" to the hosting
 * question so LoRA is priced as self-hosted). Their figures are illustrative list prices, not
 * quotes: the panel says so, and users should put in their provider's current prices.
 */
export interface CostPreset {
  id: 'hosted-frontier' | 'hosted-small' | 'self-hosted-8b'
  label: string
  /** What it stands for and what it changes, in words. */
  description: string
  values: Partial<Record<AssumptionId, AssumptionValue>>
}

export const COST_PRESETS: readonly CostPreset[] = [
  {
    id: 'hosted-frontier',
    label: 'Hosted frontier model',
    description:
      'The most capable hosted models: about $3 per million input tokens and $15 per million output tokens (illustrative list prices).',
    values: { inputPricePerM: 3, outputPricePerM: 15 },
  },
  {
    id: 'hosted-small',
    label: 'Hosted small model',
    description:
      'A small, fast hosted model: about $0.15 per million input tokens and $0.60 per million output tokens (illustrative list prices).',
    values: { inputPricePerM: 0.15, outputPricePerM: 0.6 },
  },
  {
    id: 'self-hosted-8b',
    label: 'Self-hosted open 8B model',
    description:
      'An open-weight ~8B model on rented GPUs: LoRA runs of 2–8 hours on one $2–3/h training GPU, served on one $0.80–1.50/h GPU per 100k queries a day; full fine-tuning on 8 GPUs for 12–48 hours (an 8B model is small: the article’s $5,000–50,000+ is for larger ones).',
    values: {
      gpuHourly: range(2, 3),
      loraGpuHours: range(2, 8),
      servingGpuHourly: range(0.8, 1.5),
      loraServingGpus: range(1),
      queriesPerReplicaDay: 100_000,
      fullGpus: range(8),
      fullGpuHours: range(12, 48),
      fullServingGpus: range(1, 2),
    },
  },
]

/**
 * The assumptions with a preset's values set and every other value kept.
 * @example applyPreset(DEFAULT_ASSUMPTIONS, COST_PRESETS[0]).inputPricePerM // 3
 */
export function applyPreset(a: Assumptions, preset: CostPreset): Assumptions {
  let next = a
  for (const [id, value] of Object.entries(preset.values) as [AssumptionId, AssumptionValue][])
    next = setAssumption(next, id, value)
  return next
}
