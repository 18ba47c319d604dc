import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { describe, expect, it } from 'vitest'
import { forModel, formatTokens, piecewise } from './token-count'

const exact = (t: string) => countTokens(t)

describe('piecewise', () => {
  it.each([
    ['prose', 'The quick brown fox, jumping over 12,345 lazy dogs!\n'.repeat(2_000)],
    ['code', 'function f(a) {\n  return a * 2 // double\n}\n\n'.repeat(1_500)],
    ['double spaces and tabs', 'one  two\tthree \n four   five\n'.repeat(2_000)],
    ['accents and CJK', 'Café déjà vu — 東京は大きい 街です。 '.repeat(1_000)],
  ])('counts long %s exactly as a whole', (_, text) => {
    expect(text.length).toBeGreaterThan(20_000)
    const counter = piecewise(exact)
    expect(counter.count(text)).toBe(exact(text))
    expect(counter.roughCuts).toBe(0)
  })

  it('cuts a stretch with no space into pieces, says so, and stays close', () => {
    const text = 'abcdefghij'.repeat(2_000)
    const counter = piecewise(exact)
    const n = counter.count(text)
    expect(counter.roughCuts).toBeGreaterThan(0)
    expect(Math.abs(n - exact(text)) / exact(text)).toBeLessThan(0.02)
  })

  it('counts short text in one go', () => {
    expect(piecewise(exact).count('hello world')).toBe(2)
  })
})

describe('forModel', () => {
  it('is exact for OpenAI models and an estimate with its band for others', () => {
    expect(forModel(1000, 'gpt-4o')).toEqual({ tokens: 1000, exact: true, errorPct: 0 })
    expect(forModel(1000, 'claude')).toEqual({ tokens: 1200, exact: false, errorPct: 20 })
    expect(formatTokens(forModel(1000, 'gpt-4o'))).toBe('1,000 tokens')
    expect(formatTokens(forModel(1000, 'claude'))).toBe('≈ 1,200 tokens (estimate ±20%)')
  })
})
