import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { usePrintRequested } from './use-print-requested'

function Paper() {
  return <p>{usePrintRequested() ? 'paper' : 'screen'}</p>
}

describe('usePrintRequested', () => {
  it('is false until the page is about to print, and the print layout already has the change', () => {
    render(<Paper />)
    expect(screen.getByText('screen')).toBeInTheDocument()
    // Read straight after the event, as the browser's print layout does: no waiting for React.
    let text: string | null = null
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
      text = document.querySelector('p')?.textContent ?? null
    })
    expect(text).toBe('paper')
  })

  it('stays true after printing', () => {
    render(<Paper />)
    act(() => {
      window.dispatchEvent(new Event('beforeprint'))
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(screen.getByText('paper')).toBeInTheDocument()
  })
})
