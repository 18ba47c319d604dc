import { at } from '../must'
/** A low..high range (the cost model's `Range`; restated so formatting depends on nothing above it). */
type Range = { readonly low: number; readonly high: number }

/**
 * Number formatting for the cost model's sentences, "show the math" and the data page, written
 * out rather than taken from `Intl.NumberFormat`: a page's first `Intl.NumberFormat` loads the
 * locale data, one main-thread task of 60–240 ms in Chromium (measured on this machine under
 * load), for output that is always en-US digits with comma separators. The unit tests check
 * these functions against `Intl.NumberFormat` over generated numbers.
 */

/** Comma separators in the whole part of a plain decimal string (`1234567.5` → `1,234,567.5`). */
function group(plain: string): string {
  const dot = plain.indexOf('.')
  const whole = dot < 0 ? plain : plain.slice(0, dot)
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = whole.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${sign}${digits}${dot < 0 ? '' : plain.slice(dot)}`
}

/** Rounded to `digits` decimals, trailing zeros dropped (Intl's `maximumFractionDigits`). */
function fractionDigits(n: number, digits: number): string {
  const plain = roundHalfExpand(Math.abs(n), digits)
  const trimmed = digits > 0 && plain.includes('.') ? plain.replace(/\.?0+$/, '') : plain
  return group(n < 0 && /[1-9]/.test(trimmed) ? `-${trimmed}` : trimmed)
}

/**
 * A non-negative number rounded half away from zero to `digits` decimals, as Intl rounds: on
 * the number's shortest decimal form, digit by digit, so 1.005 gives 1.01 and 1.0294999999999999
 * gives 1.029 (shifting by powers of ten in floating point gets both wrong).
 */
function roundHalfExpand(abs: number, digits: number): string {
  const text = `${abs}`
  // Exponent forms (under 1e-6, from 1e21) are nothing the app shows; toFixed is close enough.
  if (text.includes('e')) return abs.toFixed(digits)
  const [whole = '0', fraction = ''] = text.split('.')
  if (fraction.length <= digits)
    return digits === 0 ? whole : `${whole}.${fraction.padEnd(digits, '0')}`
  const kept = Array.from(`${whole}${fraction.slice(0, digits)}`, Number)
  if (Number(fraction[digits]) >= 5) {
    let i = kept.length - 1
    while (i >= 0 && kept[i] === 9) kept[i--] = 0
    if (i >= 0) kept[i] = at(kept, i) + 1
    else kept.unshift(1)
  }
  const all = kept.join('')
  const cut = all.length - digits
  return digits === 0 ? all : `${all.slice(0, cut)}.${all.slice(cut)}`
}

/** Four significant digits, trailing zeros dropped (Intl's `maximumSignificantDigits: 4`). */
function significant4(n: number): string {
  if (n === 0) return '0'
  const magnitude = Math.floor(Math.log10(Math.abs(n)))
  // Capped at 20 decimals (toFixed's reach in practice): nothing the app shows is that small.
  return fractionDigits(n, Math.min(20, Math.max(0, 3 - magnitude)))
}

/**
 * A number with separators and at most one decimal.
 * @example formatNumber(1234.56) // '1,234.6'
 * @example formatNumber(7) // '7'
 */
export function formatNumber(n: number): string {
  return fractionDigits(n, 1)
}

/**
 * A count or quantity: whole numbers with separators, small ones with up to 4 significant digits.
 * @example formatQuantity(200000) // '200,000'
 * @example formatQuantity(0.02) // '0.02'
 */
export function formatQuantity(n: number): string {
  return Math.abs(n) >= 1000 ? fractionDigits(n, 0) : significant4(n)
}

function usdDigits(n: number): string {
  const abs = Math.abs(n)
  if (abs === 0) return '0'
  if (abs >= 1000) return fractionDigits(n, 0)
  if (abs >= 1) return n.toFixed(2).replace(/\.00$/, '')
  return significant4(n)
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
