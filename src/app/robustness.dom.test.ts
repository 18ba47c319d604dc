import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { must, parseAnswers, recommend, serializeAnswers, type Answers } from '../engine'
import { ANSWER_VALUES, isAnswerKey, isAnswerValue } from '../engine/contract/answers'
import { parseAssumptions } from '../engine/codec/assumptions-codec'
import { DEFAULT_ASSUMPTIONS } from '../engine/cost/estimates'
import { STORAGE_KEY, useAnswersStore } from '../store/answers-store'
import { sanitizeStoredAnswers } from '../store/stored-answers'

// Fuzz of everything the app reads from outside: the share-link query (answers and assumption
// overrides) and what a previous visit left in localStorage. None of it may throw, and what
// comes out must be valid answers the engine can rank.

const RUNS = 3_000
/** Thousands of runs take about a second; a shared, busy machine may need far longer. */
const FUZZ_TIMEOUT = { timeout: 30_000 }

const keys = Object.keys(ANSWER_VALUES)
const allValues = [...new Set(Object.values(ANSWER_VALUES).flat())]

/** Text that looks like a query part: real words, near misses, escapes and junk. */
const token = fc.oneof(
  fc.constantFrom(...keys, ...allValues),
  fc.constantFrom('a.inputTokens', 'a.gpuHourly', 'a.x', 'a.', '__proto__', 'constructor'),
  fc.constantFrom('%', '%E0%A4%A', '%00', '%2C', '+', ',', ',,', '=', '&', '?', '#', 'NaN', '-1'),
  fc.constantFrom('1e309', '0x10', '1..2', '5-1', '-0', '   ', '\u0000', '\ud800', '😀'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
)

/** A query string: `key=value,value&...`, sometimes with a leading '?', sometimes huge. */
const queryArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .array(fc.tuple(token, fc.array(token, { maxLength: 4 }), fc.constantFrom('=', '', '==')), {
        maxLength: 20,
      })
      .chain((parts) =>
        fc
          .constantFrom('', '?')
          .map(
            (prefix) => prefix + parts.map(([k, vs, eq]) => `${k}${eq}${vs.join(',')}`).join('&'),
          ),
      ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 1_990, maxLength: 2_100, unit: 'grapheme-ascii' }),
  },
  { weight: 2, arbitrary: fc.constant(serializeAnswers({ problem: ['voice'], volume: 'high' })) },
)

/** Every key is a question and every value one of its answers. */
function expectValidAnswers(answers: Answers) {
  for (const [key, value] of Object.entries(answers)) {
    expect(isAnswerKey(key), key).toBe(true)
    if (!isAnswerKey(key)) continue
    const values: unknown[] = Array.isArray(value) ? value : [value]
    expect(values.length).toBeGreaterThan(0)
    for (const v of values) expect(typeof v === 'string' && isAnswerValue(key, v)).toBe(true)
  }
}

/** Numbers that are not finite or negative, and ranges that run high to low. */
function insaneAssumptions(value: unknown, path = 'assumptions'): string[] {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? [] : [`${path} = ${value}`]
  }
  if (value === null || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const own =
    typeof record.low === 'number' && typeof record.high === 'number' && record.low > record.high
      ? [`${path}: low ${record.low} > high ${record.high}`]
      : []
  return [
    ...own,
    ...Object.entries(record).flatMap(([k, v]) => insaneAssumptions(v, `${path}.${k}`)),
  ]
}

describe('share-link parsing under fuzz', FUZZ_TIMEOUT, () => {
  it('parseAnswers never throws and keeps only valid answers, with short messages', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { answers, problems, ignored } = parseAnswers(query)
        expectValidAnswers(answers)
        expect(problems.length).toBe(ignored.length)
        for (const p of problems) expect(p.length).toBeLessThan(400)
        // What was kept reads back the same: the result link of the page is stable.
        expect(parseAnswers(serializeAnswers(answers)).answers).toEqual(answers)
      }),
      { numRuns: RUNS },
    )
  })

  it('reads a huge link without throwing and keeps its valid answers', () => {
    const huge = `volume=high&${'problem=knowledge&'.repeat(10_000)}${'%'.repeat(10_000)}`
    const { answers, problems } = parseAnswers(huge)
    expect(answers).toEqual({ volume: 'high', problem: ['knowledge'] })
    expect(problems[0]).toMatch(/unusually long/)
    expect(() => parseAssumptions(huge)).not.toThrow()
  })

  it('parseAssumptions never throws and gives usable assumptions', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { assumptions, problems } = parseAssumptions(query)
        expect(insaneAssumptions(assumptions)).toEqual([])
        expect(Object.keys(assumptions).sort()).toEqual(Object.keys(DEFAULT_ASSUMPTIONS).sort())
        for (const p of problems) expect(typeof p).toBe('string')
      }),
      { numRuns: RUNS },
    )
  })

  it('the engine ranks whatever a link parses to', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const { ranking, stack } = recommend(
          parseAnswers(query).answers,
          parseAssumptions(query).assumptions,
        )
        expect(ranking.map((r) => r.approach).sort()).toEqual(['full', 'lora', 'prompt', 'rag'])
        expect(stack[0]).toBe(ranking[0].approach)
      }),
      { numRuns: 500 },
    )
  })
})

/** What a previous visit, an older version, another app or a user's hand may have stored. */
const storedShapes = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({ answers: fc.anything() }),
  fc.record({
    answers: fc.dictionary(
      fc.oneof(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.string()),
      fc.oneof(
        fc.constantFrom(...allValues),
        fc.array(fc.constantFrom(...allValues, 'magic')),
        fc.anything(),
      ),
    ),
  }),
)

describe('stored answers under fuzz', FUZZ_TIMEOUT, () => {
  it('sanitizeStoredAnswers never throws, whatever the shape and version', () => {
    fc.assert(
      fc.property(storedShapes, fc.integer({ min: -2, max: 5 }), (stored, version) => {
        const { answers, notice } = sanitizeStoredAnswers(stored, version)
        expectValidAnswers(answers)
        expect(notice === null || typeof notice === 'string').toBe(true)
      }),
      { numRuns: RUNS },
    )
  })

  it('the store rehydrates from any localStorage entry without throwing', async () => {
    const entry = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .tuple(storedShapes, fc.integer({ min: -1, max: 3 }))
        .map(([state, version]) => JSON.stringify({ state, version })),
    )
    await fc.assert(
      fc.asyncProperty(entry, async (raw) => {
        // setState persists, so the entry under test is written after it.
        useAnswersStore.setState({ answers: {}, storageNotice: null })
        localStorage.setItem(STORAGE_KEY, raw)
        await useAnswersStore.persist.rehydrate()
        expectValidAnswers(useAnswersStore.getState().answers)
      }),
      { numRuns: 500 },
    )
  })

  it('reports and resets an entry that is not JSON', async () => {
    useAnswersStore.setState({ answers: { volume: 'high' }, storageNotice: null })
    localStorage.setItem(STORAGE_KEY, '{"state":{"answers":')
    await useAnswersStore.persist.rehydrate()
    expect(useAnswersStore.getState().answers).toEqual({})
    expect(useAnswersStore.getState().storageNotice).toMatch(/could not be read/)
    // The broken entry is overwritten with what could be read.
    expect(JSON.parse(must(localStorage.getItem(STORAGE_KEY)))).toMatchObject({
      state: { answers: {} },
    })
  })
})
