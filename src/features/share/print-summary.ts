/** How long "Print summary" waits for lazily drawn charts before printing anyway. */
export const PRINT_WAIT_MS = 2_000

/**
 * Chart boxes not drawn yet: neither their drawing nor their "could not be drawn" note. (A box
 * is the element that holds a drawing; an SVG that is itself the image is drawn by definition.)
 */
function undrawnCharts(doc: Document): Element[] {
  return [...doc.querySelectorAll('figure div[role="img"]')].filter(
    (el) => el.querySelector('svg, p') === null,
  )
}

/** Whether every chart on the page has been drawn (or has given up and said so). */
export function chartsDrawn(doc: Document): boolean {
  return undrawnCharts(doc).length === 0
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Opens the print dialog once the page is ready for paper. Charts are drawn only when they come
 * into view or the page is about to print; the browser's own `beforeprint` comes too late for a
 * chart that still has to load, so it is announced first (again for charts that appear
 * meanwhile) and the charts get a moment to draw.
 */
export async function printSummary(win: Window = window, waitMs = PRINT_WAIT_MS): Promise<void> {
  const start = performance.now()
  const told = new WeakSet<Element>()
  // A frame first, so that a section still rendering has its charts on the page.
  await nextFrame()
  for (;;) {
    const waiting = undrawnCharts(win.document)
    if (waiting.length === 0 || performance.now() - start >= waitMs) break
    if (waiting.some((el) => !told.has(el))) {
      for (const el of waiting) told.add(el)
      win.dispatchEvent(new Event('beforeprint'))
    }
    await nextFrame()
  }
  win.print()
}
