/** A low..high range (the cost model's `Range`; restated so formatting depends on nothing above it). */
type Range = { readonly low: number; readonly high: number }

/**
 * Number formatting for the cost model's sentences and "show the math". Formatters are created
 * on first use, not at load, so importing the engine costs nothing when they are not needed.
 */
let cache: Record<'whole' | 'four', Intl.NumberFormat> | null = null
const formats = () =>
  (cache ??= {
    whole: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
    four: new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }),
  })

/**
 * A count or quantity: whole numbers with separators, small ones with up to 4 significant digits.
 * @example formatQuantity(200000) // '200,000'
 * @example formatQuantity(0.02) // '0.02'
 */
export function formatQuantity(n: number): string {
  return Math.abs(n) >= 1000 ? formats().whole.format(n) : formats().four.format(n)
}

function usdDigits(n: number): string {
  const abs = Math.abs(n)
  if (abs === 0) return '0'
  if (abs >= 1000) return formats().whole.format(n)
  if (abs >= 1) return n.toFixed(2).replace(/\.00$/, '')
  return formats().four.format(n)
}

/**
 * US dollars: whole dollars from $1,000, cents below, 4 significant digits under $1.
 * @example formatUsd(12345.6) // '$12,346'
 * @example formatUsd(0.00352) // '$0.00352'
 */
export function formatUsd(n: number): string {
  return n < 0 ? `−$${usdDigits(-n)}` : `$${usdDigits(n)}`
}

/** A range of quantities: `500–1,500`, or one number when low = high. */
export function formatQuantityRange(r: Range): string {
  return r.low === r.high
    ? formatQuantity(r.low)
    : `${formatQuantity(r.low)}–${formatQuantity(r.high)}`
}

/** A range of dollars: `$1,055–1,455`, or one amount when low = high. */
export function formatUsdRange(r: Range): string {
  return r.low === r.high ? formatUsd(r.low) : `${formatUsd(r.low)}–${usdDigits(r.high)}`
}

/**
 * A daily volume rounded to two significant digits, for sentences ("about 45,000").
 * @example roundVolume(45321) // 45000
 */
export function roundVolume(n: number): number {
  if (n <= 0) return 0
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1)
  return Math.round(n / step) * step
}

/**
 * A short dollar amount for chart axes: `$950`, `$12k`, `$1.3M`.
 * @example formatUsdShort(23000) // '$23k'
 */
export function formatUsdShort(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1e6) return `$${(n / 1e6).toFixed(abs >= 1e7 ? 0 : 1).replace(/\.0$/, '')}M`
  if (abs >= 1e3) return `$${(n / 1e3).toFixed(abs >= 1e4 ? 0 : 1).replace(/\.0$/, '')}k`
  return `$${Math.round(n)}`
}
