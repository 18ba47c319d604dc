import { describe, expect, it } from 'vitest'
import { defaultEpochs, hashText, percentile, spread } from './training-stats'
import { must } from '../../engine'

describe('percentile and spread', () => {
  // Expected values from NumPy's np.percentile (linear interpolation), not from this code.
  it.each([
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { min: 1, p5: 1.45, median: 5.5, p95: 9.55, max: 10 }],
    [[7, 1, 3, 3, 9, 12, 40, 2], { min: 1, p5: 1.35, median: 5, p95: 30.2, max: 40 }],
    [[5], { min: 5, p5: 5, median: 5, p95: 5, max: 5 }],
  ])('spread(%j)', (values, expected) => {
    const s = must(spread(values))
    for (const key of ['min', 'p5', 'median', 'p95', 'max'] as const) {
      expect(s[key]).toBeCloseTo(expected[key], 10)
    }
  })

  it('is not the p10/p90 the cookbook labels p5/p95', () => {
    const values = Array.from({ length: 101 }, (_, i) => i)
    expect(must(spread(values)).p5).toBe(5)
    expect(must(spread(values)).p95).toBe(95)
  })

  it('has nothing to say about no numbers', () => {
    expect(spread([])).toBeNull()
    expect(percentile([], 50)).toBeNaN()
  })

  it('sorts numbers as numbers, not as text', () => {
    expect(must(spread([10, 9, 100])).median).toBe(10)
  })
})

describe('defaultEpochs (OpenAI: 3, keeping examples × epochs within 100..25,000)', () => {
  it.each([
    [1, 25], // ceil(100 / 1) = 100, at most 25
    [4, 25],
    [5, 20],
    [10, 10],
    [30, 4], // 90 < 100: ceil(100 / 30)
    [34, 3], // 102: within bounds
    [500, 3],
    [8_333, 3], // 24,999
    [8_334, 2], // 25,002 > 25,000: floor(25,000 / 8,334)
    [20_000, 1],
    [1_000_000, 1],
  ])('%i examples → %i epochs', (n, epochs) => {
    expect(defaultEpochs(n)).toBe(epochs)
  })
})

describe('hashText', () => {
  it('tells different texts apart and gives the same text the same hash', () => {
    expect(hashText('abc')).toBe(hashText('abc'))
    expect(hashText('abc')).not.toBe(hashText('abd'))
  })
})
