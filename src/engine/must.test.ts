import { describe, expect, it } from 'vitest'
import { at, must, nonEmpty } from './must'

describe('must', () => {
  it.each([0, '', false, Number.NaN])(
    'passes %s through: only undefined and null are missing',
    (v) => {
      expect(must(v, 'a value')).toBe(v)
    },
  )

  it.each([undefined, null])('throws naming what is missing for %s', (v) => {
    expect(() => must(v, 'rule r1')).toThrow('Missing rule r1')
  })

  it('says only that a value is missing when not told what (as in tests)', () => {
    expect(() => must(undefined)).toThrow('Missing a value')
  })
})

describe('at', () => {
  it('reads from the start and, with a negative index, from the end', () => {
    expect(at(['a', 'b', 'c'], 0)).toBe('a')
    expect(at(['a', 'b', 'c'], -1)).toBe('c')
    expect(at(Float64Array.from([3, 1]), -2)).toBe(3)
  })

  it('throws past either end', () => {
    expect(() => at(['a'], 1)).toThrow('Missing item 1 of a list of 1')
    expect(() => at([], -1)).toThrow('Missing item -1 of a list of 0')
  })
})

describe('nonEmpty', () => {
  it('returns the same list when it has an item, and throws on an empty one', () => {
    const list = ['rag']
    expect(nonEmpty(list, 'stack')).toBe(list)
    expect(() => nonEmpty([], 'stack')).toThrow('Missing stack: the list is empty')
  })
})
