import type { ApproachId } from '../contract/approaches'
import { PROBLEMS, type Answers } from '../contract/answers'
import {
  FACTS,
  NO_SITUATION,
  matches,
  type Condition,
  type FactName,
  type Situation,
} from './conditions'
import type { Blocker } from './gates'

export interface NextStep {
  id: string
  title: string
  detail: string
}

interface NextStepRow extends NextStep {
  /** The step applies when any of these approaches is in the plan (empty: every plan). */
  forStack: readonly ApproachId[]
  /** ...and this condition holds (when given). */
  when?: Condition
  /** ...and this one does not. */
  unless?: Condition
  /** ...and this named fact holds (when given). */
  fact?: FactName
}

/** The article's "next steps" and decision tree as a checklist, in the order to do them. */
const NEXT_STEPS: readonly NextStepRow[] = [
  {
    id: 'name-the-problem',
    forStack: [],
    unless: { problem: PROBLEMS },
    title: 'Name the actual problem',
    detail:
      'Is it missing information, the wrong style, or an inconsistent format? Each points to a different fix.',
  },
  {
    id: 'build-an-eval-set',
    forStack: [],
    unless: { baseline: ['prompt', 'prompt-rag'] },
    title: 'Build a small evaluation set',
    detail:
      'Collect 50–200 real inputs with the answers you want, and a way to score them. Every later decision is measured against it.',
  },
  {
    id: 'prompt-baseline',
    forStack: [],
    unless: { baseline: ['prompt', 'prompt-rag'] },
    title: 'Measure a prompt-only baseline',
    detail:
      'Write clear instructions with a few worked examples, run the evaluation set and write down the score. It is the bar every other approach must beat.',
  },
  {
    id: 'prompt-iterate',
    forStack: ['prompt'],
    title: 'Iterate on the prompt, one change at a time',
    detail:
      'Add the missing instruction, a schema, a counter-example or an output filter; keep the changes that move the score.',
  },
  {
    id: 'context-stuffing',
    forStack: ['prompt'],
    when: { corpus: ['small'] },
    title: 'Put the knowledge in the prompt',
    detail:
      'Under ~100k tokens fits in the context window: include it (cached where your provider allows) rather than building retrieval.',
  },
  {
    id: 'rag-basic',
    forStack: ['rag'],
    unless: { baseline: ['prompt-rag'] },
    title: 'Build a basic RAG pipeline',
    detail:
      'Chunk and embed the documents, retrieve the top few chunks per question, and ask the model to answer from them only. Days of work, not weeks.',
  },
  {
    id: 'rag-improve',
    forStack: ['rag'],
    when: { baseline: ['prompt-rag'] },
    title: 'Improve the retrieval you have',
    detail:
      'Try better chunking, hybrid search or re-ranking one at a time, and keep what moves the score; facts are kept more reliably in retrieval than in weights.',
  },
  {
    id: 'rag-measure',
    forStack: ['rag'],
    title: 'Measure retrieval and answers separately',
    detail:
      'Track whether the right chunk was retrieved and whether the answer used it; fix retrieval before blaming the model.',
  },
  {
    id: 'rag-citations',
    forStack: ['rag'],
    when: { citations: ['yes'] },
    title: 'Show the sources',
    detail:
      'Return the retrieved document titles and links with every answer, and check them in evaluation.',
  },
  {
    id: 'rag-refresh',
    forStack: ['rag'],
    when: { freshness: ['occasional', 'frequent'] },
    title: 'Automate re-indexing',
    detail: 'Re-embed changed documents on a schedule that matches how often they change.',
  },
  {
    id: 'hold-out',
    forStack: ['lora', 'full'],
    title: 'Hold out part of the data',
    detail: 'Keep 10–20% of the examples out of training to measure the tuned model honestly.',
  },
  {
    id: 'lora-first',
    forStack: ['lora'],
    title: 'Train a LoRA adapter',
    detail:
      'A run costs $100–1,000 and takes hours. Compare the tuned model with the prompt (and RAG) baseline on the evaluation set.',
  },
  {
    id: 'full-after-lora',
    forStack: ['full'],
    title: 'Run LoRA first, then upgrade',
    detail:
      'Train a LoRA adapter as the benchmark; move to full fine-tuning ($5,000–50,000+ a run) only if it demonstrably falls short.',
  },
  {
    id: 'plan-serving',
    forStack: ['full'],
    title: 'Plan serving and retraining',
    detail: 'Budget the GPUs to serve the model and a retraining schedule before the first run.',
  },
  {
    // Whatever the plan: prompts and retrieval carry over to the new model, and it may need less.
    id: 'watch-base-models',
    forStack: [],
    when: { churn: ['likely'] },
    title: 'Re-measure on the next base model',
    detail:
      'When the better base model ships, run the evaluation set on it with your prompt (and retrieval); train only if it still falls short.',
  },
  {
    id: 'plan-tuning-exit',
    forStack: [],
    fact: 'tuningProviderEnding',
    title: 'Plan the exit from your provider’s fine-tuning',
    detail:
      'It is winding fine-tuning down, and a model tuned there stops when its base model is retired. Keep the evaluation set and the training data, compare a replacement on them (another provider’s tuning, or a newer model with prompting and RAG), and be ready to retrain as LoRA on open weights.',
  },
  {
    id: 'monitor',
    forStack: [],
    title: 'Monitor in production',
    detail:
      'Sample real traffic into the evaluation set every month and re-run it after any change.',
  },
]

