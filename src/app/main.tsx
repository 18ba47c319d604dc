import { startTransition, StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import '../index.css'
import { App } from './router'
import { must } from '../engine/must'
import { HOME_HASH } from './home-hash'

const root = must(document.getElementById('root'), 'the #root element of index.html')
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
// The home page's markup is built into the page (see `homeShell` in vite.config.ts). On the home
// page the app hydrates it: React keeps those elements (and the focus a keyboard user may have
// moved in them) and does the work in slices that leave the page responsive. The test is the
// inline route check's (ROUTE_CHECK_SCRIPT), run again now: a link followed before this script
// ran has moved the page elsewhere.
const shell = root.querySelector<HTMLElement>(':scope > .home-shell')
if (shell && HOME_HASH.test(location.hash)) hydrateRoot(shell, app)
else {
  // Elsewhere the app renders over the hidden markup, as a transition: React renders it in
  // slices that leave the page responsive (at once, it was one task of 250 ms under Lighthouse's
  // 4x CPU throttle, after the first paint). Only when a control of the hidden markup has the
  // focus (a link followed there before this script ran) is the render synchronous, so the
  // focus can be handed to the control at the same place.
  const reactRoot = createRoot(root)
  const controls = () => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select')]
  const focused = controls().findIndex((control) => control === document.activeElement)
  if (focused < 0) {
    startTransition(() => {
      reactRoot.render(app)
    })
  } else {
    flushSync(() => {
      reactRoot.render(app)
    })
    controls()[focused]?.focus()
  }
}

// The service worker (offline use, the update prompt) loads after the first screen, when the
// browser is idle, so it costs the first screen nothing but these lines.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    import('./pwa/start').then((pwa) => pwa.startServiceWorker()).catch(() => {})
  }
  const whenIdle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(start) : setTimeout(start, 200)
  // This script starts after the first paint (src/app/boot.ts): the page may have loaded already.
  if (document.readyState === 'complete') whenIdle()
  else window.addEventListener('load', whenIdle, { once: true })
}
