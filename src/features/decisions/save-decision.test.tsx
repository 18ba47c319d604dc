import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it } from 'vitest'
import { at, parseAnswers, recommend, serializeAnswers } from '../../engine'
import { useDecisionsStore } from '../../store/decisions-store'
import { SaveDecision, defaultDecisionName } from './save-decision'

const QUERY =
  'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large'
const recommendation = recommend(parseAnswers(QUERY).answers)

const renderSave = () =>
  render(
    <MemoryRouter>
      <SaveDecision query={QUERY} recommendation={recommendation} />
    </MemoryRouter>,
  )

describe('SaveDecision', () => {
  beforeEach(() => {
    localStorage.clear()
    void useDecisionsStore.persist.rehydrate()
  })

  it('names a decision after its plan and the day', () => {
    expect(defaultDecisionName(recommendation, new Date('2026-03-01T12:00:00Z'))).toBe(
      'LoRA + RAG, 1 Mar 2026',
    )
  })

  it('saves under the name typed in the inline form', async () => {
    const user = userEvent.setup()
    renderSave()
    await user.click(screen.getByRole('button', { name: 'Save this decision' }))
    const name = screen.getByLabelText('Name for this decision')
    expect(name).toHaveFocus()
    expect(name).toHaveValue(defaultDecisionName(recommendation))
    await user.clear(name)
    await user.type(name, 'In six months')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const [saved] = useDecisionsStore.getState().decisions
    expect(saved).toMatchObject({
      name: 'In six months',
      query: serializeAnswers(parseAnswers(QUERY).answers),
      primary: 'lora',
    })
    expect(screen.getByRole('status')).toHaveTextContent('Saved as “In six months”.')
    expect(screen.getByRole('link', { name: 'My decisions' })).toHaveAttribute('href', '/decisions')
  })

  it('saves nothing when cancelled with Escape', async () => {
    const user = userEvent.setup()
    renderSave()
    await user.click(screen.getByRole('button', { name: 'Save this decision' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByLabelText('Name for this decision')).not.toBeInTheDocument()
    expect(useDecisionsStore.getState().decisions).toEqual([])
  })

  it('falls back to the default name when the field is emptied', async () => {
    const user = userEvent.setup()
    renderSave()
    await user.click(screen.getByRole('button', { name: 'Save this decision' }))
    await user.clear(screen.getByLabelText('Name for this decision'))
    await user.keyboard('{Enter}')
    expect(at(useDecisionsStore.getState().decisions, 0).name).toBe(
      defaultDecisionName(recommendation),
    )
  })
})
