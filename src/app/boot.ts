import { filesToFetch } from './boot-files'

/**
 * The page's first script (a few hundred bytes). It waits for the page's first paint (the home
 * page's markup built into the page, or on any other page the site's header), then fetches and
 * starts the app's script, and on a result's link the result page's files beside it: the
 * stylesheet does not share the network with them, so the first paint comes sooner, and the
 * result's files are not fetched one hop after another once the app has run. A page opened in a
 * background tab paints no frames, so it starts at once. The files are named on this script's
 * own tag (`data-app`, `data-result`, written by `homeShell` in vite.config.ts); the dev
 * server's page has none.
 */
const tag = document.querySelector<HTMLScriptElement>('script[data-app]')
const start = () => {
  if (import.meta.env.DEV) {
    void import('./main')
    return
  }
  const { app, preload } = filesToFetch(location.hash, tag?.dataset ?? {})
  void import(/* @vite-ignore */ new URL(app, document.baseURI).href)
  for (const href of preload)
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
    )
}
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start, 0))
else start()
