import { describe, expect, it } from 'vitest'
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_ORDER,
  SOURCE_LABELS,
  changedAssumptions,
  checkValue,
  fieldsInGroup,
  getAssumption,
  setAssumption,
  type AssumptionGroup,
} from './cost-assumptions'
import { DEFAULT_ASSUMPTIONS as A, range } from './estimates'

/** Every number in the assumptions, by its path: a Range counts as two leaves. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  if (value === null || typeof value !== 'object') out.set(path, value)
  else
    for (const [k, v] of Object.entries(value))
      for (const [p, x] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, x)
  return out
}

describe('the assumptions table', () => {
  it('covers every input of the estimates exactly once', () => {
    // The model choices are names, not numbers: their link keys are MODEL_CHOICE_KEYS.
    const all = [...leaves(A).keys()].filter((p) => p !== 'hostedModel' && p !== 'tunedModel')
    const owner = new Map<string, string>()
    for (const id of ASSUMPTION_ORDER) {
      const field = ASSUMPTION_FIELDS[id]
      const sentinel = field.kind === 'range' ? range(123_456, 654_321) : 123_456
      const changed = [...leaves(setAssumption(A, id, sentinel))].filter(
        ([p, v]) => leaves(A).get(p) !== v,
      )
      expect(changed.length, id).toBeGreaterThan(0)
      for (const [p] of changed) {
        expect(owner.get(p), `${p} is set by ${owner.get(p)} and ${id}`).toBeUndefined()
        owner.set(p, id)
      }
    }
    expect([...owner.keys()].sort()).toEqual(all.sort())
  })

  it('has short, unique, lower-case link keys', () => {
    const keys = ASSUMPTION_ORDER.map((id) => ASSUMPTION_FIELDS[id].key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z]{1,4}$/)
  })

  it.each(ASSUMPTION_ORDER)('%s is described and its default is valid', (id) => {
    const field = ASSUMPTION_FIELDS[id]
    for (const text of [field.label, field.unit, field.help, field.source.text])
      expect(text.trim().length).toBeGreaterThan(0)
    expect(SOURCE_LABELS[field.source.kind]).toBeTruthy()
    expect(ASSUMPTION_GROUPS[field.group]).toBeTruthy()
    expect(field.min).toBeLessThanOrEqual(field.max)
    expect(checkValue(field, getAssumption(A, id))).toBeNull()
  })

  it('names illustrative prices honestly and tells users to check their provider', () => {
    for (const id of ASSUMPTION_ORDER) {
      const { source } = ASSUMPTION_FIELDS[id]
      if (source.kind === 'illustrative') expect(SOURCE_LABELS.illustrative).toMatch(/check/i)
    }
    expect(ASSUMPTION_FIELDS.inputPricePerM.source.kind).toBe('illustrative')
    expect(ASSUMPTION_FIELDS.inputPricePerM.source.text).toMatch(/provider/)
  })

  it('puts every field in a group, groups in table order', () => {
    const grouped = (Object.keys(ASSUMPTION_GROUPS) as AssumptionGroup[]).flatMap(fieldsInGroup)
    expect(grouped.sort()).toEqual([...ASSUMPTION_ORDER].sort())
  })
})

describe('checkValue', () => {
  const { horizonMonths, ragExtraTokens, queriesPerDay, inputPricePerM } = ASSUMPTION_FIELDS
  it.each([
    [inputPricePerM, 2.5, null],
    [inputPricePerM, -1, 'it cannot be negative'],
    [inputPricePerM, Number.NaN, 'it is not a number'],
    [inputPricePerM, Number.POSITIVE_INFINITY, 'it must be at most 1,000'],
    [inputPricePerM, 1_001, 'it must be at most 1,000'],
    [inputPricePerM, null, 'a value is needed'],
    [queriesPerDay, null, null],
    [horizonMonths, 0, 'it must be at least 1'],
    [horizonMonths, 6.5, 'it must be a whole number'],
    [ragExtraTokens, range(2500, 1500), 'the low end is above the high end'],
    [ragExtraTokens, range(1500, 2500), null],
  ] as const)('%#: %o', (field, value, problem) => {
    expect(checkValue(field, value)).toBe(problem)
  })
})

describe('reading and writing one assumption', () => {
  it('sets a range from one number and leaves the rest alone', () => {
    const a = setAssumption(A, 'loraServingGpus', 3)
    expect(a.servingGpus).toEqual({ lora: range(3), full: A.servingGpus.full })
    expect(A.servingGpus.lora).toEqual(range(1, 2))
  })

  it('sets a number from a range’s low end, and clears queries a day', () => {
    expect(setAssumption(A, 'epochs', range(4, 9)).epochs).toBe(4)
    expect(
      setAssumption({ ...A, queriesPerDay: 5 }, 'queriesPerDay', null).queriesPerDay,
    ).toBeNull()
    expect(setAssumption(A, 'fullGpus', null)).toBe(A)
  })

  it('lists what differs from the defaults, in table order', () => {
    expect(changedAssumptions(A)).toEqual([])
    const a = setAssumption(setAssumption(A, 'fullUpkeep', 1), 'queriesPerDay', 9)
    expect(changedAssumptions(a)).toEqual(['queriesPerDay', 'fullUpkeep'])
  })
})
