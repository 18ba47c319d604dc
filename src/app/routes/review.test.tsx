import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Answers } from '../../engine/contract/answers'
import { useAnswersStore } from '../../store/answers-store'
import ReviewRoute from './review'
import { renderRoute } from './testing/render-route'
import { at } from '../../engine'

function renderReview(answers: Answers) {
  useAnswersStore.setState({ answers, storageNotice: null })
  const location = renderRoute('/review', '/review', <ReviewRoute />)
  return { user: userEvent.setup(), location }
}

beforeEach(() => {
  useAnswersStore.setState({ answers: {}, storageNotice: null })
})

describe('the review before the result', () => {
  it('lists the unanswered questions that could change who leads, and where each leads', () => {
    renderReview({ problem: ['knowledge'] })
    expect(
      screen.getByRole('heading', { level: 1, name: /2 unanswered questions could change/i }),
    ).toHaveFocus()
    const items = within(screen.getByTestId('open-questions')).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Reference material',
      'Response time',
    ])
    expect(items[0]).toHaveTextContent('Could lead to Prompt engineering')
    expect(document.title).toBe('Before the result — RAG or Tune')
  })

  it('opens a listed question so that answering it comes back here', async () => {
    const { user, location } = renderReview({ problem: ['knowledge'] })
    await user.click(at(screen.getAllByRole('link', { name: /^answer/i }), 0))
    expect(location()).toBe('/q/corpus?review')
  })

  it('offers the result with the answers given', () => {
    renderReview({ problem: ['knowledge'] })
    expect(screen.getByRole('link', { name: 'See the result' })).toHaveAttribute(
      'href',
      '/result?problem=knowledge',
    )
  })

  it('goes straight on to the result when no unanswered question would change it', () => {
    const { location } = renderReview({ problem: ['voice'], volume: 'high' })
    expect(location()).toBe('/result?problem=voice&volume=high')
  })

  it('names the problem as the question to answer when nothing is answered', () => {
    renderReview({})
    const items = within(screen.getByTestId('open-questions')).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(items[0]).toHaveTextContent('What is wrong today')
  })
})
