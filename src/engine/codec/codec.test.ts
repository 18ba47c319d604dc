import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalQuery, parseAnswers, serializeAnswers } from './codec'
import { answersArb } from '../testing/arbitraries'

describe('parseAnswers', () => {
  it('reads a share link with or without its leading "?"', () => {
    const expected = { answers: { problem: ['knowledge', 'voice'], volume: 'high' }, problems: [] }
    expect(parseAnswers('problem=knowledge,voice&volume=high')).toMatchObject(expected)
    expect(parseAnswers('?problem=knowledge,voice&volume=high')).toMatchObject(expected)
  })

  it('reads nothing as nothing', () => {
    expect(parseAnswers('')).toEqual({ answers: {}, problems: [], ignored: [] })
    expect(parseAnswers('?')).toEqual({ answers: {}, problems: [], ignored: [] })
  })

  it.each([
    ['an unknown key', 'colour=blue&volume=low', { volume: 'low' }, /"colour" is not a question/],
    [
      'an unknown value',
      'volume=huge&team=some',
      { team: 'some' },
      /"huge" is not an answer to "volume"/,
    ],
    ['a list where one value is allowed', 'volume=low,high', {}, /"volume" takes one value/],
    ['a repeated key', 'volume=low&volume=high', { volume: 'low' }, /appears more than once/],
    ['an empty value', 'volume=&team=some', { team: 'some' }, /"volume" has no value/],
    ['a key without value', 'volume&team=some', { team: 'some' }, /"volume" has no value/],
    [
      'an unknown item in a list',
      'problem=tone,magic',
      { problem: ['tone'] },
      /"magic" is not an answer to "problem"/,
    ],
    [
      'broken percent-encoding',
      'volume=%E0%A4%A&team=none',
      { team: 'none' },
      /not valid percent-encoding/,
    ],
    ['upper case', 'VOLUME=HIGH', {}, /"VOLUME" is not a question/],
    ['double encoding', 'volume=%2568igh', {}, /"%68igh" is not an answer/],
  ])('reports %s and keeps the rest', (_name, query, answers, problem) => {
    const parsed = parseAnswers(query)
    expect(parsed.answers).toEqual(answers)
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toMatch(problem)
  })

  it('decodes percent-encoded valid answers', () => {
    expect(parseAnswers('volume=%68igh&problem=tone%2Cvoice').answers).toEqual({
      volume: 'high',
      problem: ['tone', 'voice'],
    })
  })

  it('drops repeated list items silently and keeps their order', () => {
    expect(parseAnswers('problem=voice,tone,voice').answers).toEqual({ problem: ['voice', 'tone'] })
  })

  it('reports an oversized link but still keeps its valid answers', () => {
    const huge = `${'x'.repeat(100_000)}=1&volume=low`
    const parsed = parseAnswers(huge)
    expect(parsed.answers).toEqual({ volume: 'low' })
    expect(parsed.problems[0]).toMatch(/unusually long \(100,013 characters/)
    expect(parsed.problems.join(' ').length).toBeLessThan(500)
  })

  it('leaves assumption keys to the cost model', () => {
    expect(parseAnswers('a.qpd=5000&volume=low')).toEqual({
      answers: { volume: 'low' },
      problems: [],
      ignored: [],
    })
  })

  it('marks questions the wizard can ask again as fixable', () => {
    const { ignored } = parseAnswers('volume=huge&colour=blue')
    expect(ignored.map((i) => [i.key, i.fixable])).toEqual([
      ['volume', true],
      ['colour', false],
    ])
  })

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const parsed = parseAnswers(s)
        expect(parseAnswers(serializeAnswers(parsed.answers)).problems).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws on strings built from link-like parts', () => {
    const part = fc.oneof(
      fc.constantFrom(
        'problem',
        'volume',
        'team',
        'knowledge',
        'high',
        '=',
        '&',
        ',',
        '%',
        '%2',
        '%C3',
        '?',
        '+',
      ),
      fc.string(),
    )
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const parsed = parseAnswers(parts.join(''))
        expect(parseAnswers(serializeAnswers(parsed.answers)).answers).toEqual(parsed.answers)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('serializeAnswers', () => {
  it('writes keys in the contract’s order, readable', () => {
    expect(
      serializeAnswers({ volume: 'high', problem: ['knowledge', 'voice'], team: 'some' }),
    ).toBe('problem=knowledge,voice&volume=high&team=some')
  })

  it('writes nothing for no answers and skips empty lists', () => {
    expect(serializeAnswers({})).toBe('')
    expect(serializeAnswers({ problem: [] })).toBe('')
  })

  it('round-trips every answer set', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(parseAnswers(serializeAnswers(a))).toEqual({ answers: a, problems: [], ignored: [] })
      }),
    )
  })
})

describe('canonicalQuery', () => {
  it('puts the valid answers in contract order, then the overrides as given', () => {
    expect(canonicalQuery('?volume=high&a.qpd=50000&problem=tone&a.h=24')).toEqual({
      query: 'problem=tone&volume=high&a.qpd=50000&a.h=24',
      problems: [],
    })
  })

  it('drops what cannot be read and says so', () => {
    const { query, problems } = canonicalQuery('volume=huge&problem=voice')
    expect(query).toBe('problem=voice')
    expect(problems).toHaveLength(1)
  })
})
