import { describe, expect, it } from 'vitest'
import { at, DEFAULT_ASSUMPTIONS, analyseSensitivity, parseAnswers, recommend } from '../../engine'
import { shortSummary } from './short-summary'

const LINK = 'https://example.com/#/result?problem=voice'
const summary = (query: string) => {
  const { answers } = parseAnswers(query)
  return shortSummary({
    answers,
    assumptions: DEFAULT_ASSUMPTIONS,
    recommendation: recommend(answers),
    link: LINK,
  })
}

describe('shortSummary', () => {
  it('is three lines and the link', () => {
    const lines = summary(
      'problem=voice&examples=500to5k&baseline=prompt&volume=high&team=some&budget=10kto50k&hosting=managed-ft',
    ).split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe('Plan: LoRA fine-tuning (a clear lead).')
    expect(lines[1]).toMatch(
      /^Cost: \$[\d.]+k–\$[\d.]+k one-time, within the budget of up to \$50k; .* a month; a first version in \d+–\d+ days\.$/,
    )
    expect(lines[2]).toMatch(/^Would change it: If “Labelled examples” were/)
    expect(lines[3]).toBe(LINK)
  })

  it('names the heaviest change the sensitivity analysis finds', () => {
    const query = 'problem=knowledge&freshness=frequent&corpus=large'
    const { answers } = parseAnswers(query)
    expect(summary(query).split('\n')[2]).toBe(
      `Would change it: ${at(analyseSensitivity(answers).changes, 0).text}`,
    )
  })

  it('leaves the budget out when none was given, and says when the plan may not fit it', () => {
    expect(summary('problem=tone').split('\n')[1]).not.toContain('budget')
    expect(
      summary(
        'problem=voice&volume=high&examples=500to5k&team=some&budget=under1k&baseline=prompt',
      ).split('\n')[1],
    ).toMatch(/(may exceed|over) the budget of up to \$1k/)
  })
})
