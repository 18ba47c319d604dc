import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Answers } from '../../engine/contract/answers'
import { useAnswersStore } from '../../store/answers-store'
import { Home } from './home'

function renderHome(answers: Answers) {
  useAnswersStore.setState({ answers, storageNotice: null })
  render(
    <MemoryRouter>
      <Home />
    </MemoryRouter>,
  )
}

const link = (name: string) => screen.getByRole('link', { name })

beforeEach(() => {
  useAnswersStore.setState({ answers: {}, storageNotice: null })
})

describe('the home page', () => {
  it('says what the app does and starts at the first question', () => {
    renderHome({})
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /prompt, retrieve or fine-tune/i,
    )
    expect(link('Start the questionnaire')).toHaveAttribute('href', '/q/problem')
    expect(link('Skip to the result')).toHaveAttribute('href', '/result')
  })

  it('continues at the first open step and skips to the result with the answers that count', () => {
    // budget is not asked without examples, so its stale answer stays out of the link.
    renderHome({ problem: ['tone'], baseline: 'none', examples: 'none', budget: 'over50k' })
    expect(link('Continue the questionnaire')).toHaveAttribute('href', '/q/corpus')
    expect(link('Skip to the result')).toHaveAttribute(
      'href',
      '/result?problem=tone&examples=none&baseline=none',
    )
  })

  it('offers typical situations, each opening its prefilled result', async () => {
    renderHome({})
    const section = await screen.findByRole('region', { name: /typical situation/i })
    const links = within(section).getAllByRole('link')
    expect(links).toHaveLength(4)
    const support = within(section).getByRole('link', { name: /support bot/i })
    expect(support).toHaveTextContent('Plan: Retrieval-augmented generation')
    expect(support.getAttribute('href')).toMatch(/^\/result\?problem=knowledge&/)
    expect(document.title).toBe('RAG or Tune — how to adapt your LLM')
  })
})
