import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, estimate, range } from '../../engine'
import {
  corpusAnswer,
  corpusInPromptCost,
  decisionQuery,
  examplesAnswer,
  readDecision,
  withCorpus,
  withPrompt,
  withTraining,
} from './carry'

describe('answers from measured figures', () => {
  it.each([
    [0, 'none'],
    [1, 'under500'],
    [499, 'under500'],
    [500, '500to5k'],
    [5000, '500to5k'],
    [5001, 'over5k'],
  ])('%i examples → %s', (n, answer) => {
    expect(examplesAnswer(n)).toBe(answer)
  })

  it.each([
    [0, 'none'],
    [99_999, 'small'],
    [100_000, 'large'],
  ])('a corpus of %i tokens → %s', (n, answer) => {
    expect(corpusAnswer(n)).toBe(answer)
  })
})

describe('carrying into the decision', () => {
  const base = readDecision('problem=voice&volume=high&a.h=24')

  it('sets the examples answer, the training set size and the epochs, and keeps the rest', () => {
    const next = withTraining(base, { examples: 1200, tokens: 1_234_567, epochs: 3 })
    expect(decisionQuery(next)).toBe(
      'problem=voice&examples=500to5k&volume=high&a.h=24&a.tt=1.234567',
    )
    const four = withTraining(base, { examples: 20, tokens: 50_000, epochs: 5 })
    expect(decisionQuery(four)).toContain('a.tt=0.05&a.ep=5')
  })

  it('makes the managed LoRA estimate use the real file', () => {
    const small = withTraining(base, { examples: 1200, tokens: 100_000, epochs: 3 })
    const answers = { ...small.answers, hosting: 'managed-ft' as const }
    const before = estimate(answers, DEFAULT_ASSUMPTIONS).lora.oneTime
    const after = estimate(answers, small.assumptions).lora.oneTime
    expect(after.high).toBeLessThan(before.high)
  })

  it('sets the corpus answer and the knowledge to index', () => {
    expect(decisionQuery(withCorpus(base, 40_000))).toBe(
      'problem=voice&corpus=small&volume=high&a.h=24&a.corp=0.04',
    )
  })

  it('sets the extra prompt tokens', () => {
    expect(withPrompt(base, 750).assumptions.promptExtraTokens).toEqual(range(750))
    expect(decisionQuery(withPrompt(base, 750))).toContain('a.pex=750')
  })

  it('reads the decision back from its own query', () => {
    const next = withCorpus(withTraining(base, { examples: 9000, tokens: 2e6, epochs: 2 }), 5e5)
    expect(readDecision(decisionQuery(next))).toEqual(next)
  })
})

describe('corpusInPromptCost', () => {
  it('adds the corpus to every query at the input price, less when cached', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, inputTokens: 1000, outputTokens: 0, inputPricePerM: 2 }
    const cost = corpusInPromptCost(1_000_000, a)
    expect(cost.plain).toBeCloseTo(2.002, 10)
    expect(cost.cached.low).toBeCloseTo(0.202, 10)
    expect(cost.cached.high).toBeCloseTo(1.002, 10)
  })
})
