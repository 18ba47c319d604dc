/** How long "Print summary" waits for lazily drawn charts before printing anyway. */
export const PRINT_WAIT_MS = 2_000

/** Whether every chart on the page has been drawn (or has given up and said so). */
export function chartsDrawn(doc: Document): boolean {
  return [...doc.querySelectorAll('figure [role="img"]')].every(
    (el) => el.querySelector('svg, p') !== null,
  )
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Opens the print dialog once the page is ready for paper. Charts are drawn only when they come
 * into view or the page is about to print; the browser's own `beforeprint` comes too late for a
 * chart that still has to load, so it is announced first and given a moment to draw.
 */
export async function printSummary(win: Window = window, waitMs = PRINT_WAIT_MS): Promise<void> {
  win.dispatchEvent(new Event('beforeprint'))
  const start = performance.now()
  while (!chartsDrawn(win.document) && performance.now() - start < waitMs) await nextFrame()
  win.print()
}
