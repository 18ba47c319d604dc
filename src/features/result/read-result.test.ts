import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, parseAnswers } from '../../engine'
import { firstFixableKey, readResultLink, resultQuery, withAnswer } from './read-result'

describe('readResultLink', () => {
  it('keeps the valid answers and lists what was ignored', () => {
    const link = readResultLink('?problem=tone&volume=huge&foo=1')
    expect(link.answers).toEqual({ problem: ['tone'] })
    expect(link.ignored.map((i) => i.key)).toEqual(['volume', 'foo'])
    expect(link.assumptions).toEqual(DEFAULT_ASSUMPTIONS)
  })
})

describe('readResultLink reports what the answers parser passes over', () => {
  it.each([
    ['problem=,,,,&volume=high', /"problem" lists no value \(only commas\)/],
    ['problem=%2C%2C&volume=high', /"problem" lists no value/],
  ])('%s', (query, message) => {
    const link = readResultLink(query)
    expect(link.answers).toEqual({ volume: 'high' })
    expect(link.ignored.map((i) => i.message)).toEqual([expect.stringMatching(message)])
    expect(firstFixableKey(link.ignored)).toBe('problem')
  })

  it('a second "#" and what follows it', () => {
    const link = readResultLink('?volume=high', '#&examples=under500')
    expect(link.answers).toEqual({ volume: 'high' })
    expect(link.ignored).toEqual([
      expect.objectContaining({
        message: '"#&examples=under500" comes after a second "#" in the link, so it was ignored.',
      }),
    ])
  })

  it('nothing more for a clean link', () => {
    expect(readResultLink('?problem=tone,,voice&volume=high', '').ignored).toEqual([])
  })
})

describe('resultQuery', () => {
  it('is the canonical answers query, in contract order', () => {
    expect(
      resultQuery({ volume: 'high', problem: ['voice', 'knowledge'] }, DEFAULT_ASSUMPTIONS),
    ).toBe('problem=voice,knowledge&volume=high')
    expect(resultQuery({}, DEFAULT_ASSUMPTIONS)).toBe('')
  })
})

describe('withAnswer', () => {
  it.each([
    [{ problem: ['tone'] }, 'volume', 'low', { problem: ['tone'], volume: 'low' }],
    [{ problem: ['tone'], volume: 'low' }, 'volume', undefined, { problem: ['tone'] }],
    [{ problem: ['tone'] }, 'problem', [], {}],
    [{}, 'problem', ['voice', 'knowledge'], { problem: ['knowledge', 'voice'] }],
  ] as const)('%j with %s=%j', (answers, key, value, expected) => {
    expect(withAnswer(answers, key, value as never)).toEqual(expected)
  })
})

describe('firstFixableKey', () => {
  it('finds the first question the link got wrong, skipping keys we do not ask', () => {
    expect(firstFixableKey(parseAnswers('foo=1&volume=huge&team=x').ignored)).toBe('volume')
    expect(firstFixableKey(parseAnswers('foo=1').ignored)).toBeUndefined()
  })
})
