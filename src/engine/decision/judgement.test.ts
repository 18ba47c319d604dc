import { describe, expect, it } from 'vitest'
import type { ApproachId } from '../contract/approaches'
import { parseAnswers } from '../codec/codec'
import type { ConfidenceLevel } from './recommend'
import { recommend } from './recommend'

/**
 * Situations written from the reference article and from the providers' published fine-tuning
 * guidance (OpenAI, Anthropic, Google: get as far as you can with prompting first; give the model
 * knowledge through retrieval, not training; fine-tune for a format, a style or a behaviour once
 * you have enough good examples; prefer parameter-efficient tuning before retraining every
 * weight). Each row is what a calm senior engineer would sign, not a listed case.
 */
interface Situation {
  situation: string
  query: string
  stack: ApproachId[]
  /** The approach that fits the problem best, when it differs from the plan. */
  bestFit?: ApproachId
  confidence?: ConfidenceLevel
  /** What the next stage plans, when there must be one. */
  next?: ApproachId[]
  /** Words the next (or later) stage's trigger must carry. */
  trigger?: RegExp
  /** Words one of the best fit's unlocks must carry. */
  unlock?: RegExp
  /** Next steps that must (and must not, with a leading "!") be on the checklist. */
  steps?: string[]
}

const SITUATIONS: Situation[] = [
  {
    situation:
      'a support bot over product docs that change monthly and must be cited, on a plain API',
    query:
      'problem=knowledge&corpus=large&freshness=occasional&citations=yes&baseline=none&hosting=api',
    stack: ['rag'],
    steps: ['build-an-eval-set', 'rag-basic', 'rag-citations', 'rag-refresh'],
  },
  {
    situation: 'a casual tone wanted, nothing measured, though data and a team are there: prompt',
    query: 'problem=tone&baseline=none&examples=over5k&team=dedicated&hosting=self-host',
    stack: ['prompt'],
    next: ['lora'],
    trigger: /if prompting measures short of your target/,
  },
  {
    situation:
      '99% JSON measured at 95% with only 200 examples: prompt now, LoRA once there are 500',
    query:
      'problem=format&reliability=strict&baseline=prompt&measured=95&target=99&examples=under500&team=some&hosting=managed-ft',
    stack: ['prompt'],
    bestFit: 'lora',
    confidence: 'not-yet',
    next: ['lora'],
    trigger: /once you collect at least 500/,
    unlock: /collect at least 500/,
    steps: ['unlock-too-few-examples', '!lora-first'],
  },
  {
    situation: 'medical terminology with curated sources at high volume: RAG before any training',
    query:
      'problem=terminology&corpus=large&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft',
    stack: ['rag'],
  },
  {
    situation: 'specialised terms with no sources to retrieve: a glossary in the prompt, not RAG',
    query: 'problem=terminology&corpus=none&volume=high&baseline=prompt&examples=500to5k&team=some',
    stack: ['prompt'],
  },
  {
    situation: 'too slow: a smaller model tuned on 10k examples, served in-house',
    query:
      'problem=latency&examples=over5k&team=some&hosting=self-host&baseline=prompt&volume=high&latency=tight',
    stack: ['lora'],
    steps: ['hold-out', 'lora-first'],
  },
  {
    situation: 'unwanted answers at high volume that prompting and filters did not stop',
    query:
      'problem=unwanted&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft',
    stack: ['lora'],
  },
  {
    situation: 'unwanted answers at low volume, nothing measured: instructions and a filter',
    query: 'problem=unwanted&volume=low&baseline=none&examples=500to5k&team=some',
    stack: ['prompt'],
  },
  {
    situation: 'a brand voice over help docs at high volume, prompt and RAG measured short',
    query:
      'problem=voice,knowledge&corpus=large&freshness=frequent&volume=high&baseline=prompt-rag&examples=500to5k&team=some&hosting=managed-ft',
    stack: ['lora', 'rag'],
    steps: ['rag-improve', 'lora-first'],
  },
  {
    situation: 'the same voice and docs with nothing measured: RAG now, LoRA + RAG next',
    query: 'problem=voice,knowledge&corpus=large&volume=high&baseline=none&examples=500to5k',
    stack: ['rag'],
    next: ['lora', 'rag'],
    trigger: /if prompting and RAG measure short of your target/,
  },
  {
    situation:
      'prices that change weekly, retrieval measured short, everything to train: fix retrieval',
    query:
      'problem=knowledge&corpus=large&freshness=frequent&baseline=prompt-rag&examples=over5k&team=dedicated&hosting=self-host&budget=over50k&depth=deep',
    stack: ['rag'],
    steps: ['rag-improve', '!rag-basic', '!lora-first'],
  },
  {
    situation: 'routing tickets learnt from 10k labelled ones, prompting measured short: LoRA',
    query:
      'problem=task&examples=over5k&baseline=prompt&team=some&hosting=managed-ft&volume=medium',
    stack: ['lora'],
  },
  {
    situation: 'the same routing with a better base model due: wait, retrieve examples meanwhile',
    query:
      'problem=task&examples=over5k&baseline=prompt&team=some&hosting=managed-ft&volume=medium&churn=likely',
    stack: ['rag'],
    bestFit: 'lora',
    confidence: 'not-yet',
    unlock: /re-measure on the new base model/,
    steps: ['watch-base-models'],
  },
  {
    situation: 'the same routing with no one to own a model: dynamic few-shot, not a fine-tune',
    query: 'problem=task&examples=over5k&baseline=prompt&team=none&hosting=managed-ft',
    stack: ['rag'],
    bestFit: 'lora',
    confidence: 'not-yet',
    unlock: /find someone/,
    steps: ['unlock-no-team'],
  },
  {
    situation: 'a task with no worked examples at all: nothing to retrieve or train on, prompt',
    query: 'problem=task&examples=none&baseline=none',
    stack: ['prompt'],
  },
  {
    situation: 'prompt and RAG already reach the target: keep them, train only if it rises',
    query:
      'problem=voice,knowledge&corpus=large&baseline=prompt-rag&measured=92&target=90&examples=500to5k&team=some&hosting=managed-ft',
    stack: ['rag'],
    next: ['lora', 'rag'],
    trigger: /only if your target rises/,
  },
  {
    situation: 'a JSON schema on an API that sells no tuning: prompt, and say where tuning is sold',
    query:
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=some&hosting=api',
    stack: ['prompt'],
    bestFit: 'lora',
    confidence: 'not-yet',
    trigger: /once you move to a provider that sells fine-tuning/,
    unlock: /provider that sells fine-tuning/,
    steps: ['unlock-api-offers-no-tuning', '!lora-first'],
  },
  {
    situation: 'a deep change with every resource but a managed service only: LoRA, not full',
    query:
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=managed-ft&churn=unlikely&volume=high',
    stack: ['lora'],
    trigger: /once you train and serve open-weight models/,
  },
  {
    situation: 'every condition of full fine-tuning: full, benchmarked against LoRA, a close call',
    query:
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
    stack: ['full'],
    confidence: 'close',
    steps: ['full-after-lora', 'plan-serving'],
  },
  {
    situation:
      'small facts that change weekly: in the prompt, a close call with RAG, never certain',
    query: 'problem=knowledge&corpus=small&freshness=frequent',
    stack: ['prompt'],
    confidence: 'close',
    next: ['rag'],
  },
  {
    situation: 'resources and a measured baseline but no problem named: a starting point',
    query: 'baseline=prompt-rag&examples=over5k&team=dedicated&hosting=self-host&budget=over50k',
    stack: ['prompt'],
    confidence: 'not-yet',
    steps: ['name-the-problem'],
  },
]

describe('recommend: what a calm senior engineer would sign', () => {
  it.each(SITUATIONS)('$situation', (s) => {
    const { answers, problems } = parseAnswers(s.query)
    expect(problems).toEqual([])
    const r = recommend(answers)
    expect(r.stack).toEqual(s.stack)
    expect(r.ranking[0].verdict).toBe('recommended')
    if (s.bestFit) {
      expect(r.bestFit).toBe(s.bestFit)
      expect(r.bestFitBlocked.length).toBeGreaterThan(0)
    }
    if (s.confidence) expect(r.confidence.level).toBe(s.confidence)
    const next = r.stages.find((x) => x.when === 'next')
    if (s.next) expect(next?.approaches).toEqual(s.next)
    if (s.trigger) expect(r.stages.map((x) => x.trigger).join(' ')).toMatch(s.trigger)
    if (s.unlock) expect(r.bestFitBlocked.map((b) => b.unlock).join(' ')).toMatch(s.unlock)
    const steps = r.nextSteps.map((x) => x.id)
    for (const step of s.steps ?? []) {
      if (step.startsWith('!')) expect(steps).not.toContain(step.slice(1))
      else expect(steps).toContain(step)
    }
  })
})
