import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { must, DEFAULT_ASSUMPTIONS, recommend, type Answers, type Assumptions } from '../../engine'
import { CostSection } from './cost-section'
import { LINK_DEBOUNCE_MS } from './use-assumptions-draft'

// The drawing itself is recharts in a lazy chunk; its data and words are tested here and in
// cost-chart-data.test.ts.
vi.mock('./cost-chart', () => ({ default: () => null }))

const SELF_HOSTED_HIGH: Answers = {
  problem: ['voice', 'knowledge'],
  volume: 'high',
  hosting: 'self-host',
}

function setup(
  answers: Answers = SELF_HOSTED_HIGH,
  initial: Assumptions = DEFAULT_ASSUMPTIONS,
  /** How long the link takes to come back with a change (a busy page renders it late). */
  linkDelayMs = 0,
) {
  const onAssumptionsChange = vi.fn<(next: Assumptions) => void>()
  function Page() {
    // Stands in for the result page: the link holds the assumptions.
    const [assumptions, setAssumptions] = useState(initial)
    return (
      <CostSection
        answers={answers}
        assumptions={assumptions}
        recommendation={recommend(answers, assumptions)}
        onAssumptionsChange={(next) => {
          onAssumptionsChange(next)
          if (linkDelayMs > 0) setTimeout(() => setAssumptions(next), linkDelayMs)
          else setAssumptions(next)
        }}
      />
    )
  }
  const user = userEvent.setup()
  const view = render(<Page />)
  return { user, onAssumptionsChange, ...view }
}

const cell = (approach: string, figure: string) =>
  must(document.querySelector(`[data-cost-approach="${approach}"] [data-figure="${figure}"]`))

/** Waits out the link debounce (real timers: Testing Library's async helpers need them). */
const pause = (ms = LINK_DEBOUNCE_MS + 100) => new Promise((resolve) => setTimeout(resolve, ms))
/** An assumption's input, found by its label (role queries are slow on a page this size). */
const field = (name: string) => screen.getByLabelText(name, { selector: 'input' })
/**
 * Types `text` into an input key by key and leaves it, with synchronous events: a busy machine
 * cannot space the keystrokes out past the debounce.
 */
function typeAndLeave(input: HTMLElement, text: string) {
  fireEvent.focus(input)
  for (let i = 0; i <= text.length; i++)
    fireEvent.change(input, { target: { value: text.slice(0, i) } })
  fireEvent.blur(input)
}
/** A group's disclosure summary, by the group's name. */
const summary = (name: string) =>
  must([...document.querySelectorAll('summary')].find((s) => s.textContent.startsWith(name)))
/** Opens a folded group of assumptions (its fields are drawn once it is opened). */
async function openGroup(name: string) {
  fireEvent.click(summary(name))
  await waitFor(() => expect(summary(name).parentElement).toHaveAttribute('open'))
}

