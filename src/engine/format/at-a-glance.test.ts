import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import { recommend } from '../decision/recommend'
import { analyseSensitivity } from '../decision/sensitivity'
import { GLANCE_REASONS, atAGlance, pivotOf } from './at-a-glance'
import { at, must } from '../must'

const glance = (query: string) => {
  const { answers } = parseAnswers(query)
  const r = recommend(answers)
  return { r, g: atAGlance(r, answers), s: analyseSensitivity(answers) }
}

describe('atAGlance', () => {
  it('adds up the plan built now and keeps the budget check', () => {
    const { r, g } = glance(
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&budget=10kto50k&freshness=frequent&corpus=large&baseline=prompt-rag',
    )
    expect(r.stack.length).toBeGreaterThan(1)
    const sum = (pick: (id: (typeof r.stack)[number]) => number) =>
      r.stack.reduce((t, id) => t + pick(id), 0)
    expect(g.monthly.low).toBeCloseTo(sum((id) => r.estimates[id].monthly.low))
    expect(g.buildDays.high).toBeCloseTo(sum((id) => r.estimates[id].buildDays.high))
    expect(g.oneTime).toEqual(must(r.budget).oneTime)
    expect(g.stages.map((s) => s.when)).toEqual(r.stages.map((s) => s.when))
  })

  it('takes the primary’s heaviest reasons that move it, at most three', () => {
    const { r, g } = glance(
      'problem=task&examples=over5k&team=dedicated&budget=over50k&hosting=self-host&baseline=prompt-rag&depth=deep',
    )
    expect(g.reasons).toHaveLength(GLANCE_REASONS)
    expect(g.reasons).toEqual(r.ranking[0].reasons.filter((x) => x.points !== 0).slice(0, 3))
  })

  it.each([
    [
      'a budget the plan may exceed',
      'problem=voice&volume=high&examples=500to5k&team=some&budget=under1k&baseline=prompt',
      /budget/,
    ],
    ['nothing measured', 'problem=tone', /Nothing is measured yet/],
    [
      'a measured RAG plan',
      'problem=knowledge&freshness=frequent&corpus=large&baseline=prompt',
      /retrieval/,
    ],
  ])('names the main risk: %s', (_, query, risk) => {
    expect(glance(query).g.risk).toMatch(risk)
  })
})

describe('pivotOf', () => {
  it('is the heaviest change of one answer, with the link to it', () => {
    const { s } = glance('problem=voice&volume=high&examples=500to5k&team=some')
    expect(pivotOf(s)).toEqual({
      kind: 'change',
      text: at(s.changes, 0).text,
      query: at(s.changes, 0).query,
    })
  })

  it('says when nothing would change the plan', () => {
    const p = pivotOf({ changes: [], problemChanges: [], openQuestions: [] })
    expect(p.kind).toBe('none')
    expect(p.text).toMatch(/^Nothing would/)
  })

  it('names an open question that could change it when no answer does', () => {
    const p = pivotOf({
      changes: [],
      problemChanges: [],
      openQuestions: [{ key: 'examples', label: 'Labelled examples', couldLeadTo: ['lora'] }],
    })
    expect(p).toMatchObject({ kind: 'open', key: 'examples' })
    expect(p.text).toContain('LoRA fine-tuning')
  })
})
