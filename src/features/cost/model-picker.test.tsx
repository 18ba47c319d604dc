import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { at, DEFAULT_ASSUMPTIONS, type Assumptions } from '../../engine'
import { PRICE_SNAPSHOT, pricesAsOf } from '../../engine/cost/prices/price-catalog'
import { ModelPicker } from './model-picker'

const monthsAfter = (months: number) => {
  const d = new Date(`${PRICE_SNAPSHOT.asOf}T12:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
}

describe('ModelPicker', () => {
  it.each([
    [1, false],
    [7, true],
  ])('%i months after the snapshot, warns that it is old: %s', async (months, warns) => {
    render(
      <ModelPicker
        answers={{}}
        assumptions={DEFAULT_ASSUMPTIONS}
        onChange={() => {}}
        today={monthsAfter(months)}
      />,
    )
    expect(screen.getByTestId('prices-as-of')).toHaveTextContent(pricesAsOf())
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.queryByText(/more than six months old/) !== null).toBe(warns)
  })

  it('hands over the chosen model with its catalog prices', async () => {
    const onChange = vi.fn<(next: Assumptions, immediate: boolean) => void>()
    render(
      <ModelPicker
        answers={{ hosting: 'managed-ft' }}
        assumptions={DEFAULT_ASSUMPTIONS}
        onChange={onChange}
        today={monthsAfter(0)}
      />,
    )
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
    render(
      <ModelPicker
        answers={{ hosting: 'self-host' }}
        assumptions={DEFAULT_ASSUMPTIONS}
        onChange={() => {}}
      />,
    )
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.queryByLabelText('LoRA base model, and where it is served')).toBeNull()
    expect(screen.getByText(/priced on your own GPUs/)).toBeInTheDocument()
  })

  it('states the decision’s risks about where the model would be tuned', async () => {
    render(
      <ModelPicker
        answers={{ hosting: 'managed-ft' }}
        assumptions={DEFAULT_ASSUMPTIONS}
        onChange={() => {}}
        risks={[{ id: 'tuning-provider-ending', text: 'OpenAI is winding down fine-tuning.' }]}
      />,
    )
    await screen.findByLabelText('Model for prompting and RAG')
    expect(screen.getByTestId('tuning-risk')).toHaveTextContent(
      'OpenAI is winding down fine-tuning.',
    )
  })
})
