import { useCallback, useEffect, useRef, useState } from 'react'
import { serializeAssumptions, type Assumptions } from '../../engine'

/** Typing waits this long before the link is rewritten, so the URL does not churn. */
export const LINK_DEBOUNCE_MS = 600

/**
 * Edits of the cost assumptions, shown at once and handed to the link after a pause. The link
 * stays the source of truth: a draft lives only while the debounce runs and until the link's
 * assumptions have changed after it was handed over. `edit(next, true)` hands over at once;
 * `flush` hands over what is pending (leaving a field). Leaving the page drops a pending edit
 * rather than navigating back.
 * @example const { shown, edit, flush } = useAssumptionsDraft(assumptions, onAssumptionsChange)
 */
export function useAssumptionsDraft(
  assumptions: Assumptions,
  onAssumptionsChange: (next: Assumptions) => void,
) {
  // While typing, the edit waiting for the debounce; once handed over, the same edit until the
  // link's assumptions come back changed, so nothing reads the old ones in between (a preset
  // clicked right after leaving a field applies on top of what was typed, not over it).
  const [draft, setDraft] = useState<{ next: Assumptions; handedOver: boolean } | null>(null)
  const [seen, setSeen] = useState(assumptions)
  if (seen !== assumptions) {
    setSeen(assumptions)
    if (draft?.handedOver) setDraft(null)
  }
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
    // Edits that came back to where they started change nothing: the link stays as it is.
    const changed = serializeAssumptions(p.next) !== serializeAssumptions(committed.current)
    setDraft(changed ? { next: p.next, handedOver: true } : null)
    if (changed) handOver.current(p.next)
  }, [])
  const edit = useCallback(
    (next: Assumptions, immediate: boolean) => {
      clearTimeout(pending.current?.timer)
      pending.current = { next, timer: setTimeout(flush, LINK_DEBOUNCE_MS) }
      setDraft({ next, handedOver: false })
      if (immediate) flush()
    },
    [flush],
  )
  return { shown: draft?.next ?? assumptions, edit, flush }
}
