import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Answers } from '../../engine/contract/answers'
import { useAnswersStore } from '../../store/answers-store'
import QuestionStepPage from './question-step'

function Where() {
  const { pathname, search } = useLocation()
  return <output aria-label="location">{pathname + search}</output>
}

function renderAt(path: string, answers: Answers = {}) {
  useAnswersStore.setState({ answers, storageNotice: null })
  const user = userEvent.setup()
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/q/:step" element={<QuestionStepPage />} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </MemoryRouter>,
  )
  return { user, location: () => screen.getByRole('status', { name: 'location' }).textContent }
}

const answers = () => useAnswersStore.getState().answers

// jsdom has <dialog> but not its modal behaviour; every browser we target has it.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement, value?: string) {
    if (value !== undefined) this.returnValue = value
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
})

beforeEach(() => {
  useAnswersStore.setState({ answers: {}, storageNotice: null })
})

describe('a question step', () => {
  it('shows the question, why we ask, and each option with its hint', () => {
    renderAt('/q/volume')
    const heading = screen.getByRole('heading', { level: 1, name: /queries a day/i })
    expect(heading).toHaveFocus()
    expect(screen.getByText(/why we ask/i)).toBeInTheDocument()
    const group = screen.getByRole('radiogroup', { name: /queries a day/i })
    const radios = within(group).getAllByRole('radio')
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['low', 'medium', 'high'])
    expect(screen.getByRole('radio', { name: 'Over 100,000' })).toHaveAccessibleDescription(
      /high-traffic/i,
    )
  })

  it('asks for one or more problems with checkboxes', async () => {
    const { user } = renderAt('/q/problem')
    const group = screen.getByRole('group', { name: /what is wrong/i })
    expect(within(group).getAllByRole('checkbox')).toHaveLength(8)
    await user.click(screen.getByRole('checkbox', { name: /tone is off/i }))
    await user.click(screen.getByRole('checkbox', { name: /output format/i }))
    expect(answers().problem).toEqual(['tone', 'format'])
    await user.click(screen.getByRole('checkbox', { name: /tone is off/i }))
    expect(answers().problem).toEqual(['format'])
  })

  it('picks an option with its number key and continues with Enter', async () => {
    const { user, location } = renderAt('/q/volume')
    await user.keyboard('3')
    expect(screen.getByRole('radio', { name: 'Over 100,000' })).toBeChecked()
    expect(answers().volume).toBe('high')
    await user.keyboard('{Enter}')
    expect(location()).toBe('/q/latency')
    expect(screen.getByRole('heading', { level: 1, name: /response time/i })).toHaveFocus()
  })

  it('toggles problems with number keys', async () => {
    const { user } = renderAt('/q/problem')
    await user.keyboard('13')
    expect(answers().problem).toEqual(['knowledge', 'tone'])
    await user.keyboard('1')
    expect(answers().problem).toEqual(['tone'])
    await user.keyboard('9')
    expect(answers().problem).toEqual(['tone'])
  })

  it('goes back to the previous asked step, and home from the first', async () => {
    const { user, location } = renderAt('/q/reliability', { problem: ['tone'], corpus: 'none' })
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(location()).toBe('/q/corpus')
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'Back' }))
    await user.click(screen.getByRole('button', { name: 'Back' }))
    expect(location()).toBe('/')
  })

  it('leaves the answer unknown with “I don’t know”', async () => {
    const { user, location } = renderAt('/q/volume', { volume: 'low', team: 'some' })
    await user.click(screen.getByRole('button', { name: /don’t know/i }))
    expect(answers()).toEqual({ team: 'some' })
    expect(location()).toBe('/q/latency')
  })

  it('shows where you are and how many steps remain, following the branching', async () => {
    const { user } = renderAt('/q/examples')
    expect(screen.getByText(/question 10 of 14/i)).toHaveTextContent('4 to go')
    await user.keyboard('1') // no examples: hosting, budget and churn drop out
    expect(screen.getByText(/question 10 of 11/i)).toHaveTextContent('1 to go')
  })

  it('goes to the result after the last step with the answers that count', async () => {
    const { user, location } = renderAt('/q/team', { examples: 'none', budget: 'over50k' })
    expect(screen.getByRole('button', { name: 'See the result' })).toBeInTheDocument()
    await user.keyboard('2{Enter}')
    expect(location()).toBe('/result?examples=none&team=some')
  })

  it('skips to the result from any step', () => {
    renderAt('/q/baseline', { problem: ['tone'] })
    expect(screen.getByRole('link', { name: /skip to the result/i })).toHaveAttribute(
      'href',
      '/result?problem=tone',
    )
  })

  it('lists the answers so far and jumps back to any step', async () => {
    const { user, location } = renderAt('/q/volume', {
      problem: ['tone', 'format'],
      baseline: 'none',
    })
    const summary = screen.getByRole('complementary', { name: /your answers/i })
    expect(await within(summary).findByText(/2 of 14/)).toBeInTheDocument()
    const current = within(summary).getByRole('link', { current: 'step' })
    expect(current).toHaveTextContent(/volume/i)
    const problem = within(summary).getByRole('link', { name: /problem/i })
    expect(problem).toHaveTextContent(/tone is off; it breaks our output format/i)
    await user.click(problem)
    expect(location()).toBe('/q/problem')
  })

  it('starts over only after confirming in a dialog', async () => {
    const { user, location } = renderAt('/q/volume', { problem: ['tone'], volume: 'low' })
    await user.click(await screen.findByRole('button', { name: 'Start over' }))
    let dialog = await screen.findByRole('dialog', { name: /clear all your answers/i })
    await user.click(within(dialog).getByRole('button', { name: 'Keep them' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(answers()).toEqual({ problem: ['tone'], volume: 'low' })
    await user.click(screen.getByRole('button', { name: 'Start over' }))
    dialog = await screen.findByRole('dialog', { name: /clear all your answers/i })
    await user.click(within(dialog).getByRole('button', { name: 'Clear answers' }))
    expect(answers()).toEqual({})
    expect(location()).toBe('/q/problem')
  })

  it('shows a storage notice once, until dismissed', async () => {
    const { user } = renderAt('/q/problem')
    act(() => {
      useAnswersStore.setState({ storageNotice: 'Your saved answers were reset.' })
    })
    expect(await screen.findByText('Your saved answers were reset.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText('Your saved answers were reset.')).not.toBeInTheDocument()
  })

  it('explains an unknown step and links back to the first question', async () => {
    renderAt('/q/colour')
    expect(await screen.findByRole('heading', { name: /no question “colour”/i })).toBeVisible()
    expect(screen.getByRole('link', { name: /first question/i })).toHaveAttribute(
      'href',
      '/q/problem',
    )
  })
})
