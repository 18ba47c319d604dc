/** The four ways to adapt a model, from the simplest to the heaviest. */
export const APPROACHES = ['prompt', 'rag', 'lora', 'full'] as const
export type ApproachId = (typeof APPROACHES)[number]

export interface Approach {
  id: ApproachId
  name: string
  short: string
  /** One line a manager can read. */
  summary: string
}

export const APPROACH_INFO: Record<ApproachId, Approach> = {
  prompt: {
    id: 'prompt',
    name: 'Prompt engineering',
    short: 'Prompt',
    summary: 'Clearer instructions and worked examples in the prompt; the model is unchanged.',
  },
  rag: {
    id: 'rag',
    name: 'Retrieval-augmented generation',
    short: 'RAG',
    summary: 'Fetch the relevant documents at question time and hand them to the model.',
  },
  lora: {
    id: 'lora',
    name: 'LoRA fine-tuning',
    short: 'LoRA',
    summary: 'Train small low-rank adapters on your examples; the base model stays as it is.',
  },
  full: {
    id: 'full',
    name: 'Full fine-tuning',
    short: 'Full FT',
    summary: 'Retrain all of the model’s weights on your examples.',
  },
}

/** Position from simplest (0) to heaviest (3): the tie-breaker, since simpler wins a tie. */
export const COMPLEXITY: Record<ApproachId, number> = { prompt: 0, rag: 1, lora: 2, full: 3 }

export function isFineTuning(id: ApproachId): boolean {
  return id === 'lora' || id === 'full'
}
