import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { estimate, parseAnswers } from '../../engine'
import { estimateChartData } from './chart-data'
import RangeBarChart from './range-bar-chart'

const WIDTH = 320

/** jsdom has no layout: a ResizeObserver that reports a fixed box. */
class FixedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: WIDTH, height: 230 } } as unknown as ResizeObserverEntry],
      this,
    )
  }
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FixedResizeObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('RangeBarChart', () => {
  const answers = parseAnswers('volume=low&hosting=self-host').answers
  const data = estimateChartData(estimate(answers), 'monthly', ['lora'])

  it('draws one labelled range per approach, every label inside the drawing', () => {
    const { container } = render(<RangeBarChart data={data} />)
    for (const row of data.rows) {
      const label = screen.getByText(row.barLabel)
      const x = Number(label.getAttribute('x'))
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x + row.barLabel.length * 6).toBeLessThanOrEqual(WIDTH)
      // Above its own bar: from the bar's start, pulled left only as far as the text needs.
      const barX = Number(label.previousElementSibling?.getAttribute('x'))
      expect(x).toBeLessThanOrEqual(barX)
      expect(barX - x).toBeLessThanOrEqual(row.barLabel.length * 7.2)
    }
    expect(container.querySelector('svg')).toHaveAttribute('width', String(WIDTH))
  })

  it('marks the plan by hatching and a label, not by colour alone', () => {
    const { container } = render(<RangeBarChart data={data} />)
    expect(screen.getAllByText('your plan')).toHaveLength(1)
    const hatched = [...container.querySelectorAll('rect[fill^="url(#"]')]
    expect(hatched).toHaveLength(1)
    expect(container.querySelector('pattern line')).not.toBeNull()
  })

  it('names the axis with its unit and scale', () => {
    render(<RangeBarChart data={data} />)
    expect(data.scale).toBe('log')
    expect(screen.getByText('USD a month (log scale)')).toBeInTheDocument()
  })
})