/**
 * What to do about each gate the plan's next stage waits on: the steps that unlock it. Gates
 * the checklist already covers (a baseline to measure, a problem to name, a better base model
 * to re-measure on) have none.
 */
const UNLOCK_STEPS: Readonly<Record<string, Omit<NextStep, 'id'>>> = {
  'rag-not-measured': {
    title: 'Measure prompting and RAG together',
    detail:
      'Part of the gap is facts: add retrieval for them and re-run the evaluation set before deciding on any training.',
  },
  'too-few-examples': {
    title: 'Collect 500+ training examples',
    detail:
      'A fine-tune fits this problem but needs at least 500 high-quality input → output pairs; start saving good answers from real traffic now.',
  },
  'no-team': {
    title: 'Find an owner for a tuned model',
    detail:
      'Someone must train, evaluate and retrain it as data and base models change; without that, stay with prompting.',
  },
  'api-offers-no-tuning': {
    title: 'Choose where a tuned model would run',
    detail:
      'Your API sells no tuning: compare a provider that does with an open-weight model you serve yourself, before any training run.',
  },
  'provider-ends-tuning': {
    title: 'Choose a provider that still sells fine-tuning',
    detail:
      'Yours takes no new fine-tuning jobs: compare a provider that still sells LoRA with open weights you serve yourself, on your evaluation set, before any training run.',
  },
  'over-budget': {
    title: 'Budget the training runs',
    detail:
      'Even the cheapest estimate of the training runs is over the budget: raise it, or stay with prompting and retrieval.',
  },
}

/** The checklist for a plan, in the order to do it, with the steps that unlock its next stage. */
export function nextSteps(
  stack: readonly ApproachId[],
  answers: Answers,
  stages: readonly { when: string; waitsOn: readonly Blocker[] }[] = [],
  situation: Situation = NO_SITUATION,
): NextStep[] {
  const steps = NEXT_STEPS.filter(
    (row) =>
      (row.forStack.length === 0 || row.forStack.some((a) => stack.includes(a))) &&
      (!row.when || matches(row.when, answers)) &&
      (!row.fact || FACTS[row.fact](answers, situation)) &&
      !(row.unless && matches(row.unless, answers)),
  ).map(({ id, title, detail }) => ({ id, title, detail }))
  const next = stages.find((s) => s.when === 'next')
  const unlocks = (next?.waitsOn ?? []).flatMap((b) => {
    const step = b.state === 'blocked' ? UNLOCK_STEPS[b.gate] : undefined
    return step ? [{ id: `unlock-${b.gate}`, ...step }] : []
  })
  // Unlock steps come before monitoring, which always closes the list.
  return [...steps.slice(0, -1), ...unlocks, ...steps.slice(-1)]
}
