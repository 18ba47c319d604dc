import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ASSUMPTIONS, analyseSensitivity, parseAnswers, recommend } from '../../engine'
import { PrintBrief, paperHref } from './print-brief'

describe('paperHref', () => {
  it.each([
    ['https://example.com/#/result?problem=tone', 'https://example.com/?#/result?problem=tone'],
    ['https://example.com/tools/?x=1#/result', 'https://example.com/tools/?x=1#/result'],
    ['https://example.com/', 'https://example.com/'],
  ])('%s → %s', (link, href) => expect(paperHref(link)).toBe(href))
})

describe('PrintBrief', () => {
  it('names every changed assumption and links the result', () => {
    const query = 'problem=knowledge&freshness=frequent&corpus=large'
    const { answers } = parseAnswers(query)
    const assumptions = { ...DEFAULT_ASSUMPTIONS, queriesPerDay: 1_000_000 }
    render(
      <PrintBrief
        query={query}
        answers={answers}
        assumptions={assumptions}
        recommendation={recommend(answers, assumptions)}
        sensitivity={analyseSensitivity(answers, assumptions)}
      />,
    )
    expect(screen.getByText(/the defaults, except one changed/)).toBeInTheDocument()
    expect(screen.getByText(/^Queries a day: 1,000,000/)).toBeInTheDocument()
    const link = screen.getByRole('link')
    expect(link).toHaveAttribute('href', paperHref(link.textContent))
    expect(link.textContent).toMatch(/#\/result\?problem=knowledge/)
  })
})
