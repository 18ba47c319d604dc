import {
  ANSWER_KEYS,
  ANSWER_VALUES,
  isAnswerKey,
  isAnswerValue,
  isListKey,
  isScore,
  isScoreKey,
  SCORE_KEYS,
  type Answers,
  type Problem,
  type QuestionKey,
} from '../contract/answers'
import { decode, shown } from './query-text'
import { formatNumber } from '../format/cost-format'
import { at } from '../must'

/** One part of a link that was not used, and why. */
export interface Ignored {
  /** The key as written (decoded), or '' when the part had none. */
  key: string
  /** The value as written (decoded), when there was one. */
  value?: string
  /** True when the key is a real question, so the wizard can ask it again. */
  fixable: boolean
  message: string
}

export interface ParsedAnswers {
  answers: Answers
  /** One sentence per bad key or value. */
  problems: string[]
  /** The same, structured: what was ignored, for "fix it in the wizard". */
  ignored: Ignored[]
}

/** A full set of answers serializes to about 300 characters; anything far beyond is not ours. */
export const MAX_QUERY_LENGTH = 2_000
/** Keys of assumption overrides (see the cost model), read by `parseAssumptions`, not here. */
export const ASSUMPTION_PREFIX = 'a.'

/** Whether a query part belongs to the assumptions, not to the answers. */
export function isAssumptionKey(key: string): boolean {
  return key.startsWith(ASSUMPTION_PREFIX)
}

/**
 * Reads answers from a share-link query, with or without its leading '?'. Never throws: every
 * bad part becomes a problem in words, and every valid answer is kept.
 * @example parseAnswers('problem=tone&volume=huge')
 * // { answers: { problem: ['tone'] }, problems: ['"huge" is not an answer to "volume" …'], … }
 */
export function parseAnswers(query: string): ParsedAnswers {
  const answers: { -readonly [K in QuestionKey]?: Answers[K] } = {}
  const ignored: Ignored[] = []
  const text = typeof query === 'string' ? query : ''
  const body = text.startsWith('?') ? text.slice(1) : text

  if (body.length > MAX_QUERY_LENGTH) {
    ignored.push({
      key: '',
      fixable: false,
      message: `The link is unusually long (${formatNumber(body.length)} characters; a full set of answers needs about 300). Only its valid answers were read.`,
    })
  }

  const seen = new Set<QuestionKey>()
  for (const part of body.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const rawKey = eq === -1 ? part : part.slice(0, eq)
    const rawValue = eq === -1 ? null : part.slice(eq + 1)
    const key = decode(rawKey)
    const value = rawValue === null ? null : decode(rawValue)

    if (key === null || (rawValue !== null && value === null)) {
      ignored.push({
        key: key ?? '',
        fixable: key !== null && isAnswerKey(key),
        message: `"${shown(part)}" is not valid percent-encoding and was ignored.`,
      })
      continue
    }
    if (isAssumptionKey(key)) continue
    if (isScoreKey(key)) {
      const problem = readScore(key, value, seen)
      if (typeof problem === 'number') answers[key] = problem
      else ignored.push(problem)
      continue
    }
    if (!isAnswerKey(key)) {
      ignored.push({
        key,
        ...(value === null ? {} : { value }),
        fixable: false,
        message: `"${shown(key)}" is not a question we ask, so it was ignored.`,
      })
      continue
    }
    if (value === null || value === '') {
      ignored.push({
        key,
        value: value ?? '',
        fixable: true,
        message: `"${key}" has no value, so it was left unanswered.`,
      })
      continue
    }
    if (seen.has(key)) {
      ignored.push({
        key,
        value,
        fixable: true,
        message: `"${key}" appears more than once; only its first value was kept.`,
      })
      continue
    }
    seen.add(key)

    const items = value.split(',').filter((v) => v !== '')
    if (items.length === 0) {
      ignored.push({
        key,
        value,
        fixable: true,
        message: `"${key}" lists no value (only commas), so it was left unanswered.`,
      })
      continue
    }
    if (isListKey(key)) {
      const kept: Problem[] = []
      for (const item of items) {
        if (!isAnswerValue(key, item)) {
          ignored.push({
            key,
            value: item,
            fixable: true,
            message: `"${shown(item)}" is not an answer to "${key}" (expected some of: ${ANSWER_VALUES[key].join(', ')}), so it was ignored.`,
          })
        } else if (!kept.includes(item)) {
          kept.push(item)
        }
      }
      if (kept.length > 0) answers[key] = kept
      continue
    }
    if (items.length !== 1) {
      ignored.push({
        key,
        value,
        fixable: true,
        message: `"${key}" takes one value, but "${shown(value)}" gives ${items.length}; it was left unanswered.`,
      })
      continue
    }
    const item = at(items, 0)
    if (!isAnswerValue(key, item)) {
      ignored.push({
        key,
        value: item,
        fixable: true,
        message: `"${shown(item)}" is not an answer to "${key}" (expected one of: ${ANSWER_VALUES[key].join(', ')}), so it was left unanswered.`,
      })
      continue
    }
    ;(answers as Record<string, string>)[key] = item
  }

  return { answers, problems: ignored.map((i) => i.message), ignored }
}

