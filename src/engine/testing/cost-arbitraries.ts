import fc from 'fast-check'
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_ORDER,
  setAssumption,
  type AssumptionField,
  type AssumptionValue,
} from '../cost/cost-assumptions'
import { DEFAULT_ASSUMPTIONS, range, type Assumptions } from '../cost/estimates'
import { at } from '../must'

/**
 * A number a field accepts: a plain figure with at most two decimals, as people type them, or
 * (with `extremes`) now and then anything its bounds allow, tiny and huge values included.
 */
function numberArb(field: AssumptionField, extremes: boolean): fc.Arbitrary<number> {
  const plain = field.integer
    ? fc.integer({ min: field.min, max: Math.min(field.max, 60) })
    : fc
        .integer({ min: 0, max: 100_000 })
        .map((n) => Math.max(field.min, Math.min(field.max, n / 100)))
  if (!extremes) return plain
  const any = field.integer
    ? fc.integer({ min: field.min, max: field.max })
    : fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true })
  return fc
    .oneof({ arbitrary: plain, weight: 3 }, { arbitrary: any, weight: 1 })
    .map((n) => (Object.is(n, -0) ? 0 : n))
}

function valueArb(field: AssumptionField, extremes: boolean): fc.Arbitrary<AssumptionValue> {
  const n = numberArb(field, extremes)
  if (field.kind === 'range')
    return fc.tuple(n, n).map(([x, y]) => range(Math.min(x, y), Math.max(x, y)))
  return field.nullable ? fc.option(n, { nil: null }) : n
}

const arb = (extremes: boolean): fc.Arbitrary<Assumptions> =>
  fc
    .tuple(
      ...ASSUMPTION_ORDER.map((id) =>
        fc.option(valueArb(ASSUMPTION_FIELDS[id], extremes), { nil: undefined }),
      ),
    )
    .map((values) =>
      values.reduce<Assumptions>(
        (a, v, i) => (v === undefined ? a : setAssumption(a, at(ASSUMPTION_ORDER, i), v)),
        DEFAULT_ASSUMPTIONS,
      ),
    )

/** Any valid assumptions: each field at its default or at any value its bounds allow. */
export const assumptionsArb = arb(true)
/** Valid assumptions as people type them: plain figures with at most two decimals. */
export const typedAssumptionsArb = arb(false)
