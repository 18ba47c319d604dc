import { useSyncExternalStore } from 'react'

const never = () => () => {}

/**
 * False while React hydrates the home page's prerendered markup (and when that markup is built),
 * true after: a part left out of the built page renders only once the page is the app's, so the
 * hydrated tree matches the built one.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  )
}
