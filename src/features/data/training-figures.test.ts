import { describe, expect, it } from 'vitest'
import type { TrainingReport } from './data.types'
import { billing, overContext } from './training-figures'
import { at, must } from '../../engine'

const report = (tokens: number[], valid = tokens.length): TrainingReport => ({
  fileName: 'train.jsonl',
  bytes: 1,
  lines: tokens.length,
  layout: 'chat',
  layoutCounts: { chat: tokens.length, 'prompt-completion': 0, sharegpt: 0 },
  examples: tokens.length,
  validExamples: valid,
  validTokens: tokens.reduce((a, b) => a + b, 0),
  errors: {},
  warnings: {},
  exampleLines: Int32Array.from(tokens.map((_, i) => i + 1)),
  exampleTokens: Int32Array.from(tokens),
  spreads: null,
})

describe('overContext', () => {
  it('lists the examples over the chosen model’s window, by line', () => {
    const r = report([1_000, 130_000, 127_999, 200_000])
    const over = must(overContext(r, 'gpt-4o'))
    expect(Array.from(over.lines)).toEqual([2, 4])
    expect(at(over.first, 0).detail).toBe('130,000 tokens, over 128,000')
    expect(overContext(r, 'gpt-4.1')).toBeNull()
  })

  it('uses the estimate for a family counted by estimate, and says so', () => {
    // 30,000 o200k tokens ≈ 34,500 Mistral tokens: over its 32,768.
    const over = must(overContext(report([30_000]), 'mistral'))
    expect(at(over.first, 0).detail).toBe('≈ 34,500 tokens, over 32,768')
  })
})

describe('billing', () => {
  it('bills the valid tokens × the default epochs at the training price', () => {
    expect(billing(report([1_000, 1_000, 1_000]), 25)).toEqual({
      epochs: 25, // 3 examples: ceil(100 / 3) = 34, at most 25
      tokens: 75_000,
      usd: 1.875,
    })
    const many = report(Array.from({ length: 1_000 }, () => 500))
    expect(billing(many, 25)).toEqual({ epochs: 3, tokens: 1_500_000, usd: 37.5 })
  })
})
