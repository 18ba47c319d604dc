import { describe, expect, it } from 'vitest'
import { parseAssumptions, serializeAssumptions } from '../codec/assumptions-codec'
import {
  ASSUMPTION_FIELDS,
  changedAssumptions,
  checkValue,
  type AssumptionId,
  type AssumptionValue,
} from './cost-assumptions'
import { COST_PRESETS, applyPreset } from './cost-presets'
import { DEFAULT_ASSUMPTIONS as A, estimate } from './estimates'
import { must } from '../must'

const preset = (id: string) => must(COST_PRESETS.find((p) => p.id === id))

describe('cost presets', () => {
  it.each(COST_PRESETS.map((p) => [p.label, p] as const))(
    '%s sets valid values and only its own',
    (_label, p) => {
      const ids = Object.keys(p.values) as AssumptionId[]
      for (const [id, value] of Object.entries(p.values) as [AssumptionId, AssumptionValue][])
        expect(checkValue(ASSUMPTION_FIELDS[id], value), id).toBeNull()
      const applied = applyPreset(A, p)
      for (const id of changedAssumptions(applied)) expect(ids).toContain(id)
      expect(parseAssumptions(serializeAssumptions(applied))).toMatchObject({
        assumptions: applied,
        problems: [],
      })
      expect(p.description.length).toBeGreaterThan(20)
    },
  )

  it('has unique ids and labels', () => {
    expect(new Set(COST_PRESETS.map((p) => p.id)).size).toBe(COST_PRESETS.length)
    expect(new Set(COST_PRESETS.map((p) => p.label)).size).toBe(COST_PRESETS.length)
  })

  it('prices a frontier model above a small one', () => {
    const frontier = estimate({}, applyPreset(A, preset('hosted-frontier'))).rag.monthly
    const small = estimate({}, applyPreset(A, preset('hosted-small'))).rag.monthly
    expect(small.high).toBeLessThan(frontier.low)
  })

  it('combines: a frontier API for RAG and a self-hosted 8B model for LoRA', () => {
    const both = applyPreset(applyPreset(A, preset('hosted-frontier')), preset('self-hosted-8b'))
    expect(both.inputPricePerM).toBe(3)
    expect(both.servingGpuHourly).toEqual(preset('self-hosted-8b').values.servingGpuHourly)
    const e = estimate({ hosting: 'self-host', volume: 'high' }, both)
    expect(e.lora.monthly.high).toBeLessThan(e.rag.monthly.low)
  })

  it('keeps a self-hosted 8B LoRA run within the article’s $100–1,000 or below', () => {
    const e = estimate({ hosting: 'self-host' }, applyPreset(A, preset('self-hosted-8b')))
    expect(e.lora.oneTimeCompute.high).toBeLessThanOrEqual(1_000)
  })
})
