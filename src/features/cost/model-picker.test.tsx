import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ComponentProps } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { at, DEFAULT_ASSUMPTIONS, type Assumptions } from '../../engine'
import { PRICE_SNAPSHOT, pricesAsOf } from '../../engine/cost/prices/price-catalog'
import { ModelPicker } from './model-picker'

const monthsAfter = (months: number) => {
  const d = new Date(`${PRICE_SNAPSHOT.asOf}T12:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

/** The picker for these answers, with the default assumptions unless given. */
function renderPicker(props: Partial<ComponentProps<typeof ModelPicker>>) {
  render(
    <ModelPicker answers={{}} assumptions={DEFAULT_ASSUMPTIONS} onChange={() => {}} {...props} />,
  )
}

describe('ModelPicker', () => {
  it.each([
    [1, false],
    [7, true],
  ])('%i months after the snapshot, warns that it is old: %s', async (months, warns) => {
    renderPicker({ today: monthsAfter(months) })
    expect(screen.getByTestId('prices-as-of')).toHaveTextContent(pricesAsOf())
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.queryByText(/more than six months old/) !== null).toBe(warns)
  })

  it('hands over the chosen model with its catalog prices', async () => {
    const onChange = vi.fn<(next: Assumptions, immediate: boolean) => void>()
    renderPicker({ answers: { hosting: 'managed-ft' }, onChange, today: monthsAfter(0) })
    const select = await screen.findByLabelText('LoRA base model, and where it is served')
    await userEvent.selectOptions(select, 'fireworks:llama-v3p1-8b-instruct')
    expect(onChange).toHaveBeenCalledTimes(1)
    const [next, immediate] = at(onChange.mock.calls, 0)
    expect(immediate).toBe(true)
    expect(next).toMatchObject({
      tunedModel: 'fireworks:llama-v3p1-8b-instruct',
      tunedInputPricePerM: 0.2,
      tunedOutputPricePerM: 0.2,
      hostedModel: null,
    })
  })

  it('when LoRA is self-hosted, asks for no LoRA provider', async () => {
    renderPicker({ answers: { hosting: 'self-host' } })
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.queryByLabelText('LoRA base model, and where it is served')).toBeNull()
    expect(screen.getByText(/priced on your own GPUs/)).toBeInTheDocument()
  })

  it('states the decision’s risks about where the model would be tuned', async () => {
    renderPicker({
      answers: { hosting: 'managed-ft' },
      risks: [{ id: 'tuning-provider-ending', text: 'OpenAI is winding down fine-tuning.' }],
    })
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.getByTestId('tuning-risk')).toHaveTextContent(
      'OpenAI is winding down fine-tuning.',
    )
  })
})
