import { createRoot } from 'react-dom/client'
import { Workbox } from 'workbox-window'
import { registerServiceWorker } from './service-worker'
import { UpdatePrompt } from './update-prompt'

/**
 * Loaded by main.tsx once the first screen is up: registers the service worker built by
 * vite-plugin-pwa (`sw.js`, beside index.html) and shows the update prompt in its own live
 * region, outside the app's tree so no page has to know about it.
 */
export function startServiceWorker() {
  const region = document.createElement('div')
  region.setAttribute('role', 'status')
  region.setAttribute('aria-live', 'polite')
  document.body.append(region)
  const root = createRoot(region)

  return registerServiceWorker(new Workbox('./sw.js', { scope: './' }), {
    onUpdate: (apply) =>
      root.render(<UpdatePrompt onReload={apply} onLater={() => root.render(null)} />),
  })
}
