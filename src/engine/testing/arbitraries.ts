import fc from 'fast-check'
import { ANSWER_VALUES, SINGLE_KEYS, type Answers } from '../contract/answers'

/** Any answer set the contract allows: each key unknown or one of its values. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    problem: fc.uniqueArray(fc.constantFrom(...ANSWER_VALUES.problem), { minLength: 1 }),
    ...Object.fromEntries(SINGLE_KEYS.map((k) => [k, fc.constantFrom(...ANSWER_VALUES[k])])),
  },
  { requiredKeys: [] },
)
