import { describe, expect, it } from 'vitest'
import { FINE_TUNING_OFFERS, fineTuningOffer } from './provider-landscape'
import { LANDSCAPE, LANDSCAPE_TOPICS, type LandscapeTopic } from './provider-landscape-table'
import { must } from '../../must'

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))

describe('the provider landscape', () => {
  it.each(LANDSCAPE.map((r) => [`${r.topic}: ${r.provider}`, r] as const))(
    '%s has a source and the date it was checked',
    (_, r) => {
      expect(new URL(r.source).protocol).toBe('https:')
      expect(isDate(r.checked)).toBe(true)
      expect(r.fact.trim().length).toBeGreaterThan(10)
      if (r.figure) expect(r.figure.low).toBeLessThanOrEqual(r.figure.high)
    },
  )

  it.each(Object.keys(LANDSCAPE_TOPICS) as LandscapeTopic[])('covers %s', (topic) => {
    expect(LANDSCAPE.some((r) => r.topic === topic)).toBe(true)
  })

  it('dates OpenAI’s wind-down and Cohere’s stop as announced', () => {
    const openai = must(fineTuningOffer('openai'))
    expect(openai.status).toBe('winding-down')
    expect(openai.milestones.map((m) => m.date)).toEqual(['2026-05-07', '2026-07-02', '2027-01-06'])
    expect(openai.noNewJobsFrom).toBe('2027-01-07')
    expect(openai.tunedModels).toMatch(/base model is retired/)
    const cohere = must(fineTuningOffer('cohere'))
    expect(cohere.status).toBe('stopped')
    expect(must(cohere.noNewJobsFrom).startsWith('2025')).toBe(true)
    expect(fineTuningOffer('together')?.status).toBe('available')
    expect(fineTuningOffer(null)).toBeUndefined()
  })

  it('gives every offer that is not available a date from which no job can be created', () => {
    for (const o of FINE_TUNING_OFFERS) {
      expect(isDate(o.checked)).toBe(true)
      if (o.status !== 'available') expect(isDate(o.noNewJobsFrom ?? '')).toBe(true)
      for (const m of o.milestones) expect(isDate(m.date)).toBe(true)
    }
  })
})
