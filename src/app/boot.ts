/**
 * The page's first script (a few hundred bytes). The app's own script is already on its way (the
 * built page has a modulepreload link for it, see `homeShell` in vite.config.ts) and runs once
 * the page has painted: the home page's markup built into the page is on screen before the
 * app's start-up work, not after it. A page opened in a background tab paints no frames, so it
 * starts at once. (The result page's files are already on their way too: the inline route check
 * in src/app/csp.ts preloads them on a result's link. The dev server's page has no link.)
 */
const app = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')
const start = () =>
  void (import.meta.env.DEV ? import('./main') : import(/* @vite-ignore */ app?.href ?? ''))
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0))
else start()
