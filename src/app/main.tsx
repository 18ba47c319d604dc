import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../index.css'
import { App } from './router'
import { must } from '../engine/must'

createRoot(must(document.getElementById('root'), 'the #root element of index.html')).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// The service worker (offline use, the update prompt) loads after the first screen, when the
// browser is idle, so it costs the first screen nothing but these lines.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => {
    import('./pwa/start').then((pwa) => pwa.startServiceWorker()).catch(() => {})
  }
  window.addEventListener(
    'load',
    () => ('requestIdleCallback' in window ? requestIdleCallback(start) : setTimeout(start, 200)),
    { once: true },
  )
}
