import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import { GATES, blockersFor, budgetBlocker } from './gates'
import { must } from '../must'

const gates = (approach: 'lora' | 'full', q: string) =>
  blockersFor(approach, parseAnswers(q).answers).map((b) => `${b.gate}:${b.state}`)

describe('feasibility gates', () => {
  it('has unique ids, words for why and for what would unlock it', () => {
    const ids = GATES.map((g) => g.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const g of GATES) {
      expect(g.blocked.length).toBeGreaterThan(30)
      expect(g.unlock.length).toBeGreaterThan(10)
      expect(g.approaches.every((a) => a === 'lora' || a === 'full')).toBe(true)
    }
  })

  it.each([
    ['lora', 'problem=tone&baseline=prompt&examples=500to5k', []],
    ['lora', 'problem=tone&examples=500to5k', ['nothing-measured:not-yet']],
    ['lora', 'problem=tone&baseline=none&examples=500to5k', ['nothing-measured:blocked']],
    ['lora', 'baseline=prompt&examples=500to5k', ['problem-not-named:not-yet']],
    ['lora', 'problem=tone&baseline=prompt', ['too-few-examples:not-yet']],
    ['lora', 'problem=tone&baseline=prompt&examples=under500', ['too-few-examples:blocked']],
    ['lora', 'problem=tone&baseline=prompt&examples=500to5k&team=none', ['no-team:blocked']],
    [
      'lora',
      'problem=tone&baseline=prompt&examples=500to5k&hosting=api',
      ['api-offers-no-tuning:blocked'],
    ],
    [
      'lora',
      'problem=tone&baseline=prompt&examples=500to5k&churn=likely',
      ['better-base-model-coming:blocked'],
    ],
    [
      'lora',
      'problem=voice,knowledge&baseline=prompt&examples=500to5k&corpus=large',
      ['rag-not-measured:blocked'],
    ],
    [
      'lora',
      'problem=format&baseline=prompt&examples=500to5k&measured=99&target=98',
      ['target-met:blocked'],
    ],
    [
      'full',
      'problem=task&baseline=prompt-rag&examples=over5k&team=dedicated&budget=over50k&depth=deep&hosting=self-host',
      [],
    ],
    [
      'full',
      'problem=task&baseline=prompt-rag&examples=500to5k&team=some&budget=1kto10k&depth=surface&hosting=managed-ft',
      [
        'full-needs-own-weights:blocked',
        'full-needs-5k-examples:blocked',
        'full-needs-dedicated-team:blocked',
        'full-needs-budget:blocked',
        'full-needs-deep-change:blocked',
      ],
    ],
    [
      'full',
      'problem=knowledge&baseline=prompt-rag&examples=over5k&team=dedicated&budget=over50k&depth=deep&hosting=self-host',
      ['full-not-for-facts:blocked'],
    ],
  ] as const)('%s with “%s”', (approach, query, expected) => {
    expect(gates(approach, query)).toEqual(expected)
  })

  it('phrases every unlock as an action, to read after “once you” and “to unlock it:”', () => {
    const verbs = /^(name|measure|add|raise|collect|find|move|train|keep|staff|show|re-measure) /
    for (const gate of GATES) expect(gate.unlock).toMatch(verbs)
    expect(must(budgetBlocker('lora', 5_000, 'under1k')).unlock).toMatch(verbs)
  })

  it('turns the cost model into a budget gate for training only', () => {
    expect(budgetBlocker('full', 20_000, 'under1k')?.unlock).toBe(
      'raise the one-time budget to at least $20,000',
    )
    expect(budgetBlocker('full', 900, 'under1k')).toBeNull()
    expect(budgetBlocker('rag', 5_000, 'under1k')).toBeNull()
  })
})
