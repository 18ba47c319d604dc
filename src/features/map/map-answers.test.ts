import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recommend } from '../../engine/decision/recommend'
import { decisionPath } from '../../engine/map/decision-path'
import { answersArb } from '../../engine/testing/arbitraries'
import { relevantAnswers } from '../../questions/steps'

describe('the map reads the answers the result reads', () => {
  it('ends at the result’s plan, and an answer to a question the branching skipped steers neither', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        // The map route keeps the asked questions' answers only; the result reads the link.
        const plan = recommend(a).stack
        expect(decisionPath(relevantAnswers(a)).stack).toEqual(plan)
        expect(recommend(relevantAnswers(a)).stack).toEqual(plan)
      }),
      { numRuns: 2000 },
    )
  })
})
