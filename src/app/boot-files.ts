/**
 * What the page's first script (src/app/boot.ts) fetches for a URL's hash: the app's file, and
 * on a result's link the result page's files to preload beside it.
 */
export function filesToFetch(
  hash: string,
  names: { app?: string | undefined; result?: string | undefined },
): { app: string; preload: string[] } {
  const preload = hash.startsWith('#/result') ? (names.result ?? '').split(' ').filter(Boolean) : []
  return { app: names.app ?? '', preload }
}
