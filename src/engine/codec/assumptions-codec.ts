import { ASSUMPTION_PREFIX, type Ignored, type ParsedAnswers } from './codec'
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_ORDER,
  checkValue,
  getAssumption,
  sameValue,
  setAssumption,
  type AssumptionField,
  type AssumptionId,
  type AssumptionValue,
} from '../cost/cost-assumptions'
import { DEFAULT_ASSUMPTIONS, range, type Assumptions } from '../cost/estimates'
import { decode, shown } from './query-text'
import {
  MODEL_CHOICE_KEYS,
  MODEL_REF,
  MODEL_SLOT_LABELS,
  type ModelSlot,
} from '../cost/prices/price-catalog'
import { must } from '../must'

/**
 * Assumption overrides in a share link. Each is a query parameter `a.<key>=<value>` next to the
 * answers, e.g. `#/result?volume=high&a.qpd=50000&a.pin=2.5&a.rag=1500-2500&a.h=24`:
 * - keys are the short `key`s of ASSUMPTION_FIELDS (cost-assumptions.ts), listed in the README;
 * - a value is a plain decimal number (`2.5`, no exponent, no thousands separator);
 * - a range is `low-high` (`1500-2500`); one number sets low = high;
 * - only values that differ from the defaults are written, in the table's order;
 * - a model chosen from the price catalog is `a.m=<provider>:<model>` (prompting and RAG) or
 *   `a.lm=<provider>:<model>` (the LoRA base model), written first; its prices follow as numbers.
 */

/** Assumption overrides read from a share-link query (keys prefixed `a.`). */
export interface ParsedAssumptions {
  assumptions: Assumptions
  problems: string[]
  ignored: ParsedAnswers['ignored']
}

/** A plain decimal: `12`, `2.5`, `.5`, or `2.` while it is being typed. */
const NUMBER = '(\\d+(?:\\.\\d*)?|\\.\\d+)'
const ONE = new RegExp(`^${NUMBER}$`)
const TWO = new RegExp(`^${NUMBER}-${NUMBER}$`)

const BY_KEY: ReadonlyMap<string, AssumptionId> = new Map(
  ASSUMPTION_ORDER.map((id) => [ASSUMPTION_FIELDS[id].key, id]),
)
const MODEL_SLOTS = Object.keys(MODEL_CHOICE_KEYS) as ModelSlot[]
const SLOT_BY_KEY: ReadonlyMap<string, ModelSlot> = new Map(
  MODEL_SLOTS.map((slot) => [MODEL_CHOICE_KEYS[slot], slot]),
)
const MODEL_PROP = { hosted: 'hostedModel', tuned: 'tunedModel' } as const

/**
 * Reads one assumption's value as written in a link or typed in the panel: a number, or
 * `low-high` for a range (spaces, thousands commas and an en dash are tolerated). Returns the
 * value, or why it cannot be used, in words.
 * @example parseAssumptionValue(ASSUMPTION_FIELDS.ragExtraTokens, '1500-2500')
 * // { ok: true, value: { low: 1500, high: 2500 } }
 */
export function parseAssumptionValue(
  field: AssumptionField,
  text: string,
): { ok: true; value: AssumptionValue } | { ok: false; reason: string } {
  const clean = text.replace(/[\s,]/g, '').replace(/[–—]/g, '-')
  if (clean === '') {
    if (field.kind === 'number' && field.nullable) return { ok: true, value: null }
    return { ok: false, reason: 'a value is needed' }
  }
  if (/^-\d/.test(clean) || /--/.test(clean)) return { ok: false, reason: 'it cannot be negative' }
  let value: AssumptionValue
  const one = ONE.exec(clean)
  const two = field.kind === 'range' ? TWO.exec(clean) : null
  if (one) {
    value = field.kind === 'range' ? range(Number(one[1])) : Number(one[1])
  } else if (two) {
    value = range(Number(two[1]), Number(two[2]))
  } else {
    return {
      ok: false,
      reason:
        field.kind === 'range'
          ? 'it is not a number or a range such as 1500-2500'
          : 'it is not a number',
    }
  }
  const problem = checkValue(field, value)
  return problem ? { ok: false, reason: problem } : { ok: true, value }
}

/**
 * Reads assumption overrides (`a.*` keys) from a share-link query, with or without its leading
 * '?'; everything else is left to parseAnswers (which also reports broken percent-encoding and
 * over-long links, so this does not repeat them). Never throws: each bad part becomes a problem in
 * words and is ignored; every valid override is kept.
 * @example parseAssumptions('volume=high&a.qpd=50000&a.pin=-1').assumptions.queriesPerDay // 50000
 */
