import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { at, must, APPROACH_INFO, parseAnswers, recommend, type Answers } from '../../engine'
import { useAnswersStore } from '../../store/answers-store'
import { termParts } from '../../components/glossary/glossary'
import ResultRoute from './result'

// The drawing is recharts (its own lazy chunk); the figures' titles and tables are what we test.
vi.mock('../../components/charts/range-bar-chart', () => ({ default: () => null }))
// Slots owned by other features: mounted here, tested there.
vi.mock('../../features/share/share-bar', () => ({ ShareBar: () => null }))
vi.mock('../../features/share/print-brief', () => ({
  PrintBrief: () => null,
  preloadQrEncoder: () => Promise.resolve(null),
}))
vi.mock('../../features/cost/cost-section', () => ({ CostSection: () => null }))
vi.mock('../../features/decisions/save-decision', () => ({ SaveDecision: () => null }))

// A whole result page in jsdom: allow for a busy machine.
vi.setConfig({ testTimeout: 20_000 })

const CASE_8 =
  'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large'

function Where() {
  const { pathname, search } = useLocation()
  return <div data-testid="where">{`${pathname}${search}`}</div>
}

function renderResult(query: string) {
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={[`/result?${query}`]}>
      <Routes>
        <Route path="/result" element={<ResultRoute />} />
        <Route path="/q/:step" element={<h1>Question step</h1>} />
      </Routes>
      <Where />
    </MemoryRouter>,
  )
  return user
}

const rankingOrder = () =>
  within(screen.getByTestId('ranking'))
    .getAllByRole('listitem')
    .filter((li) => li.hasAttribute('data-approach'))
    .map((li) => li.getAttribute('data-approach'))

const expectedOrder = (answers: Answers) => recommend(answers).ranking.map((r) => r.approach)

beforeEach(() => {
  useAnswersStore.setState({ answers: {} })
})

