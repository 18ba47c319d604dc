import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ANSWER_KEYS, ANSWER_VALUES, type Answers } from '../engine/contract/answers'
import { serializeAnswers } from '../engine/codec/codec'
import { recommend } from '../engine/decision/recommend'
import { answersArb } from '../engine/testing/arbitraries'
import {
  QUESTION_ORDER,
  isStepKey,
  nextStep,
  previousStep,
  relevantAnswers,
  resultQuery,
  stepsFor,
  type StepKey,
} from './steps'

const ALL = QUESTION_ORDER.filter((k) => k !== 'measured')
const without = (...keys: StepKey[]) => ALL.filter((k) => !keys.includes(k))
const INFO = ['freshness', 'citations'] as const
const TRAINING = ['hosting', 'budget', 'churn'] as const

describe('stepsFor', () => {
  it('asks every answer key exactly once when nothing is known', () => {
    expect([...stepsFor({})].sort()).toEqual([...ANSWER_KEYS].sort())
  })

  it.each<[string, Answers, StepKey[]]>([
    ['nothing answered', {}, ALL],
    ['prompting measured: the scores are asked after it', { baseline: 'prompt' }, QUESTION_ORDER],
    ['nothing measured: no scores to ask', { baseline: 'none' }, ALL],
    ['a knowledge problem', { problem: ['knowledge'] }, ALL],
    ['a knowledge problem and no documents', { problem: ['knowledge'], corpus: 'none' }, ALL],
    ['a tone problem, documents unknown', { problem: ['tone'] }, ALL],
    ['a tone problem and documents', { problem: ['tone'], corpus: 'large' }, ALL],
    ['a tone problem and no documents', { problem: ['tone'], corpus: 'none' }, without(...INFO)],
    [
      'terminology among behaviour problems, no documents',
      { problem: ['format', 'terminology'], corpus: 'none' },
      ALL,
    ],
    ['no documents, problem unknown', { corpus: 'none' }, ALL],
    ['no training examples', { examples: 'none' }, without(...TRAINING)],
    ['a few examples', { examples: 'under500' }, ALL],
    [
      'a format problem, no documents, no examples',
      { problem: ['format'], corpus: 'none', examples: 'none' },
      without(...INFO, ...TRAINING),
    ],
  ])('%s', (_, answers, expected) => {
    expect(stepsFor(answers)).toEqual(expected)
  })

  it('lets no stale answer of a skipped question steer the branching', () => {
    // budget is skipped with no examples; its stale answer is dropped from what counts.
    const answers: Answers = { examples: 'none', budget: 'over50k', volume: 'high' }
    expect(relevantAnswers(answers)).toEqual({ examples: 'none', volume: 'high' })
    expect(resultQuery(answers)).toBe('examples=none&volume=high')
  })

  it('writes the result query exactly as the share-link codec does', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(resultQuery(answers)).toBe(serializeAnswers(relevantAnswers(answers)))
      }),
    )
  })

  it('keeps every answer of an asked question', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const steps = stepsFor(answers)
        const kept = relevantAnswers(answers)
        for (const key of ANSWER_KEYS) {
          expect(kept[key]).toEqual(steps.includes(key) ? answers[key] : undefined)
        }
        for (const key of ['measured', 'target'] as const) {
          expect(kept[key]).toEqual(steps.includes('measured') ? answers[key] : undefined)
        }
      }),
    )
  })
})

describe('skipped questions cannot change the plan', () => {
  const plan = (a: Answers) => recommend(a).stack.join('+')
  it.each(TRAINING)('%s, with no training examples', (key) => {
    fc.assert(
      fc.property(answersArb, (generated) => {
        const { [key]: _, ...answers }: Record<string, unknown> = { ...generated, examples: 'none' }
        expect(stepsFor(answers as Answers)).not.toContain(key)
        const base = plan(answers)
        for (const value of ANSWER_VALUES[key])
          expect(plan({ ...answers, [key]: value })).toBe(base)
      }),
      { numRuns: 300 },
    )
  })
})

describe('moving between steps', () => {
  it.each<[StepKey, Answers, StepKey | null, StepKey | null]>([
    ['problem', {}, null, 'baseline'],
    ['baseline', { baseline: 'prompt-rag' }, 'problem', 'measured'],
    ['measured', { baseline: 'prompt' }, 'baseline', 'corpus'],
    ['corpus', { problem: ['tone'], corpus: 'none' }, 'baseline', 'reliability'],
    ['reliability', { problem: ['tone'], corpus: 'none' }, 'corpus', 'depth'],
    ['team', { examples: 'none' }, 'examples', null],
    ['team', { examples: 'over5k' }, 'examples', 'hosting'],
    ['churn', {}, 'budget', null],
    // A step the branching skips still knows its neighbours.
    ['budget', { examples: 'none' }, 'team', null],
  ])('around %s', (key, answers, previous, next) => {
    expect(previousStep(key, answers)).toBe(previous)
    expect(nextStep(key, answers)).toBe(next)
  })

  it.each([
    ['problem', true],
    ['churn', true],
    ['toString', false],
    ['', false],
    [undefined, false],
  ])('isStepKey(%s) is %s', (key, expected) => {
    expect(isStepKey(key)).toBe(expected)
  })
})
