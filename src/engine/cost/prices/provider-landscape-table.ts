import { FINE_TUNING_OFFERS } from './provider-landscape'

/**
 * What the price catalog lacks, as a small dated table: batch discounts, fine-tuning training
 * prices, the serving markup of tuned models, who sells fine-tuning today (and who stopped), and
 * GPU hour rates. Every row names its source and the date it was checked; the cost section shows
 * it as the "provider landscape". Figures are list prices to plan with, not quotes. Kept apart
 * from the offers so that only the cost section carries its text.
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
