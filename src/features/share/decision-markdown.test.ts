import { describe, expect, it } from 'vitest'
import {
  at,
  must,
  APPROACH_INFO,
  DEFAULT_ASSUMPTIONS,
  compareCosts,
  parseAnswers,
  recommend,
} from '../../engine'
import { pricesAsOf } from '../../engine/cost/prices/price-catalog'
import { decisionMarkdown } from './decision-markdown'
import { answersInWords, planSentence, planTitle, shareLink } from './decision-summary'
import { EXPORT_CASES } from './testing/export-cases'

const date = new Date(2025, 2, 4, 10, 30)

function build(query: string) {
  const { answers } = parseAnswers(query)
  const recommendation = recommend(answers)
  const link = shareLink('https://example.com', '/rag-or-tune/', query)
  const markdown = decisionMarkdown({
    answers,
    assumptions: DEFAULT_ASSUMPTIONS,
    recommendation,
    link,
    date,
  })
  return { answers, recommendation, link, markdown, lines: markdown.split('\n') }
}

/** The rows of the table under a heading, without its header and divider. */
function tableUnder(lines: string[], heading: string): string[][] {
  const start = lines.indexOf(heading)
  expect(start).toBeGreaterThan(-1)
  const rows: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break
    if (line.startsWith('|')) rows.push(line)
  }
  return rows.slice(2).map((row) =>
    row
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim()),
  )
}

describe('decisionMarkdown', () => {
  it.each(EXPORT_CASES)('$name: reads as a decision with its plan, ranking and link', (c) => {
    const { answers, recommendation, link, markdown, lines } = build(c.query)
    expect(recommendation.stack).toEqual(c.stack)

    expect(lines[0]).toBe(`# Decision: ${planTitle(recommendation)}`)
    expect(markdown).toContain(planSentence(recommendation, answers))
    expect(markdown).toContain('Made with RAG or Tune on 2025-03-04')

    const ranking = tableUnder(lines, '## Ranking')
    expect(ranking.map((row) => row[1])).toEqual(
      recommendation.ranking.map((r) => APPROACH_INFO[r.approach].name),
    )
    expect(ranking.map((row) => Number(row[2]))).toEqual(recommendation.ranking.map((r) => r.score))
    expect(ranking.every((row) => row.length === 4)).toBe(true)

    const estimates = tableUnder(lines, '## Estimates')
    expect(estimates).toHaveLength(4)
    expect(estimates.every((row) => row.length === 5 && at(row, 1).startsWith('$'))).toBe(true)

    for (const line of answersInWords(answers).given) expect(lines).toContain(`- ${line}`)
    for (const sentence of compareCosts(answers).sentences) expect(lines).toContain(`- ${sentence}`)
    for (const step of recommendation.nextSteps) expect(markdown).toContain(`**${step.title}.**`)

    expect(markdown).toContain(`(${link})`)
    expect(lines).toContain(`Link to this result: ${link}`)
  })

  it('says why a complement is in the plan', () => {
    const { markdown, recommendation } = build(at(EXPORT_CASES, 2).query)
    expect(recommendation.stackReasons).toHaveLength(1)
    expect(markdown).toContain(`- In the plan: ${at(recommendation.stackReasons, 0).text}`)
  })

  it('keeps each approach to its three heaviest reasons and says how many more there are', () => {
    const { markdown, recommendation } = build(at(EXPORT_CASES, 2).query)
    const lora = must(recommendation.ranking.find((r) => r.approach === 'lora'))
    expect(lora.reasons.length).toBeGreaterThan(3)
    expect(markdown).toContain(`- …and ${lora.reasons.length - 3} more in the full result.`)
    expect(markdown).toMatch(/^- \(\+25\) Prompting and RAG were both measured/m)
  })

  it('says so when nothing was answered', () => {
    const { markdown } = build('')
    expect(markdown).toContain('- No question answered yet')
    expect(markdown).toContain('Not answered: What is wrong today;')
  })

  it('names every assumption changed from the defaults, with its value', () => {
    const { answers } = parseAnswers('problem=knowledge&volume=high')
    const assumptions = { ...DEFAULT_ASSUMPTIONS, queriesPerDay: 1_000_000, inputPricePerM: 3 }
    const markdown = decisionMarkdown({
      answers,
      assumptions,
      recommendation: recommend(answers, assumptions),
      link: 'https://example.com/#/result?problem=knowledge',
      date,
    })
    const section = at(at(markdown.split('## Assumptions\n\n'), 1).split('\n\n## '), 0)
    expect(section).toMatch(/^The defaults, except 2 changed:/)
    expect(section).toContain('- Queries a day: 1,000,000')
    expect(section).toMatch(/- Input price: 3 USD per 1M .*\(default 1\)/)
    expect(build('problem=tone').markdown).toContain(
      '## Assumptions\n\nEvery cost assumption is the default.',
    )
  })

  it('lists what would change the answer', () => {
    const { markdown } = build(at(EXPORT_CASES, 2).query)
    expect(markdown).toMatch(/## What would change the answer\n\n- .+would/)
  })
})

describe('decisionMarkdown: where the prices come from', () => {
  it('names the chosen model and the catalog with its date and version', () => {
    const { answers } = parseAnswers('problem=knowledge')
    const assumptions = { ...DEFAULT_ASSUMPTIONS, hostedModel: 'openai:gpt-5-mini' }
    const markdown = decisionMarkdown({
      answers,
      assumptions,
      recommendation: recommend(answers, assumptions),
      link: 'https://example.com/#/result?problem=knowledge&a.m=openai:gpt-5-mini',
      date,
    })
    expect(markdown).toContain(
      `Model prices: openai:gpt-5-mini for prompting and RAG; ${pricesAsOf()}.`,
    )
    expect(build('problem=knowledge').markdown).toContain('Model prices: illustrative defaults')
  })
})
