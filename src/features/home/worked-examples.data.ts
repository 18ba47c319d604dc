import type { ApproachId } from '../../engine/contract/approaches'

/** A typical situation, answered as the article reasons about it, opening a prefilled result. */
export interface WorkedExample {
  id: string
  /** Who is asking, in a few words. */
  title: string
  /** The situation, in one or two sentences. */
  situation: string
  /** The plan the card promises: what the result's `stack` must be (worked-examples.test.ts). */
  plan: ApproachId[]
  /** Set when the plan has a later stage the card names. */
  later?: ApproachId
  /** The answers, as the result link's query (the contract's keys and values). */
  query: string
}

/**
 * Four situations the article walks through. Each answer follows its reasoning: facts that change
 * go to retrieval; a voice learnt from examples at volume goes to a LoRA adapter; a deep change
 * with a large data set and a dedicated team starts with LoRA and keeps full fine-tuning as the
 * upgrade; with no examples and nothing measured, a better prompt comes first.
 */
export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    id: 'support-bot',
    title: 'A support bot that lacks product facts',
    situation:
      'A startup’s bot answers from a help centre that changes every week, and answers must cite the page.',
    plan: ['rag'],
    query:
      'problem=knowledge&freshness=frequent&citations=yes&corpus=large&examples=none&baseline=prompt&reliability=high&volume=medium&latency=relaxed&team=none',
  },
  {
    id: 'brand-voice',
    title: 'A brand voice at high volume',
    situation:
      'A marketing team writes over 100,000 product texts a day in a voice prompts cannot capture, with 2,000 approved examples.',
    plan: ['lora', 'rag'],
    query:
      'problem=knowledge,voice&freshness=occasional&citations=no&corpus=large&examples=500to5k&baseline=prompt-rag&reliability=high&volume=high&latency=relaxed&team=some&budget=1kto10k&hosting=managed-ft&churn=unlikely&depth=surface',
  },
  {
    id: 'ml-team',
    title: 'An ML lead with 20,000 examples',
    situation:
      'A dedicated team on its own servers needs a deep change in how the model decides, and prompting with retrieval scores 88% of the 97% needed.',
    plan: ['lora'],
    later: 'full',
    query:
      'problem=task&corpus=none&examples=over5k&baseline=prompt-rag&measured=88&target=97&reliability=strict&volume=high&latency=tight&team=dedicated&budget=10kto50k&hosting=self-host&churn=unlikely&depth=deep',
  },
  {
    id: 'just-starting',
    title: 'A team just starting out',
    situation:
      'The tone is off, there are no examples yet and nothing has been measured; no one has time to train a model.',
    plan: ['prompt'],
    query:
      'problem=tone&corpus=none&examples=none&baseline=none&reliability=best-effort&volume=low&team=none&depth=surface',
  },
]
