import { describe, expect, it } from 'vitest'
import {
  at,
  DEFAULT_ASSUMPTIONS,
  analyseSensitivity,
  compareCosts,
  parseAnswers,
  recommend,
  type Assumptions,
} from '../../engine'
import {
  DECISION_JSON_SCHEMA,
  decisionFileName,
  decisionJson,
  decisionJsonText,
  type DecisionJson,
} from './decision-json'
import { pricesAsOf } from '../../engine/cost/prices/price-catalog'
import { shareLink } from './decision-summary'
import { EXPORT_CASES } from './testing/export-cases'

const date = new Date(Date.UTC(2025, 2, 4, 10, 30))

function build(query: string, assumptions: Assumptions = DEFAULT_ASSUMPTIONS) {
  const { answers } = parseAnswers(query)
  const recommendation = recommend(answers, assumptions)
  const link = shareLink('https://example.com', '/', query)
  const input = { answers, assumptions, recommendation, link, date, appVersion: '1.2.3' }
  return { answers, recommendation, link, input }
}

describe('decisionJson', () => {
  it.each(EXPORT_CASES)('$name: holds answers, assumptions, the full result and the link', (c) => {
    const { answers, recommendation, link, input } = build(c.query)
    const json = JSON.parse(decisionJsonText(input)) as DecisionJson

    expect(json.schema).toBe(DECISION_JSON_SCHEMA)
    expect(json.appVersion).toBe('1.2.3')
    expect(json.exportedAt).toBe('2025-03-04T10:30:00.000Z')
    expect(json.link).toBe(link)
    expect(json.answers).toEqual(answers)
    expect(json.assumptions).toEqual(DEFAULT_ASSUMPTIONS)
    // The file survives JSON: the engine's result reads back exactly.
    expect(json.result).toEqual(recommendation)
    expect(json.result.stack).toEqual(c.stack)
    expect(json.sensitivity).toEqual(analyseSensitivity(answers))
    expect(json.costs).toEqual(compareCosts(answers))
    expect(json.plan).toMatch(/\.$/)

    const reread = parseAnswers(json.query)
    expect(reread.problems).toEqual([])
    expect(reread.answers).toEqual(answers)
  })

  it('exports the assumptions the result was computed with, not the defaults', () => {
    const assumptions = { ...DEFAULT_ASSUMPTIONS, engineerDayRate: 1_200 }
    const { input } = build(at(EXPORT_CASES, 2).query, assumptions)
    const json = decisionJson(input)
    expect(json.assumptions.engineerDayRate).toBe(1_200)
    expect(json.result.estimates.lora.oneTime).toEqual(
      recommend(input.answers, assumptions).estimates.lora.oneTime,
    )
  })

  it('is indented and ends with a newline', () => {
    const text = decisionJsonText(build('').input)
    expect(text).toMatch(/^\{\n {2}"schema"/)
    expect(text.endsWith('}\n')).toBe(true)
  })
})

describe('decisionFileName', () => {
  it('names the file after the local date', () => {
    expect(decisionFileName(new Date(2025, 2, 4, 23, 0))).toBe(
      'rag-or-tune-decision-2025-03-04.json',
    )
  })
})

describe('decisionJson: prices', () => {
  it('says where the model prices come from', () => {
    const tuned = { ...DEFAULT_ASSUMPTIONS, tunedModel: 'together:meta-llama/Llama-4-Scout' }
    expect(decisionJson(build('problem=voice', tuned).input).prices).toBe(
      `Model prices: together:meta-llama/Llama-4-Scout as the LoRA base model; ${pricesAsOf()}.`,
    )
  })
})
