import { describe, expect, it } from 'vitest'
import { MAX_SCENARIO_NAME, cleanScenarioName, compareQuery, parseComparison } from './compare-link'
import { at } from '../../engine'

const TODAY = 'problem=voice,knowledge&examples=under500&baseline=prompt&volume=medium'
const LATER = 'problem=voice,knowledge&examples=500to5k&baseline=prompt-rag&volume=high'

describe('compareQuery', () => {
  it('encodes each scenario’s query and name', () => {
    expect(compareQuery([{ query: 'volume=low', name: 'Today' }, { query: '?volume=high' }])).toBe(
      'a=volume%3Dlow&an=Today&b=volume%3Dhigh',
    )
  })

  it('keeps at most three scenarios', () => {
    const q = compareQuery([1, 2, 3, 4].map(() => ({ query: 'volume=low' })))
    expect(q.split('&').map((p) => p.split('=')[0])).toEqual(['a', 'b', 'c'])
  })
})

describe('parseComparison', () => {
  it('round-trips scenarios, names and assumption overrides', () => {
    const link = compareQuery([
      { query: TODAY, name: 'Today' },
      { query: `${LATER}&a.in=900`, name: 'In six months' },
    ])
    const { scenarios, problems } = parseComparison(`?${link}`)
    expect(problems).toEqual([])
    expect(scenarios.map((s) => [s.letter, s.name, s.query])).toEqual([
      ['a', 'Today', TODAY],
      ['b', 'In six months', `${LATER}&a.in=900`],
    ])
    expect(at(scenarios, 1).answers.volume).toBe('high')
    expect(at(scenarios, 1).assumptions.inputTokens).toBe(900)
    expect(at(scenarios, 0).assumptions.inputTokens).not.toBe(900)
  })

  it.each([
    { why: 'an empty link', search: '', problem: /no scenarios/ },
    { why: 'one scenario', search: 'a=volume%3Dlow', problem: /at least two/ },
    { why: 'an unknown parameter', search: 'a=&b=&zz=1', problem: /“zz” is not part/ },
    { why: 'a repeated scenario', search: 'a=&b=&a=volume%3Dhigh', problem: /“a” appears more/ },
    { why: 'a name without its scenario', search: 'a=&b=&cn=X', problem: /“cn” names/ },
    { why: 'a huge parameter', search: `a=&b=&x=${'y'.repeat(10_000)}`, problem: /“x” is not/ },
  ])('reports $why without throwing', ({ search, problem }) => {
    expect(parseComparison(search).problems.join(' ')).toMatch(problem)
  })

  it('keeps valid scenarios wherever they are in a long link', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `j${i}=1`).join('&')
    const search = `${junk}&a=${encodeURIComponent('volume=low')}&an=Today&b=${encodeURIComponent('volume=high')}`
    expect(search.length).toBeGreaterThan(20_000)
    const { scenarios, problems } = parseComparison(search)
    expect(scenarios.map((s) => [s.name, s.query])).toEqual([
      ['Today', 'volume=low'],
      ['Scenario B', 'volume=high'],
    ])
    // The first few named, the rest counted.
    expect(problems).toHaveLength(6)
    expect(problems[0]).toMatch(/“j0” is not part/)
    expect(problems[5]).toBe('…and 2,995 more parts that were ignored.')
  })

  it('stays quick with 400,000 junk parameters', () => {
    const search = `a=&b=&${'x=1&'.repeat(400_000)}`
    // CPU time, not wall time: on a busy machine the wall clock counts the wait for a core.
    const start = process.cpuUsage()
    expect(parseComparison(search).problems).toHaveLength(6)
    const { user, system } = process.cpuUsage(start)
    expect((user + system) / 1000).toBeLessThan(2000)
  })

  it('keeps the valid answers of a bad scenario and says what was ignored', () => {
    const { scenarios } = parseComparison(
      `a=${encodeURIComponent('volume=huge&problem=tone')}&b=garbage%ZZ`,
    )
    expect(at(scenarios, 0).answers).toEqual({ problem: ['tone'] })
    expect(at(scenarios, 0).problems).toHaveLength(1)
    expect(at(scenarios, 1).answers).toEqual({})
    expect(at(scenarios, 1).problems.length).toBeGreaterThan(0)
  })

  it('defaults names, and reads names from the link as plain text only', () => {
    const { scenarios } = parseComparison(
      `a=&an=${encodeURIComponent('<b>x</b>\u0000\n y')}&b=&c=&cn=%20%20`,
    )
    expect(scenarios.map((s) => s.name)).toEqual(['<b>x</b> y', 'Scenario B', 'Scenario C'])
  })
})

describe('cleanScenarioName', () => {
  it('shortens a long name to one line', () => {
    const name = cleanScenarioName(`a\t${'b'.repeat(100)}`)
    expect(name).toHaveLength(MAX_SCENARIO_NAME)
    expect(name).toMatch(/^a b+…$/)
  })
})
