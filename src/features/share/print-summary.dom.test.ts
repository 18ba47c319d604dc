import { afterEach, describe, expect, it, vi } from 'vitest'
import { chartsDrawn, printSummary } from './print-summary'
import { must } from '../../engine'

function figure(inner: string) {
  const el = document.createElement('figure')
  el.innerHTML = `<div role="img">${inner}</div>`
  document.body.append(el)
  return must(el.firstElementChild)
}

describe('printSummary', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('takes an SVG that is itself the image as drawn', () => {
    const el = document.createElement('figure')
    el.innerHTML = '<svg role="img"></svg>'
    document.body.append(el)
    expect(chartsDrawn(document)).toBe(true)
  })

  it('knows a chart is drawn when it has its drawing or its "could not be drawn" note', () => {
    expect(chartsDrawn(document)).toBe(true)
    const box = figure('')
    expect(chartsDrawn(document)).toBe(false)
    box.innerHTML = '<svg></svg>'
    expect(chartsDrawn(document)).toBe(true)
    box.innerHTML = '<p>The chart could not be drawn</p>'
    expect(chartsDrawn(document)).toBe(true)
  })

  it('announces the print, waits for the charts to draw, then prints', async () => {
    const box = figure('')
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    window.addEventListener(
      'beforeprint',
      () => setTimeout(() => (box.innerHTML = '<svg></svg>'), 50),
      {
        once: true,
      },
    )
    await printSummary(window, 5_000)
    expect(box.innerHTML).toBe('<svg></svg>')
    expect(print).toHaveBeenCalledOnce()
  })

  it('announces the print again for a chart that appears while it waits', async () => {
    const first = figure('')
    let second: Element | null = null
    let announced = 0
    const draw = () => {
      announced++
      if (announced === 1) {
        first.innerHTML = '<svg></svg>'
        second = figure('')
      } else {
        must(second).innerHTML = '<svg></svg>'
      }
    }
    window.addEventListener('beforeprint', draw)
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await printSummary(window, 5_000)
    window.removeEventListener('beforeprint', draw)
    expect(announced).toBe(2)
    expect(print).toHaveBeenCalledOnce()
  })

  it('prints anyway when a chart does not draw in time', async () => {
    figure('')
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    await printSummary(window, 30)
    expect(print).toHaveBeenCalledOnce()
  })
})
