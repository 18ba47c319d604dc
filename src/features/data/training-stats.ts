import type { Spread } from './data.types'
import { at } from '../../engine'

/**
 * The p-th percentile (0..100) of sorted numbers, linearly interpolated between the two nearest
 * ranks (NumPy's and Excel's PERCENTILE.INC default). NaN for no numbers.
 * @example percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95) // 9.55
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return Number.NaN
  const rank = (p / 100) * (n - 1)
  const lo = Math.floor(rank)
  const hi = Math.min(lo + 1, n - 1)
  const below = at(sorted, lo)
  return below + (at(sorted, hi) - below) * (rank - lo)
}

/**
 * Min, p5, median, p95 and max of a list of numbers (in any order); null for an empty list.
 * @example spread([3, 1, 2]) // { min: 1, p5: 1.1, median: 2, p95: 2.9, max: 3 }
 */
export function spread(values: ArrayLike<number>): Spread | null {
  if (values.length === 0) return null
  const sorted = Float64Array.from(values).sort()
  return {
    min: at(sorted, 0),
    p5: percentile(sorted, 5),
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: at(sorted, -1),
  }
}

/** OpenAI's bounds on examples × epochs for its default number of epochs. */
export const MIN_TARGET_EXAMPLES = 100
export const MAX_TARGET_EXAMPLES = 25_000
export const DEFAULT_EPOCHS = 3
export const MAX_EPOCHS = 25

/**
 * The number of epochs OpenAI's fine-tuning picks by default for `n` examples: 3, raised so that
 * examples × epochs reaches 100 (at most 25 epochs), or lowered so that it stays within 25,000
 * (at least 1).
 * @example defaultEpochs(10) // 10
 * @example defaultEpochs(20_000) // 1
 */
export function defaultEpochs(n: number): number {
  if (n <= 0) return DEFAULT_EPOCHS
  if (n * DEFAULT_EPOCHS < MIN_TARGET_EXAMPLES)
    return Math.min(MAX_EPOCHS, Math.ceil(MIN_TARGET_EXAMPLES / n))
  if (n * DEFAULT_EPOCHS > MAX_TARGET_EXAMPLES)
    return Math.max(1, Math.floor(MAX_TARGET_EXAMPLES / n))
  return DEFAULT_EPOCHS
}

/**
 * 53-bit hash of a string (cyrb53): duplicates are found by hash, so a 10 MB file is not kept
 * in memory twice.
 */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