describe('the result page', () => {
  it('ranks the four approaches in the engine’s order and shows the plan', () => {
    renderResult(CASE_8)
    const { answers } = parseAnswers(CASE_8)
    expect(rankingOrder()).toEqual(expectedOrder(answers))

    const stack = screen.getByTestId('stack')
    const members = [...stack.querySelectorAll('[data-approach]')].map((el) =>
      el.getAttribute('data-approach'),
    )
    expect(members).toEqual(recommend(answers).stack)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Fine-tune a LoRA adapter for the voice and add RAG for the facts.',
    )
  })

  it('puts focus on the heading and the recommendation in the tab title', () => {
    renderResult(CASE_8)
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(document.title).toMatch(/LoRA \+ RAG/)
  })

  it('ties each reason to the answer behind it, with a way to change that answer', async () => {
    const user = renderResult(CASE_8)
    const lora = screen.getByRole('listitem', { name: /LoRA fine-tuning/ })
    const reason = must(
      within(lora)
        .getByText(/enough for LoRA/)
        .closest('li'),
    )
    expect(reason).toHaveTextContent('+10')
    expect(reason).toHaveTextContent('Labelled examples: 500 to 5,000')
    // "Change" opens the answer's control right there, beside the reason.
    await user.click(within(reason).getByRole('button', { name: /change “labelled examples”/i }))
    const here = within(reason).getByRole('combobox', { name: 'Labelled examples' })
    expect(here).toHaveValue('500to5k')
    // Each approach links to its guide.
    expect(within(lora).getByRole('link', { name: 'LoRA fine-tuning' })).toHaveAttribute(
      'href',
      '/guide/lora',
    )
    expect(within(lora).getByText(/Started at 20/)).toBeInTheDocument()
  })

  it('updates the link and the ranking as soon as an answer changes', async () => {
    const user = renderResult(CASE_8)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Tried and measured so far' }),
      'none',
    )
    const next = parseAnswers(CASE_8.replace('baseline=prompt-rag', 'baseline=none')).answers
    expect(rankingOrder()).toEqual(expectedOrder(next))
    expect(rankingOrder()[0]).not.toBe('lora')
    // Focus stays on the control the user is working with.
    expect(screen.getByRole('combobox', { name: 'Tried and measured so far' })).toHaveFocus()
    expect(screen.getByTestId('where')).toHaveTextContent('baseline=none')

    await user.click(screen.getByRole('checkbox', { name: /sound like our brand/ }))
    expect(screen.getByTestId('where')).not.toHaveTextContent('voice')
  })

  it('shows the new plan beside the control that changed it, with undo', async () => {
    const user = renderResult(CASE_8)
    const before = recommend(parseAnswers(CASE_8).answers).stack
    const changed = parseAnswers(CASE_8.replace('examples=500to5k', 'examples=none')).answers
    const after = recommend(changed).stack
    expect(after).not.toEqual(before)
    const lora = screen.getByRole('listitem', { name: /LoRA fine-tuning/ })
    const reason = must(
      within(lora)
        .getByText(/enough for LoRA/)
        .closest('li'),
    )
    await user.click(within(reason).getByRole('button', { name: /change “labelled examples”/i }))
    await user.selectOptions(
      within(reason).getByRole('combobox', { name: 'Labelled examples' }),
      'none',
    )
    expect(screen.getByTestId('where')).toHaveTextContent('examples=none')
    // The reason went away with the change: its control moved to the top of the ranking.
    const note = await screen.findByTestId('plan-change')
    const names = (stack: string[]) =>
      stack.map((id) => APPROACH_INFO[id as 'rag'].name).join(' + ')
    expect(note).toHaveTextContent(`Plan: ${names(before)} → ${names(after)}`)
    expect(screen.getByTestId('moved-answer')).toContainElement(note)
    await user.click(within(note).getByRole('button', { name: 'Undo' }))
    expect(screen.getByTestId('where')).toHaveTextContent('examples=500to5k')
    expect(rankingOrder()).toEqual(expectedOrder(parseAnswers(CASE_8).answers))
  })

  it('shows every answer, unknown ones as unknown', () => {
    renderResult('problem=tone')
    expect(screen.getByRole('combobox', { name: 'Queries a day' })).toHaveDisplayValue(
      'Unknown (not answered)',
    )
    expect(screen.getByRole('checkbox', { name: 'The tone is off' })).toBeChecked()
    expect(screen.getByText(/1 of 14 answered/)).toBeInTheDocument()
  })

  it('lists what would change the plan, unanswered questions first, as links', async () => {
    const user = renderResult('')
    // Worked out in slices after the first showing.
    const section = await screen.findByRole('region', { name: 'What would change this' })
    const links = within(section).getAllByRole('link')
    expect(links.length).toBeGreaterThan(0)
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/result\?/))
    expect(within(section).getByRole('heading', { name: 'Questions that matter' })).toBeVisible()
    await user.click(within(section).getByRole('button', { name: /answer “what is wrong today”/i }))
    expect(screen.getByRole('checkbox', { name: /know our facts/i })).toHaveFocus()
    // Following a change opens that result, and focus starts at its heading again.
    await user.click(at(links, 0))
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })

  it('says what would unlock the best fit without a click, when the plan is not it', () => {
    renderResult(
      'problem=format&reliability=strict&baseline=prompt&examples=under500&team=some&hosting=managed-ft',
    )
    const unlocks = screen.getByTestId('unlocks')
    expect(unlocks).toBeVisible()
    expect(unlocks.closest('details')).toBeNull()
    expect(unlocks).toHaveTextContent(
      /LoRA fine-tuning fits your problem best, but it is not possible now/,
    )
    expect(unlocks).toHaveTextContent(/Collect at least 500 high-quality/)
    expect(screen.getByTestId('confidence')).toHaveTextContent(/Not settled yet/)
  })

  it('shows no unlocks when the plan is the best fit', () => {
    renderResult(CASE_8)
    expect(screen.queryByTestId('unlocks')).toBeNull()
  })

  it('lists the next steps in order', async () => {
    renderResult(CASE_8)
    const steps = within(await screen.findByRole('region', { name: 'Next steps' })).getAllByRole(
      'checkbox',
    )
    expect(steps.length).toBe(recommend(parseAnswers(CASE_8).answers).nextSteps.length)
  })

  it('folds the costs until asked, then offers the charts as tables too', async () => {
    const user = renderResult(CASE_8)
    expect(screen.queryByRole('figure', { name: /one-time cost to build/i })).toBeNull()
    await user.click(screen.getByText('What it costs'))
    const figure = await screen.findByRole('figure', { name: /one-time cost to build/i })
    const table = at(within(figure).getAllByRole('table', { hidden: true }), 0)
    expect(within(table).getAllByRole('row', { hidden: true })).toHaveLength(5)
  })
})