export function parseAssumptions(query: string): ParsedAssumptions {
  let assumptions = DEFAULT_ASSUMPTIONS
  const ignored: Ignored[] = []
  const text = typeof query === 'string' ? query : ''
  const body = text.startsWith('?') ? text.slice(1) : text
  const seen = new Set<AssumptionId | ModelSlot>()

  for (const part of body.split('&')) {
    if (part === '') continue
    const eq = part.indexOf('=')
    const key = decode(eq === -1 ? part : part.slice(0, eq))
    const value = eq === -1 ? null : decode(part.slice(eq + 1))
    if (key === null || (eq !== -1 && value === null) || !key.startsWith(ASSUMPTION_PREFIX))
      continue

    const short = key.slice(ASSUMPTION_PREFIX.length)
    const id = BY_KEY.get(short)
    const base = { key, ...(value === null ? {} : { value }), fixable: false }
    const slot = SLOT_BY_KEY.get(short)
    if (slot !== undefined) {
      const what = MODEL_SLOT_LABELS[slot]
      const problem =
        value === null || value === ''
          ? `"${key}" (${what}) has no value, so no model was chosen.`
          : seen.has(slot)
            ? `"${key}" (${what}) appears more than once; only its first value was kept.`
            : !MODEL_REF.test(value)
              ? `"${shown(value)}" is not usable for "${key}" (${what}): it is not a model reference such as openai:gpt-5-mini, so no model was chosen.`
              : null
      if (problem) ignored.push({ ...base, message: problem })
      else assumptions = { ...assumptions, [MODEL_PROP[slot]]: value }
      seen.add(slot)
      continue
    }
    if (id === undefined) {
      ignored.push({
        ...base,
        message: `"${shown(key)}" is not an assumption we know, so it was ignored.`,
      })
      continue
    }
    const field = ASSUMPTION_FIELDS[id]
    if (value === null || value === '') {
      ignored.push({
        ...base,
        message: `"${key}" (${field.label.toLowerCase()}) has no value, so the default was kept.`,
      })
      continue
    }
    if (seen.has(id)) {
      ignored.push({
        ...base,
        message: `"${key}" (${field.label.toLowerCase()}) appears more than once; only its first value was kept.`,
      })
      continue
    }
    seen.add(id)
    const parsed = parseAssumptionValue(field, value)
    if (!parsed.ok) {
      ignored.push({
        ...base,
        message: `"${shown(value)}" is not usable for "${key}" (${field.label.toLowerCase()}, ${field.unit}): ${parsed.reason}, so the default was kept.`,
      })
      continue
    }
    assumptions = setAssumption(assumptions, id, parsed.value)
  }

  return { assumptions, problems: ignored.map((i) => i.message), ignored }
}

/**
 * A number as plain decimal text that reads back to the same number: `String` where it has no
 * exponent, otherwise the digits spelt out (`1.5e-7` → `0.00000015`).
 */
export function plainNumber(n: number): string {
  const text = String(n)
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const whole = must(match[1], `the digits of ${text}`)
  const digits = whole + (match[2] ?? '')
  const point = whole.length + Number(match[3])
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length)
  return `${digits.slice(0, point)}.${digits.slice(point)}`
}

/** One assumption's value as written in a link (and shown in the panel's inputs). */
export function formatAssumptionValue(value: AssumptionValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return plainNumber(value)
  return value.low === value.high
    ? plainNumber(value.low)
    : `${plainNumber(value.low)}-${plainNumber(value.high)}`
}

/**
 * Writes the assumptions that differ from the defaults as `a.*` query parameters, in the table's
 * order (no leading '?' or '&'; '' when nothing differs).
 * @example serializeAssumptions({ ...DEFAULT_ASSUMPTIONS, horizonMonths: 24 }) // 'a.h=24'
 */
export function serializeAssumptions(assumptions: Assumptions): string {
  const parts: string[] = []
  for (const slot of MODEL_SLOTS) {
    const ref = assumptions[MODEL_PROP[slot]]
    if (ref !== null) parts.push(`${ASSUMPTION_PREFIX}${MODEL_CHOICE_KEYS[slot]}=${ref}`)
  }
  for (const id of ASSUMPTION_ORDER) {
    const value = getAssumption(assumptions, id)
    if (sameValue(value, getAssumption(DEFAULT_ASSUMPTIONS, id))) continue
    parts.push(`${ASSUMPTION_PREFIX}${ASSUMPTION_FIELDS[id].key}=${formatAssumptionValue(value)}`)
  }
  return parts.join('&')
}
