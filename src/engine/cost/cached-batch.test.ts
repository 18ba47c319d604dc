import { describe, expect, it } from 'vitest'
import { showTheMath } from './cost-math'
import {
  DEFAULT_ASSUMPTIONS as A,
  batchFactor,
  estimate,
  hostedInputPrice,
  type Assumptions,
} from './estimates'

const answers = { volume: 'medium' } as const
const labels = (a: Assumptions, id: 'prompt' | 'rag') =>
  showTheMath(answers, a)[id].monthly.steps.map((s) => s.label)

describe('cached input and batch rates', () => {
  it('change nothing at their defaults', () => {
    expect(hostedInputPrice(A)).toBe(A.inputPricePerM)
    expect(batchFactor(A)).toBe(1)
    expect(labels(A, 'prompt')).not.toContain('Input price with the prompt cache')
    expect(labels(A, 'rag')).not.toContain('Batch rate factor')
  })

  it('price the cached share of the input at the cached price, only when there is one', () => {
    const a = { ...A, cachedInputPricePerM: 0.1, cachedSharePct: 40 }
    expect(hostedInputPrice(a)).toBeCloseTo(0.6 * 1 + 0.4 * 0.1, 12)
    expect(hostedInputPrice({ ...a, cachedInputPricePerM: null })).toBe(1)
    const tokens = (A.inputTokens + A.promptExtraTokens.low) * 0.64 + A.outputTokens * 4
    expect(estimate(answers, a).prompt.monthly.low).toBeCloseTo((tokens / 1e6) * 10_000 * 30, 6)
    expect(labels(a, 'prompt')).toContain('Input price with the prompt cache')
    expect(labels(a, 'rag')).toContain('Input price with the prompt cache')
  })

  it('take the batch discount off the batched share of the tokens, not off the embeddings', () => {
    const a = { ...A, batchSharePct: 40 }
    expect(batchFactor(a)).toBeCloseTo(0.8, 12)
    const base = estimate(answers, A)
    const batched = estimate(answers, a)
    expect(batched.prompt.monthly.low).toBeCloseTo(base.prompt.monthly.low * 0.8, 6)
    const embeddings = ((A.inputTokens * A.embeddingPricePerM) / 1e6) * 10_000 * 30
    const vs = A.vectorStoreMonthly.low
    expect(batched.rag.monthly.low - embeddings - vs).toBeCloseTo(
      (base.rag.monthly.low - embeddings - vs) * 0.8,
      6,
    )
    const math = showTheMath(answers, a).rag.monthly
    expect(math.steps.map((s) => s.label)).toContain('Batch rate factor')
    expect(math.value).toEqual(batched.rag.monthly)
  })
})