describe('a bad link', () => {
  const BAD = 'problem=knowledge,bogus&volume=huge&citations=yes&foo=bar&latency=tight,relaxed'

  it('says what was ignored and why, and keeps every valid answer', () => {
    renderResult(BAD)
    const notice = screen.getByRole('status')
    expect(notice).toHaveTextContent(/could not be used/)
    expect(notice).toHaveTextContent('"bogus" is not an answer to "problem"')
    expect(notice).toHaveTextContent('"foo" is not a question we ask')
    expect(notice).toHaveTextContent('"latency" takes one value')
    expect(screen.getByRole('combobox', { name: 'Answers point to sources' })).toHaveValue('yes')
    expect(screen.getByRole('checkbox', { name: /know our facts/ })).toBeChecked()
    expect(rankingOrder()).toEqual(expectedOrder(parseAnswers(BAD).answers))
  })

  it('survives a huge link and caps the list', () => {
    renderResult(Array.from({ length: 8000 }, (_, i) => `k${i}=v`).join('&'))
    const notice = screen.getByRole('status')
    expect(within(notice).getAllByRole('listitem')).toHaveLength(11)
    expect(notice).toHaveTextContent(/and 7,991 more/)
    expect(rankingOrder()).toHaveLength(4)
  })

  it('drops the ignored parts from the link on request', async () => {
    const user = renderResult(BAD)
    await user.click(screen.getByRole('button', { name: /drop the ignored parts/i }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
    expect(screen.getByTestId('where')).toHaveTextContent('/result?problem=knowledge&citations=yes')
  })

  it('loads its answers into an empty questionnaire at the first question to fix', async () => {
    const user = renderResult(BAD)
    await user.click(screen.getByRole('button', { name: 'Fix it in the questionnaire' }))
    expect(useAnswersStore.getState().answers).toEqual({ problem: ['knowledge'], citations: 'yes' })
    expect(screen.getByTestId('where')).toHaveTextContent('/q/problem')
  })

  it('asks before replacing different saved answers, and keeps them when told to', async () => {
    useAnswersStore.setState({ answers: { problem: ['tone'], volume: 'low' } })
    const user = renderResult(BAD)
    await user.click(screen.getByRole('button', { name: 'Fix it in the questionnaire' }))
    const dialog = screen.getByRole('alertdialog', { name: 'Replace your saved answers?' })
    expect(within(dialog).getByRole('button', { name: 'Keep my answers' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Keep my answers' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(useAnswersStore.getState().answers).toEqual({ problem: ['tone'], volume: 'low' })
    expect(screen.getByTestId('where')).toHaveTextContent('/result?')

    await user.click(screen.getByRole('button', { name: /edit these answers/i }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /edit these answers/i }))
    await user.click(screen.getByRole('button', { name: 'Replace them with these' }))
    expect(useAnswersStore.getState().answers).toEqual({ problem: ['knowledge'], citations: 'yes' })
    expect(screen.getByTestId('where')).toHaveTextContent('/q/problem')
  })
})

describe('glossary terms in the reasons', () => {
  it('links each term of the primary’s reasons once, where the card first names it', () => {
    renderResult(CASE_8)
    const primary = must(recommend(parseAnswers(CASE_8).answers).ranking[0])
    const terms = new Set(
      primary.reasons.flatMap((reason) =>
        termParts(reason.text).flatMap((part) => (part.term ? [part.term] : [])),
      ),
    )
    expect(terms.size).toBeGreaterThan(0)
    const card = must(
      within(screen.getByTestId('ranking'))
        .getAllByRole('listitem')
        .find((li) => li.getAttribute('data-approach') === primary.approach),
    )
    const linked = within(card)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => href.includes('/guide/glossary'))
      .map((href) => new URLSearchParams(href.split('?')[1]).get('term'))
    expect(new Set(linked)).toEqual(terms)
    expect(linked).toHaveLength(terms.size)
  })
})
