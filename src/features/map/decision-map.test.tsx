import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { must, at, DEFAULT_ASSUMPTIONS, parseAnswers } from '../../engine'
import { decisionPath, mapNode } from '../../engine/map/decision-path'
import { SPEC_CASES } from '../../engine/testing/spec-cases'
import { DecisionMapDiagram, pathSummary } from './decision-map-diagram'
import { DecisionOutline } from './decision-outline'

const pathOf = (query: string) => decisionPath(parseAnswers(query).answers, DEFAULT_ASSUMPTIONS)

describe('DecisionOutline', () => {
  it.each(SPEC_CASES.map((c) => [c.n, c.query] as const))(
    'case %i: marks one result, at the end of the path',
    (_, query) => {
      const path = pathOf(query)
      render(
        <MemoryRouter>
          <DecisionOutline path={path} questionTo={(key) => `/q/${key}`} />
        </MemoryRouter>,
      )
      const outline = screen.getByTestId('map-outline')
      const results = within(outline).getAllByText('★ your result')
      expect(results).toHaveLength(1)
      expect(at(results, 0).closest('li')).toHaveAttribute('data-node', path.end)
      expect(at(results, 0).parentElement).toHaveTextContent(mapNode(path.end).title)
    },
  )

  it('links every deciding question to its step', () => {
    render(
      <MemoryRouter>
        <DecisionOutline path={pathOf('')} questionTo={(key) => `/q/${key}`} />
      </MemoryRouter>,
    )
    const first = at(screen.getAllByRole('link'), 0)
    expect(first.getAttribute('href')).toMatch(/^\/q\//)
  })
})

describe('DecisionMapDiagram', () => {
  it('names the path in the images, and a click on a step opens its question', async () => {
    const path = pathOf(at(SPEC_CASES, 0).query)
    const onOpenQuestion = vi.fn()
    render(<DecisionMapDiagram path={path} onOpenQuestion={onOpenQuestion} />)
    const maps = screen.getAllByRole('img')
    expect(maps).toHaveLength(2)
    for (const map of maps)
      expect(map).toHaveAccessibleName(expect.stringContaining(`Your path: ${pathSummary(path)}.`))
    const end = must(at(maps, 0).querySelector(`[data-node="${path.end}"]`))
    expect(end).toHaveAttribute('data-end', 'true')
    await userEvent.click(end)
    expect(onOpenQuestion).toHaveBeenCalledExactlyOnceWith(path.end)
  })
})
