import { useCallback, useEffect, useRef, useState } from 'react'
import { serializeAssumptions, type Assumptions } from '../../engine'

/** Typing waits this long before the link is rewritten, so the URL does not churn. */
export const LINK_DEBOUNCE_MS = 600

/**
 * Edits of the cost assumptions, shown at once and handed to the link after a pause. The link
 * stays the source of truth: a draft lives only while the debounce runs, and is dropped as soon
 * as it has been handed over. `edit(next, true)` hands over at once; `flush` hands over what is
 * pending (leaving a field). Leaving the page drops a pending edit rather than navigating back.
 * @example const { shown, edit, flush } = useAssumptionsDraft(assumptions, onAssumptionsChange)
 */
export function useAssumptionsDraft(
  assumptions: Assumptions,
  onAssumptionsChange: (next: Assumptions) => void,
) {
  const [draft, setDraft] = useState<Assumptions | null>(null)
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; next: Assumptions } | null>(null)
  const handOver = useRef(onAssumptionsChange)
  const committed = useRef(assumptions)
  useEffect(() => {
    handOver.current = onAssumptionsChange
    committed.current = assumptions
  }, [onAssumptionsChange, assumptions])
  useEffect(() => () => clearTimeout(pending.current?.timer), [])

  const flush = useCallback(() => {
    const p = pending.current
    if (!p) return
    clearTimeout(p.timer)
    pending.current = null
    setDraft(null)
    // Edits that came back to where they started change nothing: the link stays as it is.
    if (serializeAssumptions(p.next) !== serializeAssumptions(committed.current))
      handOver.current(p.next)
  }, [])
  const edit = useCallback(
    (next: Assumptions, immediate: boolean) => {
      clearTimeout(pending.current?.timer)
      pending.current = { next, timer: setTimeout(flush, LINK_DEBOUNCE_MS) }
      setDraft(next)
      if (immediate) flush()
    },
    [flush],
  )
  return { shown: draft ?? assumptions, edit, flush }
}