describe('CostSection: the assumptions panel', { timeout: 30_000 }, () => {
  it('passes a changed value on once typing pauses, and the figures follow at once', async () => {
    const { onAssumptionsChange } = setup()
    const before = cell('rag', 'monthly').textContent
    const input = field('Input price')
    // Four quick keystrokes (synchronous events, so a busy machine cannot space them out).
    for (const text of ['', '2', '2.', '2.5']) fireEvent.change(input, { target: { value: text } })
    expect(cell('rag', 'monthly').textContent).not.toBe(before)
    expect(onAssumptionsChange).not.toHaveBeenCalled()
    await waitFor(() => expect(onAssumptionsChange).toHaveBeenCalled())
    expect(onAssumptionsChange).toHaveBeenCalledTimes(1)
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      inputPricePerM: 2.5,
    })
    // 6,000,000 queries × ((800 + 1,500..2,500) × $2.5 + 300 × $4 + 800 × $0.02) / 1M + $0..100
    expect(cell('rag', 'monthly').textContent).toBe('$41,796–56,896')
  })

  it('passes pending edits on as soon as the field loses focus', () => {
    const { onAssumptionsChange } = setup()
    const horizon = field('Horizon')
    typeAndLeave(horizon, '24')
    expect(onAssumptionsChange).toHaveBeenCalledTimes(1)
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      horizonMonths: 24,
    })
    expect(screen.getByRole('columnheader', { name: 'Total over 24 months' })).toBeInTheDocument()
  })

  it('edits both ends of a range', async () => {
    const { onAssumptionsChange } = setup()
    expect(screen.queryByLabelText('Extra prompt tokens RAG adds, high')).toBeNull()
    await openGroup('Tokens a query')
    const high = field('Extra prompt tokens RAG adds, high')
    typeAndLeave(high, '4000')
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      ragExtraTokens: { low: 1_500, high: 4_000 },
    })
  })

  it.each([
    ['Input price', '-3', /Not applied: it cannot be negative/],
    ['Input price', 'cheap', /Not applied: it is not a number/],
    ['Input price', '', /Not applied: a value is needed/],
    ['Horizon', '1.5', /Not applied: it must be a whole number\. The figures keep 12 months\./],
    [
      'Extra prompt tokens RAG adds, low',
      '3000',
      /Not applied: the low end is above the high end\. The figures keep 1500–2500 tokens a query\./,
    ],
  ])('says why "%s" = "%s" is not used, and does not pass it on', async (name, text, message) => {
    const { onAssumptionsChange } = setup()
    await openGroup('Tokens a query')
    const input = field(name)
    const before = cell('rag', 'monthly').textContent
    typeAndLeave(input, text)
    await pause()
    expect(screen.getByText(message)).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(message)
    expect(onAssumptionsChange).not.toHaveBeenCalled()
    expect(cell('rag', 'monthly').textContent).toBe(before)
  })

  it('takes queries a day from the volume answer when left empty', () => {
    const { onAssumptionsChange } = setup(SELF_HOSTED_HIGH, {
      ...DEFAULT_ASSUMPTIONS,
      queriesPerDay: 5_000,
    })
    const qpd = field('Queries a day')
    expect(qpd).toHaveValue('5000')
    typeAndLeave(qpd, '')
    expect(onAssumptionsChange).toHaveBeenLastCalledWith(DEFAULT_ASSUMPTIONS)
    expect(qpd).toHaveAttribute('placeholder', '200,000')
    expect(qpd).toHaveAccessibleDescription(/Now: 200,000, from your volume answer/)
  })

  it('applies a preset at once, and marks and counts what changed', async () => {
    const { user, onAssumptionsChange } = setup()
    await user.click(screen.getByRole('button', { name: 'Hosted frontier model' }))
    expect(onAssumptionsChange).toHaveBeenCalledTimes(1)
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      inputPricePerM: 3,
      outputPricePerM: 15,
    })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Applied “Hosted frontier model”: 2 values changed.',
    )
    expect(field('Input price')).toHaveValue('3')
    expect(field('Output price')).toHaveValue('15')
    expect(screen.getByText('2 changed from the defaults.', { exact: false })).toBeInTheDocument()
    expect(summary('Hosted model prices')).toHaveTextContent('Hosted model prices (2 changed)')
    expect(summary('Tokens a query')).toHaveTextContent(/^Tokens a query$/)
    expect(screen.getAllByText('changed')).toHaveLength(2)
  })

  it('a preset clicked before the link has caught up with a typed value keeps that value', async () => {
    const { user, onAssumptionsChange } = setup(SELF_HOSTED_HIGH, DEFAULT_ASSUMPTIONS, 2000)
    typeAndLeave(field('Queries a day'), '50000')
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      queriesPerDay: 50000,
    })
    expect(field('Queries a day')).toHaveValue('50000')
    await user.click(screen.getByRole('button', { name: 'Hosted frontier model' }))
    expect(onAssumptionsChange).toHaveBeenLastCalledWith({
      ...DEFAULT_ASSUMPTIONS,
      queriesPerDay: 50000,
      inputPricePerM: 3,
      outputPricePerM: 15,
    })
    expect(field('Queries a day')).toHaveValue('50000')
  })

  it('combines presets: a frontier API for RAG, a self-hosted 8B model for LoRA', async () => {
    const { user, onAssumptionsChange } = setup()
    await user.click(screen.getByRole('button', { name: 'Hosted frontier model' }))
    await user.click(screen.getByRole('button', { name: 'Self-hosted open 8B model' }))
    const last = must(onAssumptionsChange.mock.lastCall)[0]
    expect(last.inputPricePerM).toBe(3)
    expect(last.servingGpuHourly).toEqual({ low: 0.8, high: 1.5 })
  })

  it('resets everything, or one field, to the defaults', async () => {
    const changed = { ...DEFAULT_ASSUMPTIONS, inputPricePerM: 9, horizonMonths: 36 }
    const { user, onAssumptionsChange } = setup(SELF_HOSTED_HIGH, changed)
    await user.click(screen.getByRole('button', { name: /Input price: use the default \(1\)/ }))
    await waitFor(() =>
      expect(onAssumptionsChange).toHaveBeenLastCalledWith({ ...changed, inputPricePerM: 1 }),
    )

    await user.click(screen.getByRole('button', { name: 'Reset all to defaults' }))
    expect(onAssumptionsChange).toHaveBeenLastCalledWith(DEFAULT_ASSUMPTIONS)
    expect(field('Horizon')).toHaveValue('12')
    expect(screen.getByRole('status')).toHaveTextContent('Every assumption is back to its default.')
    expect(screen.queryAllByText('changed')).toHaveLength(0)
  })

  it('drops a pending edit when the page goes away, rather than navigating back to it', async () => {
    const { onAssumptionsChange, unmount } = setup()
    const input = field('Output price')
    fireEvent.change(input, { target: { value: '40' } })
    unmount()
    await pause()
    expect(onAssumptionsChange).not.toHaveBeenCalled()
  })
})

