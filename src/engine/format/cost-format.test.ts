import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatNumber,
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

  it.each([
    [1234.56, '1,234.6'],
    [7, '7'],
    [0.04, '0'],
    [-1234567.25, '-1,234,567.3'],
    [1.05, '1.1'],
  ])('formatNumber(%d) = %s', (n, text) => expect(formatNumber(n)).toBe(text))

  // The formatters are written out to spare the page Intl's locale data; they must read exactly as
  // Intl.NumberFormat would (node ships full ICU), over numbers of every size the app shows.
  it('reads as Intl.NumberFormat does', () => {
    const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
    const one = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 })
    const four = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 })
    const sized = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((n) => Math.abs(n) > 1e-9),
      fc.double({ min: 1e-7, max: 1000, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e9 }).map((i) => i / 100),
      fc.integer({ min: 0, max: 1e6 }).map((i) => i / 1000 + 0.0005),
    )
    fc.assert(
      fc.property(sized, (n) => {
        const x = Object.is(n, -0) ? 0 : n
        expect(formatNumber(x)).toBe(one.format(x).replace(/^-0$/, '0'))
        if (Math.abs(x) >= 1000) expect(formatQuantity(x)).toBe(whole.format(x))
        else if (x !== 0) expect(formatQuantity(x)).toBe(four.format(x))
      }),
      { numRuns: 5_000 },
    )
  })
})
