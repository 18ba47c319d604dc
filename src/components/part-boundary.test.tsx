import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { PartBoundary } from './part-boundary'

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module')
}

describe('PartBoundary', () => {
  it('shows its part when nothing fails', () => {
    render(
      <PartBoundary fallback={<p>No chart</p>}>
        <p>The chart</p>
      </PartBoundary>,
    )
    expect(screen.getByText('The chart')).toBeInTheDocument()
    expect(screen.queryByText('No chart')).not.toBeInTheDocument()
  })

  it('shows the fallback in place of a failing part and keeps the rest of the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <main>
        <h1>Result</h1>
        <PartBoundary fallback={<p>No chart</p>}>
          <Broken />
        </PartBoundary>
      </main>,
    )
    expect(screen.getByRole('heading', { name: 'Result' })).toBeInTheDocument()
    expect(screen.getByText('No chart')).toBeInTheDocument()
    vi.restoreAllMocks()
  })
})