describe('CostSection: the figures', { timeout: 30_000 }, () => {
  it('states the cheapest approach, the crossings and the break-even volumes in words', () => {
    setup()
    const words = screen.getByTestId('cost-break-even')
    expect(words).toHaveTextContent(
      /At 200,000 queries a day, LoRA fine-tuning costs the least over 12 months/,
    )
    const crossings = within(words).getAllByRole('listitem')
    expect(crossings[0]).toHaveTextContent(/^1LoRA fine-tuning becomes cheaper than RAG in month 1/)
    expect(words).toHaveTextContent(
      /LoRA fine-tuning costs less in total than RAG above about 39,000 queries a day/,
    )
  })

  it('says so when nothing crosses within the horizon', () => {
    setup({ volume: 'low' })
    expect(screen.getByTestId('cost-break-even')).toHaveTextContent(
      /No approach overtakes another within 12 months at this volume/,
    )
  })

  it('shows every approach’s estimates, marks the plan, and shows the math', async () => {
    const { user } = setup({ volume: 'medium' })
    const table = screen.getByRole('table', { name: 'Estimates by approach, low to high' })
    expect(within(table).getAllByRole('row')).toHaveLength(5)
    expect(cell('rag', 'monthly')).toHaveTextContent('$1,055–1,455')
    expect(cell('prompt', 'oneTime')).toHaveTextContent('$800–4,000')
    expect(
      within(table).getByRole('rowheader', { name: /Prompt engineering your plan/ }),
    ).toBeInTheDocument()
    await user.click(screen.getByText('Show the math: Retrieval-augmented generation'))
    const running = screen.getByRole('region', {
      name: 'Running cost a month, Retrieval-augmented generation',
    })
    expect(running).toHaveTextContent('= 300,000 × $0.003516–0.004516 + $0–100 = $1,055–1,455')
  })

  it('gives the chart’s numbers as a table', async () => {
    const { user } = setup()
    await user.click(screen.getByText('Show the chart as a table'))
    const table = screen.getByRole('table', { name: /Cumulative cost by month/ })
    const rows = within(table).getAllByRole('row')
    expect(rows.map((r) => must(r.firstChild).textContent)).toEqual([
      'By the end of month',
      '0 (build)',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
    ])
  })
})
