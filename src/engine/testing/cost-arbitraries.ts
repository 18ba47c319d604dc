import fc from 'fast-check'
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_ORDER,
  setAssumption,
  type AssumptionField,
  type AssumptionValue,
} from '../cost-assumptions'
import { DEFAULT_ASSUMPTIONS, range, type Assumptions } from '../estimates'

/** A number a field accepts: anywhere in its bounds, or (more often) near its default's scale. */
function numberArb(field: AssumptionField): fc.Arbitrary<number> {
  const any = field.integer
    ? fc.integer({ min: field.min, max: field.max })
    : fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true })
  const plain = field.integer
    ? fc.integer({ min: field.min, max: Math.min(field.max, 60) })
    : fc
        .integer({ min: 0, max: 100_000 })
        .map((n) => Math.max(field.min, Math.min(field.max, n / 100)))
  return fc
    .oneof({ arbitrary: plain, weight: 3 }, { arbitrary: any, weight: 1 })
    .map((n) => (Object.is(n, -0) ? 0 : n))
}

function valueArb(field: AssumptionField): fc.Arbitrary<AssumptionValue> {
  if (field.kind === 'range')
    return fc
      .tuple(numberArb(field), numberArb(field))
      .map(([x, y]) => range(Math.min(x, y), Math.max(x, y)))
  return field.nullable ? fc.option(numberArb(field), { nil: null }) : numberArb(field)
}

/** Any valid assumptions: each field at its default or at any value its bounds allow. */
export const assumptionsArb: fc.Arbitrary<Assumptions> = fc
  .tuple(
    ...ASSUMPTION_ORDER.map((id) => fc.option(valueArb(ASSUMPTION_FIELDS[id]), { nil: undefined })),
  )
  .map((values) =>
    values.reduce<Assumptions>(
      (a, v, i) => (v === undefined ? a : setAssumption(a, ASSUMPTION_ORDER[i]!, v)),
      DEFAULT_ASSUMPTIONS,
    ),
  )
