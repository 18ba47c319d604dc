import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { formatRange } from '../../components/charts/chart-data'
import { at, must, planName, recommend } from '../../engine'
import { AnswersTable } from './answers-table'
import { CompareChartFigure } from './compare-chart-figure'
import { compareQuery, parseComparison } from './compare-link'
import type { ComparedScenario, ScenarioLinks } from './compare.types'
import { EstimatesTable } from './estimates-table'
import { ScenarioColumns } from './scenario-columns'

// Two scenarios that differ in one answer: the volume (the article's LoRA + RAG case at scale).
const scenarios: ComparedScenario[] = parseComparison(
  compareQuery([
    { query: 'problem=voice,knowledge&volume=low&hosting=self-host', name: 'Today' },
    { query: 'problem=voice,knowledge&volume=high&hosting=self-host', name: 'At scale' },
  ]),
).scenarios.map((s) => ({ ...s, recommendation: recommend(s.answers, s.assumptions) }))

const links: ScenarioLinks = {
  result: (query) => `/result?${query}`,
  map: (query) => `/map?${query}`,
  guide: (id) => `/guide/${id}`,
}

describe('ScenarioColumns', () => {
  it('names each scenario with its plan and its ranking, verdicts in words', () => {
    render(
      <MemoryRouter>
        <ScenarioColumns scenarios={scenarios} links={links} onSave={() => {}} />
      </MemoryRouter>,
    )
    const columns = screen.getAllByRole('listitem').filter((li) => li.querySelector('h3'))
    expect(columns).toHaveLength(2)
    scenarios.forEach((s, i) => {
      const column = within(at(columns, i))
      expect(column.getByRole('heading', { level: 3 })).toHaveTextContent(s.name)
      expect(column.getByText(planName(s.recommendation.stack))).toBeInTheDocument()
      const top = s.recommendation.ranking[0]
      const ranking = within(at(column.getAllByRole('list'), 0)).getAllByRole('listitem')
      expect(within(at(ranking, 0)).getByRole('link')).toHaveAttribute(
        'href',
        `/guide/${top.approach}`,
      )
      expect(column.getAllByText(/^(recommended|viable|not advised)$/)).toHaveLength(4)
      expect(column.getByRole('link', { name: `Open this result (${s.name})` })).toHaveAttribute(
        'href',
        `/result?${s.query}`,
      )
    })
  })

  it('saves the scenario whose button was pressed', async () => {
    const onSave = vi.fn()
    render(
      <MemoryRouter>
        <ScenarioColumns scenarios={scenarios} links={links} onSave={onSave} />
      </MemoryRouter>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Save to my decisions (At scale)' }))
    expect(onSave).toHaveBeenCalledExactlyOnceWith(scenarios[1])
  })
})

describe('AnswersTable', () => {
  it('marks the answer that differs and can show only the differences', async () => {
    render(<AnswersTable scenarios={scenarios} />)
    expect(screen.getByText('1 of 3 answered questions differs.')).toBeInTheDocument()
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(4)
    expect(within(table).getByText('≠ differs')).toBeInTheDocument()

    await userEvent.click(screen.getByLabelText('Show only the answers that differ'))
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(2)
    expect(rows[1]).toHaveTextContent('≠ differs')
  })
})

describe('EstimatesTable', () => {
  it('shows each scenario’s plan estimates in its own column', () => {
    render(<EstimatesTable scenarios={scenarios} />)
    const row = screen.getByRole('row', { name: /^Running cost a month/ })
    const cells = within(row).getAllByRole('cell')
    expect(cells).toHaveLength(2)
    scenarios.forEach((s, i) => {
      const id = s.recommendation.stack[0]
      const r = s.recommendation.estimates[id].monthly
      expect(cells[i]).toHaveTextContent(formatRange('usd-month', r.low, r.high))
    })
  })
})

describe('CompareChartFigure', () => {
  it('switches the measure, and its table follows', async () => {
    render(<CompareChartFigure scenarios={scenarios} />)
    const figure = screen.getByRole('figure')
    expect(figure).toHaveAccessibleName(/Running cost a month/)
    await userEvent.click(screen.getByRole('radio', { name: 'total cost over the horizon' }))
    expect(figure).toHaveAccessibleName(/Total cost over the horizon/)
    const [table] = within(figure).getAllByRole('table', { hidden: true })
    expect(table).toHaveAccessibleName(/Total cost over the horizon/)
    expect(within(must(table)).getAllByRole('row', { hidden: true })).toHaveLength(5)
  })
})
