import { describe, expect, it } from 'vitest'
import {
  formatQuantity,
  formatQuantityRange,
  formatUsd,
  formatUsdRange,
  formatUsdShort,
  roundVolume,
} from './cost-format'
import { range } from '../cost/estimates'

describe('cost formatting', () => {
  it.each([
    [0, '$0'],
    [0.0035216, '$0.003522'],
    [1.4667, '$1.47'],
    [8.8, '$8.80'],
    [84, '$84'],
    [112.5, '$112.50'],
    [1055.4, '$1,055'],
    [-5, '−$5'],
  ])('formatUsd(%d) = %s', (n, text) => expect(formatUsd(n)).toBe(text))

  it.each([
    [200_000, '200,000'],
    [0.02, '0.02'],
    [2.2, '2.2'],
    [0.33333, '0.3333'],
  ])('formatQuantity(%d) = %s', (n, text) => expect(formatQuantity(n)).toBe(text))

  it('writes ranges with the unit once', () => {
    expect(formatUsdRange(range(1054.8, 1454.8))).toBe('$1,055–1,455')
    expect(formatUsdRange(range(800))).toBe('$800')
    expect(formatQuantityRange(range(500, 1500))).toBe('500–1,500')
    expect(formatQuantityRange(range(3))).toBe('3')
  })

  it.each([
    [45_321, 45_000],
    [1_349, 1_300],
    [87, 87],
    [0, 0],
  ])('roundVolume(%d) = %d', (n, r) => expect(roundVolume(n)).toBe(r))

  it.each([
    [950, '$950'],
    [2_400, '$2.4k'],
    [23_000, '$23k'],
    [1_250_000, '$1.3M'],
    [12_000_000, '$12M'],
  ])('formatUsdShort(%d) = %s', (n, text) => expect(formatUsdShort(n)).toBe(text))
})
