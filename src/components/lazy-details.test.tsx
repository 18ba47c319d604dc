import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { LazyDetails } from './lazy-details'

function toggle(details: HTMLDetailsElement, open: boolean) {
  details.open = open
  fireEvent(details, new Event('toggle'))
}

describe('LazyDetails', () => {
  it('builds its content the first time it opens, and keeps it when closed again', () => {
    const { container } = render(
      <LazyDetails summary={<summary>Show why</summary>}>
        <p>Every reason</p>
      </LazyDetails>,
    )
    const details = container.querySelector('details') as HTMLDetailsElement
    expect(screen.getByText('Show why')).toBeInTheDocument()
    expect(screen.queryByText('Every reason')).toBeNull()
    toggle(details, true)
    expect(screen.getByText('Every reason')).toBeInTheDocument()
    toggle(details, false)
    expect(screen.getByText('Every reason')).toBeInTheDocument()
  })

  it('can start open, content built, and stays as the reader leaves it when its props change', () => {
    const fold = (initiallyOpen: boolean) => (
      <LazyDetails id="costs" initiallyOpen={initiallyOpen} summary={<summary>Costs</summary>}>
        <p>Every figure</p>
      </LazyDetails>
    )
    const { container, rerender } = render(fold(true))
    const details = container.querySelector('details#costs') as HTMLDetailsElement
    expect(details.open).toBe(true)
    expect(screen.getByText('Every figure')).toBeInTheDocument()
    rerender(fold(false))
    expect(details.open).toBe(true)
  })
})
