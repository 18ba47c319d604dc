import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ANSWER_KEYS,
  isAnswerValue,
  normaliseProblems,
  type Answers,
} from '../engine/contract/answers'
import { answersArb } from '../engine/testing/arbitraries'
import { UNREADABLE_NOTICE, readAnswers, sanitizeStoredAnswers } from './stored-answers'

/** Every key is a real question and every value one of its values. */
function expectValid(answers: Answers) {
  for (const [key, value] of Object.entries(answers)) {
    expect(ANSWER_KEYS).toContain(key)
    const values: unknown[] = Array.isArray(value) ? value : [value]
    expect(values.length).toBeGreaterThan(0)
    for (const v of values) expect(isAnswerValue(key as never, v as string)).toBe(true)
  }
}

describe('sanitizeStoredAnswers', () => {
  it.each<[string, unknown, number, Answers, string | null]>([
    ['nothing saved', undefined, 1, {}, null],
    ['null', null, 1, {}, null],
    [
      'version 1 answers',
      { answers: { problem: ['tone'], volume: 'high' } },
      1,
      { problem: ['tone'], volume: 'high' },
      null,
    ],
    [
      'version 0 with encoding and a bare key',
      '?problem=knowledge%2Cvoice&team&x=%E0%A4%A',
      0,
      { problem: ['knowledge', 'voice'] },
      'dropped (2)',
    ],
    [
      'version 0: the share-link query itself',
      'problem=knowledge,voice&volume=high',
      0,
      { problem: ['knowledge', 'voice'], volume: 'high' },
      null,
    ],
    [
      'version 0 with a bad value',
      'problem=tone&volume=huge',
      0,
      { problem: ['tone'] },
      'dropped (1)',
    ],
    [
      'an unknown key and a bad value',
      { answers: { problem: ['tone', 'nope'], colour: 'red' } },
      1,
      { problem: ['tone'] },
      'dropped (2)',
    ],
    ['a number where a value belongs', { answers: { volume: 3 } }, 1, {}, 'dropped (1)'],
    ['answers that are a list', { answers: ['tone'] }, 1, {}, UNREADABLE_NOTICE],
    ['no answers at all', { something: 'else' }, 1, {}, UNREADABLE_NOTICE],
    ['a bare string in version 1', 'problem=tone', 1, {}, UNREADABLE_NOTICE],
    ['a number', 42, 0, {}, UNREADABLE_NOTICE],
  ])('%s', (_, persisted, version, answers, notice) => {
    const result = sanitizeStoredAnswers(persisted, version)
    expect(result.answers).toEqual(answers)
    if (notice === null) expect(result.notice).toBeNull()
    else expect(result.notice).toContain(notice)
  })

  it('reads back every valid answer set without a notice, problems in contract order', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const expected = answers.problem
          ? { ...answers, problem: normaliseProblems(answers.problem) }
          : answers
        expect(sanitizeStoredAnswers({ answers }, 1)).toEqual({ answers: expected, notice: null })
      }),
    )
  })

  it.each<[string, [string, unknown][], Answers, number]>([
    [
      'repeats and order',
      [['problem', ['voice', 'tone', 'voice']]],
      { problem: ['tone', 'voice'] },
      0,
    ],
    ['a list as text', [['problem', 'task,format']], { problem: ['format', 'task'] }, 0],
    ['two values for one', [['volume', 'low,high']], {}, 1],
    ['a list for one', [['volume', ['low']]], { volume: 'low' }, 0],
    [
      'the prototype',
      [
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ],
      {},
      2,
    ],
    ['nothing valid in a list', [['problem', []]], {}, 0],
  ])('readAnswers: %s', (_, entries, answers, dropped) => {
    const result = readAnswers(entries)
    expect(result.answers).toEqual(answers)
    expect(result.dropped).toBe(dropped)
  })

  it('never throws on arbitrary stored contents and only ever returns valid answers', () => {
    const stored = fc.oneof(
      fc.anything(),
      fc.record({ answers: fc.anything() }),
      fc.record({ answers: fc.dictionary(fc.constantFrom(...ANSWER_KEYS, 'x'), fc.anything()) }),
      fc.string(),
    )
    fc.assert(
      fc.property(stored, fc.integer({ min: -1, max: 3 }), (persisted, version) => {
        const result = sanitizeStoredAnswers(persisted, version)
        expectValid(result.answers)
        expect(result.notice === null || typeof result.notice === 'string').toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})
