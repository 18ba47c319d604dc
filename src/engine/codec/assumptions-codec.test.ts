import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatAssumptionValue,
  parseAssumptionValue,
  parseAssumptions,
  plainNumber,
  serializeAssumptions,
} from './assumptions-codec'
import { parseAnswers, serializeAnswers } from './codec'
import { ASSUMPTION_FIELDS } from '../cost/cost-assumptions'
import { DEFAULT_ASSUMPTIONS as A, range } from '../cost/estimates'
import { answersArb } from '../testing/arbitraries'
import { assumptionsArb, typedAssumptionsArb } from '../testing/cost-arbitraries'
import { at } from '../must'

describe('parseAssumptions', () => {
  it('reads overrides next to the answers, with or without "?"', () => {
    for (const q of [
      'volume=high&a.qpd=50000&a.pin=2.5&a.h=24',
      '?a.qpd=50000&volume=high&a.pin=2.5&a.h=24',
    ]) {
      const parsed = parseAssumptions(q)
      expect(parsed.problems).toEqual([])
      expect(parsed.assumptions).toEqual({
        ...A,
        queriesPerDay: 50_000,
        inputPricePerM: 2.5,
        horizonMonths: 24,
      })
    }
  })

  it('reads nothing as the defaults', () => {
    expect(parseAssumptions('')).toEqual({ assumptions: A, problems: [], ignored: [] })
    expect(parseAssumptions('volume=high&problem=tone')).toEqual({
      assumptions: A,
      problems: [],
      ignored: [],
    })
  })

  it.each([
    ['a range', 'a.rag=1000-3000', range(1000, 3000)],
    ['one number for a range', 'a.rag=2000', range(2000)],
    [
      'an en dash, spaces and thousands commas',
      'a.rag=1%2C000%20%E2%80%93%203%2C000',
      range(1000, 3000),
    ],
    ['decimals', 'a.rag=0.5-.75', range(0.5, 0.75)],
    ['a trailing point', 'a.rag=2.-3', range(2, 3)],
  ])('reads %s', (_name, query, value) => {
    const parsed = parseAssumptions(query)
    expect(parsed.problems).toEqual([])
    expect(parsed.assumptions.ragExtraTokens).toEqual(value)
  })

  it('reads per-approach values and a percent-encoded key', () => {
    const parsed = parseAssumptions('a.bdl=5-8&a%2Elsg=1&a.mhf=40')
    expect(parsed.problems).toEqual([])
    expect(parsed.assumptions.buildDays).toEqual({ ...A.buildDays, lora: range(5, 8) })
    expect(parsed.assumptions.servingGpus).toEqual({ ...A.servingGpus, lora: range(1) })
    expect(parsed.assumptions.maintenanceHours.full).toEqual(range(40))
  })

  it.each([
    ['not a number', 'a.pin=cheap', /"cheap" is not usable for "a.pin".*not a number/],
    ['a negative number', 'a.pin=-1', /cannot be negative/],
    ['an absurdly large number', 'a.qpd=99999999999', /at most 1,000,000,000/],
    ['a number in exponent form', 'a.qpd=1e6', /not a number/],
    ['a range with low above high', 'a.rag=2500-1500', /low end is above the high end/],
    ['a range for a single number', 'a.pin=1-2', /not a number/],
    ['a fraction of a month', 'a.h=1.5', /whole number/],
    ['a horizon of zero', 'a.h=0', /at least 1/],
    ['an unknown key', 'a.colour=blue', /"a.colour" is not an assumption we know/],
    ['an empty value', 'a.pin=', /"a.pin" \(input price\) has no value/],
    ['a key without a value', 'a.pin', /has no value/],
    ['a repeat', 'a.pin=3&a.pin=4', /appears more than once/],
    ['a huge digit string', `a.qpd=${'9'.repeat(500)}`, /at most/],
  ])('reports %s, keeps the default and every valid value', (_name, query, message) => {
    const parsed = parseAssumptions(`${query}&a.dr=900&volume=low`)
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toMatch(message)
    expect(parsed.ignored[0]).toMatchObject({ fixable: false, message: parsed.problems[0] })
    expect(at(parsed.ignored, 0).key).toMatch(/^a\./)
    expect(parsed.assumptions.engineerDayRate).toBe(900)
    if (!query.startsWith('a.pin=3'))
      expect(parsed.assumptions.inputPricePerM).toBe(A.inputPricePerM)
    else expect(parsed.assumptions.inputPricePerM).toBe(3)
  })

  it('leaves broken percent-encoding to parseAnswers, so it is reported once', () => {
    const query = 'a.h=%E0%A4%A&a.pin=2'
    expect(parseAssumptions(query).problems).toEqual([])
    expect(parseAssumptions(query).assumptions.inputPricePerM).toBe(2)
    expect(parseAnswers(query).problems).toHaveLength(1)
  })

  it('shortens what it quotes from a long bad value', () => {
    const parsed = parseAssumptions(`a.pin=${'x'.repeat(5000)}`)
    expect(at(parsed.problems, 0).length).toBeLessThan(200)
  })

  it('never throws, on any text', { timeout: 30_000 }, () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'a.',
        'a.qpd',
        'a.rag',
        'a.h',
        '=',
        '&',
        '-',
        '%',
        '%E0',
        '1500',
        '.5',
        '--',
        '–',
      ),
    )
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const parsed = parseAssumptions(parts.join(''))
        expect(parsed.problems).toHaveLength(parsed.ignored.length)
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        parseAssumptions(s)
      }),
    )
  })
})