const SCORE_TEXT = /^\d{1,3}(\.\d)?$/

/** A score answer (0..100, at most one decimal), or what was ignored and why. */
function readScore(key: 'measured' | 'target', value: string | null, seen: Set<QuestionKey>) {
  if (value === null || value === '') {
    return {
      key,
      value: value ?? '',
      fixable: true,
      message: `"${key}" has no value, so it was left unanswered.`,
    } satisfies Ignored
  }
  if (seen.has(key)) {
    return {
      key,
      value,
      fixable: true,
      message: `"${key}" appears more than once; only its first value was kept.`,
    } satisfies Ignored
  }
  seen.add(key)
  const n = Number(value)
  if (!SCORE_TEXT.test(value) || !isScore(n)) {
    return {
      key,
      value,
      fixable: true,
      message: `"${shown(value)}" is not a score for "${key}" (expected a percentage from 0 to 100, at most one decimal, e.g. 95 or 97.5), so it was left unanswered.`,
    } satisfies Ignored
  }
  return n
}

/**
 * Writes answers as a share-link query (no leading '?'), keys in the contract's order.
 * @example serializeAnswers({ volume: 'high', problem: ['knowledge', 'voice'] })
 * // 'problem=knowledge,voice&volume=high'
 */
export function serializeAnswers(answers: Answers): string {
  const parts: string[] = []
  for (const key of ANSWER_KEYS) {
    const value = answers[key]
    if (value === undefined) continue
    if (typeof value === 'string') {
      parts.push(`${key}=${value}`)
    } else if (value.length > 0) {
      parts.push(`${key}=${[...new Set(value)].join(',')}`)
    }
  }
  for (const key of SCORE_KEYS) {
    const value = answers[key]
    if (value !== undefined) parts.push(`${key}=${value}`)
  }
  return parts.join('&')
}

/**
 * A result query in its canonical form: valid answers in contract order, then the assumption
 * overrides (`a.*`) as given. Returns what was dropped, in words.
 * @example canonicalQuery('?volume=high&a.qpd=50000&problem=tone')
 * // { query: 'problem=tone&volume=high&a.qpd=50000', problems: [] }
 */
export function canonicalQuery(query: string): { query: string; problems: string[] } {
  const body = query.startsWith('?') ? query.slice(1) : query
  const { answers, problems } = parseAnswers(body)
  const overrides = body.split('&').filter((part) => isAssumptionKey(decode(part) ?? ''))
  return { query: [serializeAnswers(answers), ...overrides].filter(Boolean).join('&'), problems }
}
