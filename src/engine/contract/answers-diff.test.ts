import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers } from './answers'
import { changedKeys, diffAnswers } from './answers-diff'
import { answersArb } from '../testing/arbitraries'

describe('diffAnswers', () => {
  it.each<{ why: string; scenarios: Answers[]; changed: string[]; rows: string[] }>([
    { why: 'nothing answered anywhere', scenarios: [{}, {}], changed: [], rows: [] },
    {
      why: 'the same answers',
      scenarios: [
        { problem: ['tone'], volume: 'low' },
        { problem: ['tone'], volume: 'low' },
      ],
      changed: [],
      rows: ['problem', 'volume'],
    },
    {
      why: 'one value changed',
      scenarios: [{ volume: 'low' }, { volume: 'high' }],
      changed: ['volume'],
      rows: ['volume'],
    },
    {
      why: 'answered in one scenario, unknown in the other',
      scenarios: [{ examples: 'under500' }, {}],
      changed: ['examples'],
      rows: ['examples'],
    },
    {
      why: 'list order is not a difference',
      scenarios: [{ problem: ['voice', 'knowledge'] }, { problem: ['knowledge', 'voice'] }],
      changed: [],
      rows: ['problem'],
    },
    {
      why: 'a list with one more item',
      scenarios: [{ problem: ['voice'] }, { problem: ['voice', 'knowledge'] }],
      changed: ['problem'],
      rows: ['problem'],
    },
    {
      why: 'three scenarios where only the third differs',
      scenarios: [
        { volume: 'low', team: 'some' },
        { volume: 'low', team: 'some' },
        { volume: 'high', team: 'some' },
      ],
      changed: ['volume'],
      rows: ['volume', 'team'],
    },
    {
      why: 'rows come in the questionnaire’s order, whatever the key order',
      scenarios: [
        { depth: 'deep', problem: ['task'] },
        { problem: ['task'], depth: 'surface', budget: 'over50k' },
      ],
      changed: ['depth', 'budget'],
      rows: ['problem', 'depth', 'budget'],
    },
  ])('$why', ({ scenarios, changed, rows }) => {
    expect(diffAnswers(scenarios).map((r) => r.key)).toEqual(rows)
    expect(changedKeys(scenarios)).toEqual(changed)
  })

  it('keeps each scenario’s values in scenario order', () => {
    expect(diffAnswers([{ volume: 'low' }, {}, { volume: 'high' }])).toEqual([
      { key: 'volume', values: [['low'], [], ['high']], differs: true },
    ])
  })

  it('finds no difference between a scenario and itself, and is symmetric', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        expect(changedKeys([a, a])).toEqual([])
        expect(changedKeys([a, b])).toEqual(changedKeys([b, a]))
      }),
    )
  })
})
