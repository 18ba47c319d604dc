import type { ApproachId } from '../contract/approaches'
import {
  BEHAVIOUR_PROBLEMS,
  INFORMATION_PROBLEMS,
  type AnswerKey,
  type AnswerValue,
} from '../contract/answers'

/**
 * A condition on the answers: every listed key must be answered with one of its listed values
 * (for `problem`, the answer must include at least one of them). An unanswered key never matches,
 * so a rule only ever speaks about something the user said.
 */
export type Condition = { readonly [K in AnswerKey]?: readonly AnswerValue<K>[] }

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

export interface Rule {
  id: string
  when: Condition
  /** A second condition that must hold too (for two facts about the same key). */
  and?: Condition
  /** The rule does not apply when this condition holds. */
  unless?: Condition
  /** Points added to (or taken from) each approach's score. */
  effect?: Partial<Record<ApproachId, number>>
  /** A ceiling: the approach scores at most this and is not advised, whatever else holds. */
  cap?: Partial<Record<ApproachId, number>>
  /** Why, in plain words, with the article's rule of thumb. */
  reason: string
  source: RuleSource
}

/**
 * Where every approach starts before any answer: the article's 80/15/5 split. Most teams are
 * served by prompting and retrieval, some by LoRA, few by full fine-tuning.
 */
export const PRIORS: Record<ApproachId, number> = { prompt: 50, rag: 35, lora: 20, full: 10 }

const behaviour = BEHAVIOUR_PROBLEMS
const information = INFORMATION_PROBLEMS
const measured: readonly AnswerValue<'baseline'>[] = ['prompt', 'prompt-rag']

/**
 * Full fine-tuning is an upgrade over LoRA, never a first step: it may rank above LoRA only when
 * every one of these answers is given and matches. Otherwise it stays just below LoRA.
 */
export const FULL_UPGRADE_REQUIRES: Condition = {
  examples: ['over5k'],
  team: ['dedicated'],
  budget: ['10kto50k', 'over50k'],
  depth: ['deep'],
}
export const FULL_UPGRADE_REASON =
  'Full fine-tuning is an upgrade over LoRA, not a first step: it only ranks above LoRA with 5,000+ examples, a dedicated team, a budget of $10k or more and a change deeper than LoRA captures.'

