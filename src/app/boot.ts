/**
 * The page's first script (a few hundred bytes). The app's own script is already on its way (the
 * built page has a modulepreload link for it, see `homeShell` in vite.config.ts) and runs once
 * the page has painted: the home page's markup built into the page is on screen before the
 * app's start-up work, not after it. A page opened in a background tab paints no frames, so it
 * starts at once. On a result's link the result page's files (named on that link) are fetched
 * now too, beside the app's, not one after another once the app has run. (The dev server's page
 * has no link.)
 */
const app = document.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')
if (location.hash.startsWith('#/result'))
  for (const href of app?.dataset.result?.split(' ') ?? []) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = href
    document.head.append(link)
  }
const start = () =>
  void (import.meta.env.DEV ? import('./main') : import(/* @vite-ignore */ app?.href ?? ''))
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0))
else start()