describe('serializeAssumptions', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeAssumptions(A)).toBe('')
  })

  it('writes only what differs, in the table’s order whatever the order of change', () => {
    const a = { ...A, inputPricePerM: 2.5, horizonMonths: 24, queriesPerDay: 50_000 }
    expect(serializeAssumptions(a)).toBe('a.qpd=50000&a.h=24&a.pin=2.5')
    expect(serializeAssumptions({ ...A, ragExtraTokens: range(1000, 3000) })).toBe(
      'a.rag=1000-3000',
    )
    expect(serializeAssumptions({ ...A, ragExtraTokens: range(2000) })).toBe('a.rag=2000')
  })

  it('round-trips any valid assumptions with no problem', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(assumptionsArb, (a) => {
        const query = serializeAssumptions(a)
        const parsed = parseAssumptions(query)
        expect(parsed.problems).toEqual([])
        expect(parsed.assumptions).toEqual(a)
        expect(serializeAssumptions(parsed.assumptions)).toBe(query)
      }),
    )
  })

  it(
    'sits next to the answers in one link, each parser reading its own part',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(answersArb, typedAssumptionsArb, (answers, a) => {
          const query = [serializeAnswers(answers), serializeAssumptions(a)]
            .filter(Boolean)
            .join('&')
          expect(parseAnswers(query)).toMatchObject({ answers, problems: [] })
          expect(parseAssumptions(query)).toMatchObject({ assumptions: a, problems: [] })
        }),
      )
    },
  )
})

describe('values as text', () => {
  it.each([
    [2.5, '2.5'],
    [50_000, '50000'],
    [1.5e-7, '0.00000015'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
  ])('writes %d as %s', (n, text) => {
    expect(plainNumber(n)).toBe(text)
    expect(Number(plainNumber(n))).toBe(n)
  })

  it('writes ranges as low-high and an unset volume as nothing', () => {
    expect(formatAssumptionValue(range(1, 2))).toBe('1-2')
    expect(formatAssumptionValue(range(3))).toBe('3')
    expect(formatAssumptionValue(null)).toBe('')
  })

  it('lets the panel clear queries a day but not a required field', () => {
    expect(parseAssumptionValue(ASSUMPTION_FIELDS.queriesPerDay, ' ')).toEqual({
      ok: true,
      value: null,
    })
    expect(parseAssumptionValue(ASSUMPTION_FIELDS.inputPricePerM, '')).toEqual({
      ok: false,
      reason: 'a value is needed',
    })
    expect(parseAssumptionValue(ASSUMPTION_FIELDS.queriesPerDay, '12,500')).toEqual({
      ok: true,
      value: 12_500,
    })
  })
})