/** The rule table. One row a rule; order does not matter. */
export const RULES: readonly Rule[] = [
  // What is wrong today → which approach (the article's problem list and decision tree).
  {
    id: 'knowledge-needs-retrieval',
    when: { problem: ['knowledge'] },
    effect: { rag: 30 },
    reason:
      'Missing facts are best handed to the model at question time: retrieval supplies your documents without changing the model.',
    source: 'problem → approach',
  },
  {
    id: 'facts-are-not-behaviour',
    when: { problem: information },
    unless: { problem: behaviour },
    effect: { lora: -15, full: -15 },
    reason:
      'You want the model to know more, not to behave differently; training changes behaviour and is an unreliable way to add facts.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'terminology-curated-sources',
    when: { problem: ['terminology'] },
    effect: { rag: 25, full: -10 },
    reason:
      'Specialised terminology is best grounded in curated sources (glossaries, standards) retrieved at question time; fine-tuning is overkill unless you run at very large scale.',
    source: 'decision tree',
  },
  {
    id: 'terminology-at-very-large-scale',
    when: { problem: ['terminology'], volume: ['high'] },
    effect: { lora: 10 },
    reason:
      'At over 100k queries a day, teaching the terms to the model itself can start to pay off.',
    source: 'problem → approach',
  },
  {
    id: 'tone-is-an-instruction',
    when: { problem: ['tone'] },
    effect: { prompt: 25, lora: 5 },
    reason:
      'A tone change is usually one instruction away ("answer in a casual, friendly tone"); that works most of the time.',
    source: 'problem → approach',
  },
  {
    id: 'tone-prompt-fell-short',
    when: { problem: ['tone'], baseline: measured },
    effect: { lora: 30 },
    reason: 'Prompting was measured and the tone is still off: fine-tuning is the next step.',
    source: 'problem → approach',
  },
  {
    id: 'voice-hard-to-describe',
    when: { problem: ['voice'] },
    effect: { prompt: 10, lora: 20, full: 5 },
    reason:
      'A voice that is hard to put into words is what fine-tuning captures best: examples in the prompt can suggest it, training bakes it in.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'voice-at-high-volume',
    when: { problem: ['voice'], volume: ['high'] },
    effect: { lora: 25 },
    reason:
      'Brand voice for a high-volume product is a classic LoRA case: a tuned model beats repeating long style examples in every prompt.',
    source: 'decision tree',
  },
  {
    id: 'voice-not-from-retrieval',
    when: { problem: ['voice'] },
    effect: { rag: -10 },
    reason:
      'Retrieval can show the model samples of your voice, but it does not make the model write in it.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'format-instructions-first',
    when: { problem: ['format'] },
    effect: { prompt: 25 },
    reason:
      'Modern models follow a schema well when the prompt gives it with a few examples; start there.',
    source: 'problem → approach',
  },
  {
    id: 'format-strict-after-prompting',
    when: { problem: ['format'], reliability: ['strict'], baseline: measured },
    effect: { lora: 35 },
    reason:
      'Needing 99%+ conformance when prompting measured short (typically ~95%) is a textbook reason to fine-tune.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'smaller-model-for-speed',
    when: { problem: ['latency'] },
    effect: { prompt: 5, rag: -10, lora: 40, full: 5 },
    reason:
      'Too slow or too costly per query: a smaller model fine-tuned on your task can match a larger one there, a genuine fine-tuning case; retrieval would only add context and time.',
    source: 'problem → approach',
  },
  {
    id: 'unwanted-output-filter-first',
    when: { problem: ['unwanted'] },
    effect: { prompt: 25 },
    reason: 'Clear instructions plus an output filter stop most unwanted answers; start there.',
    source: 'problem → approach',
  },
  {
    id: 'unwanted-at-high-volume',
    when: { problem: ['unwanted'], volume: ['high'], baseline: measured },
    effect: { lora: 25 },
    reason:
      'At high volume, with prompting measured short, internalising your policies by fine-tuning can pay off.',
    source: 'problem → approach',
  },
  {
    id: 'task-from-many-examples',
    when: { problem: ['task'] },
    effect: { prompt: 5, lora: 25, full: 10 },
    reason:
      'A task pattern learned from many examples is implicit knowledge that training internalises better than any prompt.',
    source: 'when fine-tuning beats RAG',
  },

  // What has been measured (the classic mistake; when NOT to fine-tune).
  {
    id: 'nothing-measured-yet',
    when: { baseline: ['none'] },
    effect: { prompt: 15, lora: -20, full: -25 },
    cap: { lora: 45, full: 30 },
    reason:
      'Nothing is measured yet: without evaluation data showing prompting and RAG fall short, fine-tuning is premature. Measure a prompt-only baseline first.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'prompting-fell-short',
    when: { baseline: ['prompt'] },
    effect: { prompt: -15, rag: 5, lora: 10, full: 5 },
    reason: 'Prompting was measured and fell short, so a step up from prompting is in order.',
    source: 'the classic mistake',
  },
  {
    id: 'prompt-and-rag-fell-short',
    when: { baseline: ['prompt-rag'] },
    effect: { prompt: -25, rag: -10, lora: 25, full: 20 },
    reason:
      'Prompting and RAG were both measured and still fall short: fine-tuning has earned its place.',
    source: 'the classic mistake',
  },
  {
    id: 'gap-is-behaviour-not-retrieval',
    when: { baseline: ['prompt-rag'], problem: behaviour },
    effect: { rag: -15 },
    reason:
      'Retrieval is already in place and the remaining gap is behaviour, which more retrieval cannot fix.',
    source: 'when NOT to use RAG',
  },

  // Training data.
  {
    id: 'no-examples',
    when: { examples: ['none'] },
    effect: { rag: 5, lora: -20, full: -25 },
    cap: { lora: 15, full: 5 },
    reason: 'With no labelled examples there is nothing to fine-tune on.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'under-500-examples',
    when: { examples: ['under500'] },
    effect: { rag: 5, lora: -10, full: -20 },
    cap: { lora: 30, full: 10 },
    reason: 'Under 500 high-quality examples is not enough to fine-tune well.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'examples-enough-for-lora',
    when: { examples: ['500to5k'] },
    effect: { lora: 10, full: -5 },
    reason: 'Hundreds to a few thousand good examples are enough for LoRA.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'thousands-of-examples',
    when: { examples: ['over5k'] },
    effect: { lora: 15, full: 15 },
    reason: 'Thousands of examples can carry a fine-tune, even a deep one.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'few-examples-favour-retrieval',
    when: { examples: ['none', 'under500', '500to5k'], problem: information },
    effect: { rag: 5 },
    reason: 'Without thousands of training examples, retrieval is the surer way to add knowledge.',
    source: 'when RAG beats fine-tuning',
  },

  // People, money, hosting, the road ahead.
  {
    id: 'no-team-to-maintain',
    when: { team: ['none'] },
    effect: { prompt: 5, lora: -25, full: -30 },
    cap: { lora: 35, full: 20 },
    reason:
      'No one to train, evaluate and maintain a tuned model: a fine-tune left alone goes stale.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'dedicated-team',
    when: { team: ['dedicated'] },
    effect: { lora: 5, full: 15 },
    reason: 'A dedicated ML team can run the training, evaluation and upkeep a fine-tune needs.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'budget-under-1k',
    when: { budget: ['under1k'] },
    effect: { lora: -5, full: -30 },
    cap: { full: 10 },
    reason:
      'Under $1k: a LoRA run costs $100–1,000, a full fine-tuning run $5,000–50,000+ on a meaningful model.',
    source: 'cost reality',
  },
  {
    id: 'budget-under-10k',
    when: { budget: ['1kto10k'] },
    effect: { full: -20 },
    cap: { full: 20 },
    reason:
      'Under $10k leaves room for a few LoRA runs ($100–1,000 each) but not for full fine-tuning ($5,000–50,000+ a run, plus serving).',
    source: 'cost reality',
  },
  {
    id: 'budget-over-50k',
    when: { budget: ['over50k'] },
    effect: { full: 5 },
    reason: 'Over $50k covers several full fine-tuning runs and the serving behind them.',
    source: 'cost reality',
  },
  {
    id: 'api-without-tuning',
    when: { hosting: ['api'] },
    effect: { lora: -20, full: -30 },
    reason:
      'Your model API offers no tuning: fine-tuning would mean moving provider or hosting a model yourself.',
    source: 'cost reality',
  },
  {
    id: 'managed-fine-tuning',
    when: { hosting: ['managed-ft'] },
    effect: { lora: 5 },
    reason:
      'Your provider offers fine-tuning, so a LoRA-style run needs no infrastructure of your own.',
    source: 'cost reality',
  },
  {
    id: 'self-hosting',
    when: { hosting: ['self-host'] },
    effect: { lora: 10, full: 5 },
    reason:
      'You can serve open-weight models: a tuned small model is much cheaper to run yourself, and LoRA adapters swap on one base model.',
    source: 'cost reality',
  },
  {
    id: 'better-base-model-coming',
    when: { churn: ['likely'] },
    effect: { lora: -10, full: -20 },
    reason:
      'A better base model is likely within six months: it may beat your fine-tune and force a retrain, while prompts and retrieval carry over.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'surface-change',
    when: { depth: ['surface'] },
    effect: { prompt: 5, lora: 5, full: -15 },
    reason:
      'A surface change (style, format) never needs all weights retrained: prompting or LoRA is enough.',
    source: 'LoRA vs full fine-tuning',
  },
  {
    id: 'deep-change',
    when: { depth: ['deep'] },
    effect: { prompt: -10, lora: -10, full: 25 },
    reason:
      'A deep change in behaviour is where prompting runs out and LoRA sometimes falls short; full fine-tuning captures it best.',
    source: 'LoRA vs full fine-tuning',
  },

  // Scale and speed.
  {
    id: 'low-volume',
    when: { volume: ['low'] },
    effect: { prompt: 5, lora: -10, full: -15 },
    reason:
      'Under 1k queries a day, a longer prompt costs little and a training run rarely pays for itself.',
    source: 'cost reality',
  },
  {
    id: 'high-volume',
    when: { volume: ['high'] },
    effect: { prompt: -5, lora: 10, full: 5 },
    reason:
      'Over 100k queries a day, every prompt token is paid for again and again; a tuned model with a short prompt pays off.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'tight-latency',
    when: { latency: ['tight'] },
    effect: { prompt: -5, rag: -15, lora: 10 },
    reason:
      'Tight latency: retrieval adds a lookup and a long context to every answer, long prompts slow it too; a tuned model answers from a short prompt.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'strict-reliability',
    when: { reliability: ['strict'] },
    effect: { prompt: -10, lora: 5 },
    reason: '99%+ conformance is hard to reach with prompting alone.',
    source: 'when fine-tuning beats RAG',
  },
  {
    id: 'best-effort-reliability',
    when: { reliability: ['best-effort'] },
    effect: { prompt: 5, lora: -5, full: -5 },
    reason: 'Good-enough output rarely justifies the cost of training.',
    source: 'the classic mistake',
  },

  // The knowledge itself.
  {
    id: 'frequent-changes',
    when: { freshness: ['frequent'] },
    unless: { corpus: ['none'] },
    effect: { rag: 15 },
    reason:
      'Information that changes weekly or faster is picked up by retrieval as soon as the documents change.',
    source: 'decision tree',
  },
  {
    id: 'changing-facts-not-in-weights',
    when: { freshness: ['occasional', 'frequent'], problem: information },
    unless: { problem: behaviour },
    effect: { lora: -15, full: -20 },
    reason:
      'Information that changes regularly argues against baking it into weights: every change would need a retrain.',
    source: 'when NOT to fine-tune',
  },
  {
    id: 'occasional-changes',
    when: { freshness: ['occasional'] },
    unless: { corpus: ['none'] },
    effect: { rag: 10 },
    reason: 'Monthly changes are easier to re-index than to retrain.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'constant-information',
    when: { freshness: ['static'], corpus: ['none', 'small'] },
    effect: { prompt: 10 },
    reason: 'Constant information can live in the system prompt.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'citations-need-retrieval',
    when: { citations: ['yes'] },
    unless: { corpus: ['none'] },
    effect: { rag: 15, lora: -5, full: -5 },
    reason:
      'Answers must cite sources: only retrieval can point to the document behind an answer; weights cannot.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'fits-in-context',
    when: { corpus: ['small'] },
    effect: { prompt: 20, rag: -15 },
    reason:
      'The knowledge fits in the context window (under ~100k tokens): put it in the prompt and skip the retrieval machinery.',
    source: 'when NOT to use RAG',
  },
  {
    id: 'large-corpus',
    when: { corpus: ['large'], problem: information },
    effect: { rag: 10 },
    reason: 'A corpus larger than the context window has to be searched, not pasted.',
    source: 'when RAG beats fine-tuning',
  },
  {
    id: 'nothing-to-retrieve',
    when: { corpus: ['none'] },
    effect: { rag: -30 },
    reason: 'There are no documents to retrieve from, so retrieval has nothing to add.',
    source: 'when NOT to use RAG',
  },
]

