import fc from 'fast-check'
import { ANSWER_VALUES, SINGLE_KEYS, type Answers } from '../contract/answers'

/** A score the contract allows: 0..100 with at most one decimal. */
export const scoreArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10)

/** Any answer set the contract allows: each key unknown or one of its values (scores too). */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    problem: fc.uniqueArray(fc.constantFrom(...ANSWER_VALUES.problem), { minLength: 1 }),
    ...Object.fromEntries(SINGLE_KEYS.map((k) => [k, fc.constantFrom(...ANSWER_VALUES[k])])),
    measured: scoreArb,
    target: scoreArb,
  },
  { requiredKeys: [] },
)
