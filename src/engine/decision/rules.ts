import type { ApproachId } from '../contract/approaches'
import type { AnswerKey, AnswerValue, Answers } from '../contract/answers'
import {
  FACTS,
  TRAINABLE_KINDS,
  matches,
  type Condition,
  type FactName,
  type Scope,
} from './conditions'

export type { Condition } from './conditions'

/** Where in the reference article a rule comes from. */
export type RuleSource =
  | 'problem → approach'
  | 'when RAG beats fine-tuning'
  | 'when fine-tuning beats RAG'
  | 'when you need both'
  | 'when NOT to fine-tune'
  | 'when NOT to use RAG'
  | 'decision tree'
  | 'LoRA vs full fine-tuning'
  | 'cost reality'
  | 'the classic mistake'

/**
 * A fit rule: what the problem calls for. It adds or takes points from approaches when its
 * condition holds and the answers name a problem of the kinds it speaks to. What the situation
 * allows (hosting, team, examples, budget…) is not here: see the feasibility gates.
 */
export interface Rule {
  id: string
  when: Condition
  /** The rule does not apply when this condition holds. */
  unless?: Condition
  /** A named fact that must hold too (for what a value list cannot say, e.g. a score reached). */
  requires?: FactName
  /** A named fact under which the rule does not apply. */
  unlessFact?: FactName
  /** The kinds of problem the rule is about; it is silent for any other problem. */
  scope: Scope
  /**
   * The answer the rule is about, for the per-answer limit, when it is not the first key of
   * `when` (a rule on a named fact, such as the size of the knowledge beside a behaviour problem).
   */
  about?: AnswerKey
  /** Points added to (or taken from) each approach's fit. */
  effect: Partial<Record<ApproachId, number>>
  /** Why, in plain words, with the article's rule of thumb. */
  reason: string
  source: RuleSource
}

/**
 * Where every approach starts before any answer: the article's 80/15/5 split. Most teams are
 * served by prompting and retrieval, some by LoRA, few by full fine-tuning.
 */
export const PRIORS: Record<ApproachId, number> = { prompt: 50, rag: 35, lora: 20, full: 10 }

/** No one answer may move one approach's fit by more than this, however many rules it fires. */
export const MAX_POINTS_PER_ANSWER = 45

const measured: readonly AnswerValue<'baseline'>[] = ['prompt', 'prompt-rag']
const information: Scope = { kinds: ['information'] }
const informationOnly: Scope = { kinds: ['information'], only: true }
const trainable: Scope = { kinds: TRAINABLE_KINDS }
const pureBehaviour: Scope = { kinds: ['behaviour', 'efficiency'], only: true }
const anyProblem: Scope = { kinds: ['information', 'behaviour', 'efficiency', 'task'] }
const problem = (...kinds: Scope['kinds']): Scope => ({ kinds })

/**
 * Full fine-tuning is an upgrade over LoRA, never a first step: its fit may pass LoRA's only
 * when every one of these answers is given and matches, for a problem training addresses.
 * Otherwise it stays just below LoRA.
 */
export const FULL_UPGRADE_REQUIRES: Condition = {
  examples: ['over5k'],
  team: ['dedicated'],
  budget: ['10kto50k', 'over50k'],
  depth: ['deep'],
}
export function fullUpgradeHolds(a: Answers): boolean {
  return matches(FULL_UPGRADE_REQUIRES, a) && FACTS.trainableProblem(a)
}
export const FULL_UPGRADE_REASON =
  'Full fine-tuning is an upgrade over LoRA, not a first step: it only fits better than LoRA with 5,000+ examples, a dedicated team, a budget of $10k or more and a change in behaviour deeper than an adapter captures.'