/**
 * Complements: what joins the primary approach in the plan. A complement joins when its
 * condition holds, no rule caps it (advises against it) and its own score reaches `minScore`.
 */
export interface Complement {
  id: string
  /** The primary approaches this complement can join. */
  primary: readonly ApproachId[]
  add: ApproachId
  when: Condition
  unless?: Condition
  /**
   * The complement's own score it needs. Retrieval as a complement only has to be allowed: its
   * standalone score is lowered by the behaviour it cannot fix, which the primary fixes.
   */
  minScore: number
  reason: string
}

export const COMPLEMENTS: readonly Complement[] = [
  {
    id: 'tune-for-voice-retrieve-for-facts',
    primary: ['prompt', 'lora', 'full'],
    add: 'rag',
    when: { problem: ['knowledge', 'terminology'] },
    // Knowledge that fits in the prompt needs no retrieval, and with no documents there is none.
    unless: { corpus: ['none', 'small'] },
    minScore: 0,
    reason:
      'Retrieval keeps the facts fresh and checkable, while the rest of the plan shapes the behaviour.',
  },
  {
    id: 'retrieve-then-tune',
    primary: ['rag'],
    add: 'lora',
    when: { problem: ['voice', 'format', 'latency', 'task'] },
    minScore: 50,
    reason: 'Retrieval supplies the facts; a LoRA adapter fixes the behaviour prompting could not.',
  },
]
