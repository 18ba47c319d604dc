import type { Assumptions } from '../estimates'

/**
 * What the price catalog lacks, as a small dated table: batch discounts, fine-tuning training
 * prices, the serving markup of tuned models, who sells fine-tuning today (and who stopped), and
 * GPU hour rates. Every row names its source and the date it was checked; the cost section shows
 * it as the "provider landscape". Figures are list prices to plan with, not quotes.
 */

export type LandscapeTopic = 'fine-tuning' | 'training-price' | 'serving' | 'batch' | 'gpu'

export const LANDSCAPE_TOPICS: Record<LandscapeTopic, string> = {
  'fine-tuning': 'Who sells fine-tuning',
  'training-price': 'Fine-tuning training prices',
  serving: 'Serving a tuned model',
  batch: 'Batch (offline) discounts',
  gpu: 'GPU hour rates',
}

export interface LandscapeRow {
  topic: LandscapeTopic
  provider: string
  /** The fact in the app's words. */
  fact: string
  /** The figure, where there is one: low–high in `unit`. */
  figure?: { low: number; high: number; unit: string }
  source: string
  /** YYYY-MM-DD: when the source was read. */
  checked: string
}

/** Where a provider stands on hosted fine-tuning, with the dates that matter. */
export interface FineTuningOffer {
  /** The catalog's provider id (see price-snapshot.json). */
  provider: string
  name: string
  status: 'available' | 'winding-down' | 'stopped'
  /** From this date no new fine-tuning job can be created by anyone (YYYY-MM-DD). */
  noNewJobsFrom?: string
  /** The stages of a wind-down, in order. */
  milestones: { date: string; what: string }[]
  /** What happens to models already tuned. */
  tunedModels: string
  source: string
  checked: string
}

export const FINE_TUNING_OFFERS: readonly FineTuningOffer[] = [
  {
    provider: 'openai',
    name: 'OpenAI',
    status: 'winding-down',
    noNewJobsFrom: '2027-01-07',
    milestones: [
      { date: '2026-05-07', what: 'organisations that never fine-tuned can no longer start jobs' },
      {
        date: '2026-07-02',
        what: 'organisations with no fine-tuned-model use in the last 60 days can no longer start jobs',
      },
      { date: '2027-01-06', what: 'the last day anyone can start a new training job' },
    ],
    tunedModels:
      'Models already tuned keep answering until their base model is retired; then they stop, and there is no way to retrain on OpenAI.',
    source: 'https://techscurrent.com/2026/07/openai-fine-tuning-cutoff-migration-clock/',
    checked: '2026-12-01',
  },
  {
    provider: 'cohere',
    name: 'Cohere',
    status: 'stopped',
    noNewJobsFrom: '2025-09-15',
    milestones: [
      { date: '2025-09-15', what: 'fine-tuning retired from the dashboard and the API' },
    ],
    tunedModels: 'Previously fine-tuned models are no longer accessible.',
    source: 'https://docs.cohere.com/changelog/2025-09-15-major-command-deprecations',
    checked: '2026-12-01',
  },
  {
    provider: 'together',
    name: 'Together AI',
    status: 'available',
    milestones: [],
    tunedModels:
      'LoRA (the default) and full fine-tuning of open-weight models; LoRA adapters can be served.',
    source: 'https://docs.together.ai/docs/fine-tuning/lora-vs-full',
    checked: '2026-12-01',
  },
  {
    provider: 'fireworks',
    name: 'Fireworks AI',
    status: 'available',
    milestones: [],
    tunedModels:
      'LoRA fine-tuning of open-weight models; a tuned model is served on a dedicated deployment.',
    source: 'https://docs.fireworks.ai/fine-tuning/finetuning-intro',
    checked: '2026-12-01',
  },
  {
    provider: 'google',
    name: 'Google (Vertex AI)',
    status: 'available',
    milestones: [],
    tunedModels: 'Supervised tuning of Gemini models on Vertex AI.',
    source: 'https://cloud.google.com/vertex-ai/generative-ai/docs/models/gemini-tuning',
    checked: '2026-12-01',
  },
]

