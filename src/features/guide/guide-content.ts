import type { ApproachId } from '../../engine/contract/approaches'

/** One fact about cost or effort, with the figure the reference article gives. */
export interface CostLine {
  label: string
  value: string
}

/** A signal that the approach works: what to measure, and how. */
export interface Measure {
  metric: string
  how: string
}

export interface GuideEntry {
  /** One line under the title. */
  tagline: string
  /** What it is, in plain words: a few short paragraphs. */
  whatItIs: readonly string[]
  goodAt: readonly string[]
  badAt: readonly string[]
  costs: readonly CostLine[]
  /** How to know it is working. */
  measures: readonly Measure[]
  mistakes: readonly string[]
  /** Where to go when it is not enough, and the signs that say so. */
  next: { approach: ApproachId | null; signs: readonly string[] }
}

/**
 * The guide, one entry per approach. Figures come from the reference article; the words are
 * the app's own. Typed by approach, so a missing page fails to compile.
 */
export const GUIDE: Record<ApproachId, GuideEntry> = {
  prompt: {
    tagline:
      'Say exactly what you want, show a few examples, and measure. The model stays as it is.',
    whatItIs: [
      'You change the words you send, not the model: clearer instructions, the output format spelled out, and a handful of worked examples of good answers. Everything happens in the prompt, so a change ships the moment you save it.',
      'It is the first step of every plan, and for most teams the last one they need: modern models follow well-written instructions and schemas remarkably well.',
    ],
    goodAt: [
      'Tone and register (“answer in a casual, friendly tone” works most of the time)',
      'Output formats and JSON schemas, given the schema and two or three examples',
      'Stopping unwanted answers, together with an output filter',
      'Small, constant knowledge that fits in the context window (under ~100k tokens)',
      'Trying ideas in minutes, and switching to a better base model the day it ships',
    ],
    badAt: [
      'Knowledge too large for the prompt, or knowledge that changes: the model cannot see what is not there',
      'The last few percent of conformance: around 95% is typical where you may need 99%+',
      'A voice that is hard to put into words',
      'Cost and speed at high volume: every instruction and example is paid for, and read, on every query',
    ],
    costs: [
      { label: 'To build', value: 'Free in compute; hours to a few days of someone’s time' },
      {
        label: 'To run',
        value:
          'The model’s token price; worked examples add to every query, which matters past ~100k queries a day',
      },
      { label: 'Time to first version', value: 'Hours to days' },
      { label: 'Upkeep', value: 'Low: re-run the evaluation set when the prompt or model changes' },
    ],
    measures: [
      {
        metric: 'Pass rate on an evaluation set',
        how: 'Collect 50–200 real inputs with the answers you want, and score every prompt change against them. This number is the baseline every heavier approach must beat.',
      },
      {
        metric: 'Format conformance',
        how: 'The share of outputs that parse and follow the schema. If it is stuck near 95% and you need 99%+, that is the classic sign to fine-tune.',
      },
      {
        metric: 'Tokens and cost per query',
        how: 'Long prompts are cheap at low volume and expensive at high volume; watch both as the prompt grows.',
      },
    ],
    mistakes: [
      'Skipping it because fine-tuning sounds more serious: most teams that fine-tune could have stopped here, or at RAG',
      'Judging by eye (“it looks better”) instead of scoring an evaluation set',
      'Pasting a large or changing document set into the prompt instead of retrieving the relevant part',
      'Changing the prompt without keeping the old version and its score',
    ],
    next: {
      approach: 'rag',
      signs: [
        'The answers are wrong because facts are missing, too many to paste, or out of date: add retrieval (RAG).',
        'The facts are right but the behaviour falls short of a measured target, and you have 500+ good examples: consider LoRA, after checking RAG cannot help.',
      ],
    },
  },
  rag: {
    tagline: 'Look up the relevant documents for each question and hand them to the model.',
    whatItIs: [
      'Retrieval-augmented generation splits your documents into passages, indexes them, and at question time fetches the few most relevant ones into the prompt. The model answers from what it was given.',
      'The model itself does not change: updating the knowledge means updating the index, which takes minutes, not a training run.',
    ],
    goodAt: [
      'Questions about your products, documents, policies or data',
      'Information that changes: prices, policies, current events',
      'Answers that must cite their source and be checked',
      'Adding knowledge without training examples and without retraining',
      'Compliance and specialised terminology, retrieved from curated glossaries and standards',
    ],
    badAt: [
      'Changing how the model behaves: tone, voice, format are not facts to look up',
      'Tight latency: every answer waits for a lookup and reads a longer prompt',
      'Knowledge small and constant enough to sit in the system prompt: the machinery is overkill',
      'Bad sources: the answer is only as good as the passages retrieved',
    ],
    costs: [
      {
        label: 'To build',
        value: 'Cheap: indexing costs cents to dollars; a few days of engineering',
      },
      {
        label: 'To run',
        value: 'Model tokens plus retrieval, usually under $5 per 1,000 queries',
      },
      { label: 'Time to first version', value: 'Days, not weeks' },
      {
        label: 'Upkeep',
        value: 'Moderate: keep the index in step with the documents, and watch retrieval quality',
      },
    ],
    measures: [
      {
        metric: 'Retrieval hit rate (recall at k)',
        how: 'For each question in the evaluation set, is the passage that holds the answer among the ones retrieved? Measure it apart from the answers, or you cannot tell which half failed.',
      },
      {
        metric: 'Groundedness',
        how: 'The share of answers fully supported by the retrieved passages, with no invented facts.',
      },
      {
        metric: 'Citation accuracy and freshness',
        how: 'Cited sources really say what the answer claims, and a changed document shows up in answers as soon as it is re-indexed.',
      },
    ],
    mistakes: [
      'Fine-tuning to add facts that change, when retrieval would update in minutes and cite its source',
      'Indexing everything, stale and duplicate documents included',
      'Only judging final answers, never whether the right passage was retrieved',
      'Using it to fix style or format, which retrieval cannot change',
    ],
    next: {
      approach: 'lora',
      signs: [
        'Retrieval finds the right passages, yet tone, voice or format still miss a measured target: add a LoRA adapter for the behaviour and keep RAG for the facts.',
        'Retrieval makes answers too slow or too expensive per query at your volume: a smaller fine-tuned model may do the job.',
      ],
    },
  },
  lora: {
    tagline: 'Train a small adapter on your examples; the base model stays untouched.',
    whatItIs: [
      'Low-rank adaptation trains a small set of extra weights, an adapter of about 10–100 MB, that is applied on top of a base model and changes how it behaves. Only the adapter is trained, so it is 10–100× cheaper and much faster than retraining the whole model.',
      'Several adapters can be swapped on the same base model, and the base model keeps most of what it knew. Of every 100 teams that set out to fine-tune, about 80 could have stopped at prompting and RAG, 15 need LoRA, and only 5 need more.',
    ],
    goodAt: [
      'A consistent output format, when prompting stalls around 95% and you need 99%+',
      'A brand voice or style that is hard to describe in words',
      'A task pattern learned from many examples',
      'A smaller, faster, cheaper model that matches a larger one on your task',
      'High volume: a short prompt on a tuned model beats long examples repeated on every query',
    ],
    badAt: [
      'Adding facts, above all facts that change: every change would need a retrain, and it cannot cite a source',
      'Deep changes in behaviour, which it sometimes does not capture',
      'Teams without 500+ good examples, an evaluation set, or people to maintain it',
      'Surviving a new base model: when a better one ships, the adapter must be retrained',
    ],
    costs: [
      { label: 'To build', value: '$100–1,000 a training run; plan for a few runs' },
      {
        label: 'To run',
        value:
          'Cheap if you host it yourself (one base model serves many adapters); a hosted tuned model costs more per token than its base',
      },
      { label: 'Time to first version', value: 'Hours of training, weeks of work with the data' },
      {
        label: 'Upkeep',
        value: 'Real: retrain when the data or the base model changes, and keep evaluating',
      },
    ],
    measures: [
      {
        metric: 'The gain over your measured baseline',
        how: 'Score the tuned model on the same held-out evaluation set as the prompt (and RAG) baseline. No clear gain, no fine-tune.',
      },
      {
        metric: 'The target itself',
        how: 'Format conformance (e.g. 99%+), a style rubric or a side-by-side preference rate against the baseline, task accuracy.',
      },
      {
        metric: 'What it forgot',
        how: 'A few general questions outside your task, to catch lost abilities, plus latency and cost per query.',
      },
    ],
    mistakes: [
      'Fine-tuning to add facts that change: use retrieval for facts, training for behaviour',
      'Training before an evaluation set shows prompt + RAG fall short',
      'Training on a few hundred mediocre examples: quality and quantity both matter',
      'Going straight to full fine-tuning when an adapter would do',
      'Forgetting that someone must retrain and re-evaluate it for every new base model',
    ],
    next: {
      approach: 'full',
      signs: [
        'The change you need is deep, and a well-run LoRA demonstrably falls short on your evaluation set.',
        'You have 5,000+ examples, a dedicated ML team and a budget of $10k or more for training runs and serving.',
      ],
    },
  },
  full: {
    tagline: 'Retrain every weight of the model: the most power, at the highest price.',
    whatItIs: [
      'Full fine-tuning updates all of the model’s weights on your examples. The result is a whole new model of several gigabytes that you serve yourself.',
      'It is an upgrade over LoRA, not a first step: of every 100 teams that set out to fine-tune, about 5 need it.',
    ],
    goodAt: [
      'Deep changes in behaviour or reasoning that an adapter does not capture',
      'Squeezing the last quality out of a model you own and serve',
    ],
    badAt: [
      'Cost and speed of iteration: every experiment is a large training run',
      'Keeping what the base model knew: it is more prone to forgetting than LoRA',
      'Anything that changes often, and anything a better base model may soon do out of the box',
    ],
    costs: [
      {
        label: 'To build',
        value: '$5,000–50,000+ per training run on a meaningful model',
      },
      { label: 'To run', value: 'Your own serving infrastructure: GPUs around the clock' },
      { label: 'Time to first version', value: 'Weeks to months, with days per training run' },
      { label: 'Upkeep', value: 'High: a dedicated team, retraining and serving' },
    ],
    measures: [
      {
        metric: 'The gain over your best LoRA',
        how: 'On the same held-out evaluation set, it must beat a well-tuned adapter by enough to pay for the difference in cost.',
      },
      {
        metric: 'Regressions',
        how: 'General abilities, safety behaviour and edge cases, checked after every run.',
      },
      {
        metric: 'Total cost of ownership',
        how: 'Training runs, serving and people over a year, set against the value of the gain.',
      },
    ],
    mistakes: [
      'Starting here instead of with LoRA',
      'Underestimating serving: the model needs its own GPUs, around the clock',
      'Training on information that changes, or that a new base model will soon know',
    ],
    next: {
      approach: null,
      signs: [
        'This is the last step. If it still falls short, look again at the data and at how the problem is defined, rather than at a bigger run.',
      ],
    },
  },
}

/** Where the ladder goes back to, for "before this, try…" links. */
export const PREVIOUS: Record<ApproachId, ApproachId | null> = {
  prompt: null,
  rag: 'prompt',
  lora: 'rag',
  full: 'lora',
}