/** The fit table. One row a rule; order does not matter. */
export const RULES: readonly Rule[] = [
  // What is wrong today → which approach (the article's problem list and decision tree).
  {
    id: 'knowledge-needs-retrieval',
    when: { problem: ['knowledge'] },
    // With no documents there is nothing to retrieve (see nothing-to-retrieve), here and below.
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 30 },
    reason:
      'Missing facts are best handed to the model at question time: retrieval supplies your documents without changing the model.',
    source: 'problem → approach',
  },
  {
    id: 'facts-are-not-behaviour',
    when: {},
    scope: informationOnly,
    effect: { lora: -15, full: -30 },
    reason:
      'You want the model to know more, not to behave differently; training changes behaviour and is an unreliable way to add facts.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'terminology-curated-sources',
    when: { problem: ['terminology'] },
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 25 },
    reason:
      'Specialised terminology is best grounded in curated sources (glossaries, standards) retrieved at question time; fine-tuning is overkill unless you run at very large scale.',
    source: 'decision tree',
  },
  {
    id: 'terminology-at-very-large-scale',
    when: { problem: ['terminology'], volume: ['high'] },
    scope: information,
    effect: { lora: 20 },
    reason:
      'At over 100k queries a day, teaching the terms to the model itself becomes worth considering, as the article allows at very large scale.',
    source: 'problem → approach',
  },
  {
    id: 'tone-is-an-instruction',
    when: { problem: ['tone'] },
    scope: problem('behaviour'),
    effect: { prompt: 25, lora: 5 },
    reason:
      'A tone change is usually one instruction away ("answer in a casual, friendly tone"); that works most of the time.',
    source: 'problem → approach',
  },
  {
    id: 'tone-prompt-fell-short',
    when: { problem: ['tone'], baseline: measured },
    unlessFact: 'targetMet',
    scope: problem('behaviour'),
    effect: { lora: 30 },
    reason: 'Prompting was measured and the tone is still off: fine-tuning is the next step.',
    source: 'problem → approach',
  },
  {
    id: 'voice-hard-to-describe',
    when: { problem: ['voice'] },
    scope: problem('behaviour'),
    effect: { prompt: 10, lora: 20, full: 5 },
    reason:
      'A voice that is hard to put into words is what fine-tuning captures best: examples in the prompt can suggest it, training bakes it in.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'voice-at-high-volume',
    when: { problem: ['voice'], volume: ['high'] },
    scope: problem('behaviour'),
    effect: { lora: 25 },
    reason:
      'Brand voice for a high-volume product is the article’s classic LoRA case: the adapter keeps every answer in the voice without long style examples in each prompt.',
    source: 'decision tree',
  },
  {
    id: 'format-instructions-first',
    when: { problem: ['format'] },
    scope: problem('behaviour'),
    effect: { prompt: 25 },
    reason:
      'Modern models follow a schema well when the prompt gives it with a few examples; start there.',
    source: 'problem → approach',
  },
  {
    id: 'format-strict-after-prompting',
    when: { problem: ['format'], reliability: ['strict'], baseline: measured },
    unlessFact: 'targetMet',
    scope: problem('behaviour'),
    effect: { lora: 35 },
    reason:
      'Needing 99%+ conformance when prompting measured short (typically ~95%) is a textbook reason to fine-tune.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'smaller-model-for-speed',
    when: { problem: ['latency'] },
    scope: problem('efficiency'),
    effect: { prompt: 5, lora: 40, full: 5 },
    reason:
      'Too slow or too costly per query: a smaller model fine-tuned on your task can match a larger one there, a genuine fine-tuning case.',
    source: 'problem → approach',
  },
  {
    id: 'unwanted-output-filter-first',
    when: { problem: ['unwanted'] },
    scope: problem('behaviour'),
    effect: { prompt: 25 },
    reason: 'Clear instructions plus an output filter stop most unwanted answers; start there.',
    source: 'problem → approach',
  },
  {
    id: 'unwanted-at-high-volume',
    when: { problem: ['unwanted'], volume: ['high'], baseline: measured },
    unlessFact: 'targetMet',
    scope: problem('behaviour'),
    effect: { lora: 30 },
    reason:
      'At high volume, with prompting measured short, internalising your policies by fine-tuning is the article’s next step.',
    source: 'problem → approach',
  },
  {
    id: 'task-from-many-examples',
    when: { problem: ['task'] },
    scope: problem('task'),
    effect: { prompt: 5, lora: 25, full: 10 },
    reason:
      'A task pattern learned from many examples is implicit knowledge that training internalises better than any prompt.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'task-retrieve-examples',
    // Worked examples to retrieve, however many: without a training run it is the way to use them.
    when: { problem: ['task'], examples: ['under500', '500to5k', 'over5k'] },
    scope: problem('task'),
    effect: { rag: 15 },
    reason:
      'Retrieving the most similar worked examples into each prompt (dynamic few-shot) gets much of a fine-tune’s benefit, with no training run.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'retrieval-beside-the-prompt',
    when: {},
    // Once prompting and RAG are measured short, the gap left is behaviour, not retrieval.
    unless: { baseline: ['prompt-rag'] },
    requires: 'factsBesideBehaviour',
    about: 'corpus',
    scope: information,
    effect: { rag: 25 },
    reason:
      'Facts too large for the prompt come with the behaviour problem: a RAG plan keeps the prompt’s instructions for the behaviour and adds the facts, which the prompt alone would leave out.',
    source: 'when you need both',
  },
  {
    id: 'behaviour-not-retrieval',
    when: {},
    scope: pureBehaviour,
    effect: { rag: -25 },
    reason:
      'The model has to behave differently, not know more: retrieval adds context, it does not change behaviour.',
    source: 'when NOT to use RAG',
  },

  // What has been measured (the classic mistake).
  {
    id: 'start-with-a-baseline',
    when: { baseline: ['none'] },
    scope: trainable,
    effect: { prompt: 10 },
    reason:
      'Nothing is measured yet: a prompt-only baseline on an evaluation set is the first step, and the bar everything else must beat.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'prompting-fell-short',
    when: { baseline: ['prompt'] },
    unlessFact: 'targetMet',
    scope: trainable,
    effect: { prompt: -15, lora: 10, full: 5 },
    reason:
      'Prompting was measured and fell short on the behaviour, so a step up from prompting is in order.',
    source: 'the classic mistake',
  },
  {
    id: 'prompting-short-on-facts',
    when: { baseline: ['prompt'] },
    unlessFact: 'targetMet',
    unless: { corpus: ['none'] },
    scope: information,
    effect: { prompt: -10, rag: 10 },
    reason: 'Prompting alone was measured short on the facts: retrieval is the next step for them.',
    source: 'the classic mistake',
  },
  {
    id: 'prompt-and-rag-fell-short',
    when: { baseline: ['prompt-rag'] },
    unlessFact: 'targetMet',
    scope: trainable,
    effect: { prompt: -25, rag: -15, lora: 25, full: 20 },
    reason:
      'Prompting and RAG were both measured and still fall short on the behaviour: fine-tuning has earned its place.',
    source: 'the classic mistake',
  },
  {
    id: 'retrieval-short-on-facts',
    when: { baseline: ['prompt-rag'] },
    unlessFact: 'targetMet',
    scope: informationOnly,
    effect: { prompt: -15, rag: 5 },
    reason:
      'Retrieval was measured short on a facts problem: improve it (chunking, search, re-ranking) rather than train; weights are an unreliable store of facts.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'target-met',
    when: { baseline: ['prompt', 'prompt-rag'] },
    requires: 'targetMet',
    scope: anyProblem,
    effect: { prompt: 40 },
    reason:
      'Your measured setup already reaches your target score: keep it, and keep measuring it.',
    source: 'the classic mistake',
  },
  {
    id: 'target-met-with-retrieval',
    when: { baseline: ['prompt-rag'] },
    requires: 'targetMet',
    scope: { kinds: ['information', 'task'] },
    effect: { rag: 40 },
    reason:
      'Your measured prompt and RAG setup already reaches your target score: keep the retrieval, and keep measuring it.',
    source: 'the classic mistake',
  },

  // Training data, people, money, hosting: only where a trained model could address the problem.
  {
    id: 'examples-enough-for-lora',
    when: { examples: ['500to5k'] },
    scope: trainable,
    effect: { lora: 10 },
    reason: 'Hundreds to a few thousand good examples are enough for LoRA.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'thousands-of-examples',
    when: { examples: ['over5k'] },
    scope: trainable,
    effect: { lora: 15, full: 15 },
    reason: 'Thousands of examples can carry a fine-tune, even a deep one.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'few-examples-favour-retrieval',
    when: { examples: ['none', 'under500', '500to5k'] },
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 5 },
    reason: 'Without thousands of training examples, retrieval is the surer way to add knowledge.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'dedicated-team',
    when: { team: ['dedicated'] },
    scope: trainable,
    effect: { lora: 5, full: 15 },
    reason: 'A dedicated ML team can run the training, evaluation and upkeep a fine-tune needs.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'budget-over-50k',
    when: { budget: ['over50k'] },
    scope: trainable,
    effect: { full: 5 },
    reason:
      'A budget over $50k leaves room for the several training runs a full fine-tune takes (the cost estimates give the figures).',
    source: 'cost reality',
  },
  {
    id: 'managed-fine-tuning',
    when: { hosting: ['managed-ft'] },
    scope: trainable,
    effect: { lora: 5 },
    reason:
      'Your provider offers fine-tuning, so an adapter-style run needs no infrastructure of your own.',
    source: 'cost reality',
  },
  {
    id: 'self-hosting',
    when: { hosting: ['self-host'] },
    scope: trainable,
    effect: { lora: 10, full: 5 },
    reason:
      'You can serve open-weight models: a tuned model trains and runs on weights you control, and several LoRA adapters share one base model.',
    source: 'cost reality',
  },
  {
    id: 'surface-change',
    when: { depth: ['surface'] },
    scope: trainable,
    effect: { prompt: 5, lora: 5, full: -15 },
    reason:
      'A surface change (style, format) never needs all weights retrained: prompting or LoRA is enough.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'deep-change',
    when: { depth: ['deep'] },
    scope: trainable,
    effect: { prompt: -10, lora: -5, full: 25 },
    reason:
      'A deep change in behaviour is where prompting runs out and LoRA sometimes falls short; full fine-tuning captures it best.',
    source: 'LoRA vs full fine-tuning',
  },

  // Scale and speed.
  {
    id: 'tight-latency-retrieval',
    when: { latency: ['tight'] },
    scope: information,
    effect: { rag: -15 },
    reason:
      'Tight latency: retrieval adds a search and a longer context to every answer, so keep it lean or keep the knowledge in the prompt.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'tight-latency-short-prompt',
    when: { latency: ['tight'] },
    scope: trainable,
    effect: { prompt: -5, lora: 10 },
    reason:
      'Tight latency: long instructions and examples slow every answer; a tuned model answers from a short prompt.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'strict-reliability',
    when: { reliability: ['strict'] },
    scope: problem('behaviour', 'task'),
    effect: { prompt: -10, lora: 5 },
    reason: '99%+ conformance is hard to reach with prompting alone.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'best-effort-reliability',
    when: { reliability: ['best-effort'] },
    scope: problem('behaviour', 'task'),
    effect: { prompt: 5, lora: -5, full: -5 },
    reason: 'Good-enough output rarely justifies the cost of training.',
    source: 'the classic mistake',
  },

  // The knowledge itself: these speak only to information problems.
  {
    id: 'frequent-changes',
    when: { freshness: ['frequent'] },
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 15 },
    reason:
      'Information that changes weekly or faster is picked up by retrieval as soon as the documents change.',
    source: 'decision tree',
  },
  {
    id: 'occasional-changes',
    when: { freshness: ['occasional'] },
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 10 },
    reason: 'Monthly changes are easier to re-index than to retrain.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'changing-facts-not-in-weights',
    when: { freshness: ['occasional', 'frequent'] },
    scope: informationOnly,
    effect: { lora: -15, full: -15 },
    reason:
      'Information that changes regularly argues against baking it into weights: every change would need a retrain.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'constant-information',
    when: { freshness: ['static'], corpus: ['none', 'small'] },
    scope: information,
    effect: { prompt: 10 },
    reason: 'Constant information can live in the system prompt.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'citations-need-retrieval',
    when: { citations: ['yes'] },
    unless: { corpus: ['none'] },
    scope: information,
    effect: { rag: 15, lora: -5, full: -5 },
    reason:
      'Answers must cite sources: only retrieval can point to the document behind an answer; weights cannot.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'fits-in-context',
    when: { corpus: ['small'] },
    scope: information,
    effect: { prompt: 20, rag: -15 },
    reason:
      'The knowledge fits in the context window (under ~100k tokens): put it in the prompt and skip the retrieval machinery.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'large-corpus',
    when: { corpus: ['large'] },
    scope: information,
    effect: { rag: 10 },
    reason: 'A corpus larger than the context window has to be searched, not pasted.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'nothing-to-retrieve',
    when: { corpus: ['none'] },
    scope: information,
    effect: { rag: -30 },
    reason: 'There are no documents to retrieve from, so retrieval has nothing to add.',
    source: 'when NOT to use RAG',
  },
]