export const LANDSCAPE: readonly LandscapeRow[] = [
  ...FINE_TUNING_OFFERS.map((o): LandscapeRow => ({
    topic: 'fine-tuning',
    provider: o.name,
    fact:
      o.status === 'available'
        ? `Sells fine-tuning. ${o.tunedModels}`
        : `${o.status === 'stopped' ? 'Stopped' : 'Winding down'} self-serve fine-tuning: ${o.milestones.map((m) => `${m.date}, ${m.what}`).join('; ')}. ${o.tunedModels}`,
    source: o.source,
    checked: o.checked,
  })),
  {
    topic: 'training-price',
    provider: 'OpenAI',
    fact: 'Training is billed per token (epochs × training set): a small model at the low end, GPT-4o-class at the high end.',
    figure: { low: 3, high: 25, unit: 'USD per 1M training tokens' },
    source: 'https://tokenmix.ai/blog/openai-fine-tuning-pricing',
    checked: '2026-12-01',
  },
  {
    topic: 'training-price',
    provider: 'Together AI',
    fact: 'Billed per token processed, training and validation, by model-size bracket (up to 16B, 16.1–69B, …) and by LoRA or full; rates on the pricing page.',
    source: 'https://docs.together.ai/docs/fine-tuning-pricing',
    checked: '2026-12-01',
  },
  {
    topic: 'training-price',
    provider: 'Fireworks AI',
    fact: 'Supervised and preference tuning billed per training token for every model size; reinforcement tuning free under 16B parameters.',
    source: 'https://docs.fireworks.ai/fine-tuning/managed-finetuning-intro',
    checked: '2026-12-01',
  },
  {
    topic: 'training-price',
    provider: 'Ori',
    fact: 'LoRA only, models up to 10B parameters; validation tokens billed too.',
    figure: { low: 0.46, high: 0.46, unit: 'USD per 1M training tokens' },
    source: 'https://docs.ori.co/fine-tuning/billing',
    checked: '2026-12-01',
  },
  {
    topic: 'serving',
    provider: 'OpenAI',
    fact: 'A fine-tuned model costs more per token than its base model (GPT-4o mini: $0.30 / $1.20 tuned against $0.15 / $0.60; GPT-4o: $3.75 / $15 against $2.50 / $10).',
    figure: { low: 1.5, high: 2, unit: '× the base model’s price' },
    source: 'https://github.com/pydantic/genai-prices',
    checked: '2026-09-23',
  },
  {
    topic: 'serving',
    provider: 'Together AI',
    fact: 'A tuned model is hosted on a dedicated endpoint billed by the minute while it runs, used or not.',
    source: 'https://support.together.ai/articles/7922061943-fine-tuning-pricing',
    checked: '2026-12-01',
  },
  {
    topic: 'serving',
    provider: 'Fireworks AI',
    fact: 'LoRA models need a dedicated deployment billed per GPU-second; up to 100 LoRA adapters share one base-model deployment.',
    source: 'https://docs.fireworks.ai/faq/billing-pricing-usage/pricing/cost-structure.md',
    checked: '2026-12-01',
  },
  {
    topic: 'batch',
    provider: 'OpenAI',
    fact: 'The Batch API runs requests within 24 hours at half the price of input and output tokens.',
    figure: { low: 50, high: 50, unit: '% off' },
    source: 'https://apidog.com/blog/openai-batch-api/',
    checked: '2026-12-01',
  },
  {
    topic: 'batch',
    provider: 'Anthropic',
    fact: 'Message Batches: results within 24 hours, half price on input and output tokens.',
    figure: { low: 50, high: 50, unit: '% off' },
    source:
      'https://dev.to/multigrid/claudes-message-batches-api-async-processing-and-the-24-hour-window-2bfi',
    checked: '2026-12-01',
  },
  {
    topic: 'batch',
    provider: 'OpenRouter (many models)',
    fact: 'Batch requests are typically billed at half the model’s per-token price.',
    figure: { low: 50, high: 50, unit: '% off' },
    source: 'https://openrouter.ai/docs/guides/features/batch-api',
    checked: '2026-12-01',
  },
  {
    topic: 'gpu',
    provider: 'Cloud GPU rental, H100 80GB',
    fact: 'On-demand list price across specialist GPU clouds; hyperscalers charge more, spot less.',
    figure: { low: 2.49, high: 3.99, unit: 'USD per GPU-hour' },
    source: 'https://pricegpu.pages.dev/blog/h100-vs-a100-cloud-price',
    checked: '2026-12-01',
  },
  {
    topic: 'gpu',
    provider: 'Cloud GPU rental, A100 80GB',
    fact: 'On-demand list price; enough for LoRA on small open models.',
    figure: { low: 1.49, high: 2.49, unit: 'USD per GPU-hour' },
    source: 'https://pricegpu.pages.dev/blog/h100-vs-a100-cloud-price',
    checked: '2026-12-01',
  },
  {
    topic: 'gpu',
    provider: 'Hyperscalers, H100',
    fact: 'On-demand on the big clouds, May 2026.',
    figure: { low: 3.5, high: 5, unit: 'USD per GPU-hour' },
    source: 'https://www.mercatus-ai.com/blog/cloud-gpu-pricing',
    checked: '2026-12-01',
  },
]

/** The fine-tuning offer of a catalog provider, if the table has one. */
export function fineTuningOffer(providerId: string | null): FineTuningOffer | undefined {
  return FINE_TUNING_OFFERS.find((o) => o.provider === providerId)
}

/**
 * The provider a hosted fine-tune would be bought from: the LoRA base model's, else the hosted
 * model's (a tuned model is usually bought where the base model is); null when none is chosen.
 * @example tuningProvider({ ...DEFAULT_ASSUMPTIONS, hostedModel: 'openai:gpt-5-mini' }) // 'openai'
 */
export function tuningProvider(a: Pick<Assumptions, 'hostedModel' | 'tunedModel'>): string | null {
  const ref = a.tunedModel ?? a.hostedModel
  return ref === null ? null : ref.slice(0, ref.indexOf(':'))
}

/** The offer of the provider a hosted fine-tune would be bought from, when it is not available. */
export function endingTuningOffer(
  a: Pick<Assumptions, 'hostedModel' | 'tunedModel'>,
): FineTuningOffer | null {
  const offer = fineTuningOffer(tuningProvider(a))
  return offer && offer.status !== 'available' ? offer : null
}
