import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

const printMedia = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : null

/**
 * False until the page is first about to print (the browser's `beforeprint`, or the print media
 * a print preview or an emulator sets), then true for good: what only paper shows waits for it
 * instead of weighing on every load. The update is synchronous, so the print layout that
 * follows `beforeprint` already holds it.
 */
export function usePrintRequested(): boolean {
  const [requested, setRequested] = useState(() => printMedia()?.matches ?? false)
  useEffect(() => {
    if (requested) return
    const show = () => {
      flushSync(() => setRequested(true))
    }
    const media = printMedia()
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) show()
    }
    window.addEventListener('beforeprint', show)
    media?.addEventListener('change', onMedia)
    return () => {
      window.removeEventListener('beforeprint', show)
      media?.removeEventListener('change', onMedia)
    }
  }, [requested])
  return requested
}
