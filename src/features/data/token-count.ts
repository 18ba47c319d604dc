import { formatNumber } from '../../engine'
import { MODELS, type ModelId } from './data.constants'

/** Texts up to this long are counted in one go. */
const WHOLE = 4_096
/** Longer texts are cut into pieces of about this size at a space or a line break. */
const PIECE = 8_192
/** A stretch with no space or line break is cut every this many characters. */
const HARD_PIECE = 1_024

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t'

export interface PieceCounter {
  /** Counts the tokens of a text, exactly where it can. */
  count: (text: string) => number
  /** How many cuts fell inside a stretch with no space: each may be off by a token. */
  readonly roughCuts: number
}

/**
 * Wraps an exact tokenizer so that long texts cost linear time. Byte-pair encoding is quadratic
 * in the length of a word (100k letters without a space take seconds), so a long text is counted
 * in pieces cut just before a space or line break that follows and precedes other characters:
 * o200k_base's pre-tokenizer always starts a new token there, so the sum is the exact count.
 * A stretch of over 8k characters with no such place (base64, a 10 MB line of one word) is cut
 * every 1,024 characters, and such cuts are counted in `roughCuts`.
 * @example piecewise(countTokens).count('hello world') // 2
 */
export function piecewise(tokenize: (text: string) => number): PieceCounter {
  let roughCuts = 0
  const count = (text: string): number => {
    if (text.length <= WHOLE) return tokenize(text)
    let total = 0
    let from = 0
    while (from < text.length) {
      let to = Math.min(from + PIECE, text.length)
      if (to < text.length) {
        let cut = to
        while (
          cut > from + 1 &&
          !(isSpace(text[cut]) && !isSpace(text[cut - 1]) && !isSpace(text[cut + 1]))
        )
          cut--
        if (cut > from + 1) to = cut
        else {
          to = from + HARD_PIECE
          roughCuts++
        }
      }
      total += tokenize(text.slice(from, to))
      from = to
    }
    return total
  }
  return {
    count,
    get roughCuts() {
      return roughCuts
    },
  }
}

/** A token count for one model: exact for OpenAI's encoding, otherwise an estimate with its band. */
export interface ModelTokens {
  tokens: number
  exact: boolean
  /** ± this percent, for an estimate. */
  errorPct: number
}

/**
 * The tokens a model would see, from the exact o200k_base count.
 * @example forModel(1000, 'claude') // { tokens: 1200, exact: false, errorPct: 20 }
 */
export function forModel(o200kTokens: number, model: ModelId): ModelTokens {
  const counting = MODELS[model].counting
  if (counting.kind === 'exact') return { tokens: o200kTokens, exact: true, errorPct: 0 }
  return {
    tokens: Math.round(o200kTokens * counting.factor),
    exact: false,
    errorPct: counting.errorPct,
  }
}

/** A token count in words: "1,234 tokens" or "≈ 1,480 tokens (estimate ±20%)". */
export function formatTokens(t: ModelTokens): string {
  const n = formatNumber(t.tokens)
  return t.exact ? `${n} tokens` : `≈ ${n} tokens (estimate ±${t.errorPct}%)`
}
