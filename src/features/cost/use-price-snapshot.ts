import { useEffect, useState } from 'react'
import type { PriceSnapshot } from '../../engine/cost/prices/price-catalog'

export type SnapshotState =
  { status: 'loading' } | { status: 'ready'; snapshot: PriceSnapshot } | { status: 'failed' }

let loaded: Promise<PriceSnapshot> | null = null

/** The catalog snapshot, fetched once as its own chunk: only the cost section asks for it. */
export function loadPriceSnapshot(): Promise<PriceSnapshot> {
  loaded ??= import('../../engine/cost/prices/price-snapshot.json').then(
    (m) => m.default as PriceSnapshot,
  )
  loaded.catch(() => {
    // A failed fetch (offline before the chunk was cached) may be tried again later.
    loaded = null
  })
  return loaded
}

/** The snapshot's loading state, for a component that shows the model picker. */
export function usePriceSnapshot(): SnapshotState {
  const [state, setState] = useState<SnapshotState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    loadPriceSnapshot().then(
      (snapshot) => live && setState({ status: 'ready', snapshot }),
      () => live && setState({ status: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [])
  return state
}
