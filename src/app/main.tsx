import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import '../index.css'
import { App } from './router'
import { must } from '../engine/must'

const root = must(document.getElementById('root'), 'the #root element of index.html')
// The home page's markup is built into the page (see `homeShell` in vite.config.ts), and a
// keyboard user may already have moved focus in it: the app's same markup takes the focus over.
const controls = () => [...root.querySelectorAll<HTMLElement>('a[href], button, input, select')]
const focused = controls().findIndex((control) => control === document.activeElement)
flushSync(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
if (focused >= 0) controls()[focused]?.focus()

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
