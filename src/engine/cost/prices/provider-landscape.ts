import type { Assumptions } from '../estimates'

/**
 * Who sells hosted fine-tuning today, who is winding it down and who stopped, with the dates
 * that matter: the part of the provider landscape (provider-landscape-table.ts) the decision and
 * the estimates read. Every offer names its source and the date it was checked.
 */

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
