/**
 * localStorage that says what went wrong instead of throwing: `refused` when the browser will
 * not let this page store anything (private modes, policies), `full` when a write went over
 * the quota. Shared by the answers and the decisions stores.
 */
export type StorageProblem = 'refused' | 'full'

/** The page's localStorage, or null when the browser refuses it (the getter itself may throw). */
export function localStore(): Storage | null {
  try {
    const store = window.localStorage
    // Some browsers hand out an object whose every call throws: find out now.
    store.getItem('rag-or-tune:probe')
    return store
  } catch {
    return null
  }
}

/**
 * Writes one entry; says why it could not.
 * @example writeItem('rag-or-tune:x', '1') // null, or 'full' / 'refused'
 */
export function writeItem(key: string, value: string): StorageProblem | null {
  const store = localStore()
  if (!store) return 'refused'
  try {
    store.setItem(key, value)
    return null
  } catch (error) {
    // QuotaExceededError (Firefox: NS_ERROR_DOM_QUOTA_REACHED); anything else is a refusal.
    return /quota/i.test((error as Error).name) ? 'full' : 'refused'
  }
}
