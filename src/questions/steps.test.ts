import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ANSWER_KEYS,
  ANSWER_VALUES,
  type AnswerKey,
  type Answers,
} from '../engine/contract/answers'
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
} from './steps'

const ALL = QUESTION_ORDER
const without = (...keys: AnswerKey[]) => ALL.filter((k) => !keys.includes(k))
const INFO = ['freshness', 'citations'] as const
const TRAINING = ['hosting', 'budget', 'churn'] as const

describe('stepsFor', () => {
  it('asks every answer key exactly once when nothing is known', () => {
    expect([...stepsFor({})].sort()).toEqual([...ANSWER_KEYS].sort())
  })

  it.each<[string, Answers, AnswerKey[]]>([
    ['nothing answered', {}, ALL],
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
      }),
    )
  })
})

describe('skipped questions cannot change the plan', () => {
  const plan = (a: Answers) => {
    const r = recommend(a)
    // A rule's ceiling means the leader is itself ruled out: only then may a skip matter.
    return { stack: r.stack.join('+'), ruledOut: r.ranking[0]!.reasons.some((x) => x.cap) }
  }
  it.each(TRAINING)('%s, with no training examples', (key) => {
    fc.assert(
      fc.property(answersArb, (generated) => {
        const answers = { ...generated, examples: 'none' } as Record<string, unknown>
        delete answers[key]
        expect(stepsFor(answers as Answers)).not.toContain(key)
        const base = plan(answers)
        for (const value of ANSWER_VALUES[key]) {
          const other = plan({ ...answers, [key]: value })
          if (!base.ruledOut && !other.ruledOut) expect(other.stack).toBe(base.stack)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('moving between steps', () => {
  it.each<[AnswerKey, Answers, AnswerKey | null, AnswerKey | null]>([
    ['problem', {}, null, 'baseline'],
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
