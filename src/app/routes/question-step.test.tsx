import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Answers } from '../../engine/contract/answers'
import { useAnswersStore } from '../../store/answers-store'
import QuestionStepPage, { ADVANCE_MS } from './question-step'
import { renderRoute } from './testing/render-route'

function renderAt(path: string, answers: Answers = {}, clock?: 'fake') {
  useAnswersStore.setState({ answers, storageNotice: null })
  // With the clock stopped, events are sent with fireEvent: user-event and Testing Library's
  // async helpers wait on timers themselves.
  if (clock) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const user = userEvent.setup()
  return { user, location: renderRoute(path, '/q/:step', <QuestionStepPage />) }
}

const answers = () => useAnswersStore.getState().answers
/** Lets the pending advance's moment pass (or part of it). */
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms))
const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }))
const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key })

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
afterEach(() => {
  vi.useRealTimers()
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

  it('moves on a moment after a pick, so the pick is seen first', async () => {
    const { location } = renderAt('/q/volume', {}, 'fake')
    pick('Over 100,000')
    expect(answers().volume).toBe('high')
    await wait(ADVANCE_MS - 1)
    expect(screen.getByRole('radio', { name: 'Over 100,000' })).toBeChecked()
    expect(location()).toBe('/q/volume')
    await wait(1)
    expect(location()).toBe('/q/latency')
    expect(screen.getByRole('heading', { level: 1, name: /response time/i })).toHaveFocus()
  })

  it('does not move on after a link was followed meanwhile (its page may still be loading)', async () => {
    const { location } = renderAt('/q/volume', {}, 'fake')
    const before = window.location.hash
    pick('Over 100,000')
    // "Skip to the result" changes the address at once; the result's code may still be loading.
    window.location.hash = '#/result?volume=high'
    try {
      await wait(ADVANCE_MS * 2)
      expect(location()).toBe('/q/volume')
    } finally {
      window.location.hash = before
    }
  })

  it('picks with a number key and moves on the same way; Enter moves on at once', async () => {
    const { location } = renderAt('/q/volume', {}, 'fake')
    press('3')
    expect(screen.getByRole('radio', { name: 'Over 100,000' })).toBeChecked()
    expect(location()).toBe('/q/volume')
    await wait(ADVANCE_MS)
    expect(location()).toBe('/q/latency')
    press('2')
    press('Enter')
    expect(answers().latency).toBe('tight')
    expect(location()).toBe('/q/examples')
    // The advance the pick had started is gone with the step it was for.
    await wait(ADVANCE_MS * 3)
    expect(location()).toBe('/q/examples')
  })

  it('starts the moment again on a new pick', async () => {
    const { location } = renderAt('/q/volume', {}, 'fake')
    pick('Under 1,000')
    await wait(ADVANCE_MS - 50)
    pick('Over 100,000')
    await wait(ADVANCE_MS - 50)
    expect(location()).toBe('/q/volume')
    await wait(50)
    expect(location()).toBe('/q/latency')
    expect(answers().volume).toBe('high')
  })

  it('lets arrow keys browse the options without moving on', async () => {
    const { location } = renderAt('/q/volume', { volume: 'low' }, 'fake')
    // What a browser does on an arrow key in a radio group: the key, then a click on the next.
    const low = screen.getByRole('radio', { name: 'Under 1,000' })
    act(() => low.focus())
    press('ArrowDown', low)
    pick('1,000 to 100,000')
    expect(screen.getByRole('radio', { name: '1,000 to 100,000' })).toBeChecked()
    expect(answers().volume).toBe('medium')
    await wait(ADVANCE_MS * 3)
    expect(location()).toBe('/q/volume')
    press('Enter', screen.getByRole('radio', { name: '1,000 to 100,000' }))
    expect(location()).toBe('/q/latency')
  })

  it('moves on when the option already chosen is picked again', async () => {
    const { location } = renderAt('/q/volume', { volume: 'low' }, 'fake')
    pick('Under 1,000')
    await wait(ADVANCE_MS)
    expect(location()).toBe('/q/latency')
    expect(answers().volume).toBe('low')
  })

  it('drops a pending advance when the step is left another way', async () => {
    const { location } = renderAt('/q/volume', {}, 'fake')
    pick('Over 100,000')
    fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    expect(location()).toBe('/q/depth')
    await wait(ADVANCE_MS * 3)
    expect(location()).toBe('/q/depth')
  })

  it('does not move on by itself where more than one answer is allowed', async () => {
    const { location } = renderAt('/q/problem', {}, 'fake')
    fireEvent.click(screen.getByRole('checkbox', { name: /tone is off/i }))
    await wait(ADVANCE_MS * 3)
    expect(location()).toBe('/q/problem')
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

  it.each(['0', '?'])('has a key for “I don’t know”: %s', async (key) => {
    const { user, location } = renderAt('/q/volume', { volume: 'low', team: 'some' })
    expect(screen.getByRole('button', { name: /don’t know/i })).toHaveAttribute(
      'aria-keyshortcuts',
      '0',
    )
    await user.keyboard(key)
    expect(answers()).toEqual({ team: 'some' })
    expect(location()).toBe('/q/latency')
  })

  it('keeps 0 for a typed score', async () => {
    const { user, location } = renderAt('/q/measured', { baseline: 'prompt' })
    const field = await screen.findByRole('textbox', { name: /best score/i })
    await user.click(field)
    await user.keyboard('90')
    expect(answers().measured).toBe(90)
    expect(location()).toBe('/q/measured')
  })

  it('shows where you are and how many steps remain, following the branching', async () => {
    const { user } = renderAt('/q/examples')
    expect(screen.getByText(/question 10 of 14/i)).toHaveTextContent('4 to go')
    await user.keyboard('1') // no examples: hosting, budget and churn drop out
    expect(screen.getByText(/question 10 of 11/i)).toHaveTextContent('1 to go')
  })

  it('goes to the review after the last step', async () => {
    const { user, location } = renderAt('/q/team', { examples: 'none', budget: 'over50k' })
    expect(screen.getByRole('button', { name: 'See the result' })).toBeInTheDocument()
    await user.keyboard('2{Enter}')
    expect(answers().team).toBe('some')
    expect(location()).toBe('/review')
  })

  it('goes back to the review from a question it opened', async () => {
    const { user, location } = renderAt('/q/corpus?review', { problem: ['knowledge'] })
    await user.click(screen.getByRole('button', { name: 'Back to the review' }))
    expect(location()).toBe('/review')
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
    // The same names as the result page and the exports: the vocabulary's.
    expect(current).toHaveTextContent(/^Queries a day/)
    const problem = within(summary).getByRole('link', { name: /what is wrong today/i })
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
