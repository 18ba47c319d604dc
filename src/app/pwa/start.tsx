import { createRoot, type Root } from 'react-dom/client'
import { Workbox } from 'workbox-window'
import { registerServiceWorker } from './service-worker'
import { UpdatePrompt } from './update-prompt'

/**
 * Loaded by main.tsx once the first screen is up: registers the service worker built by
 * vite-plugin-pwa (`sw.js`, beside index.html) and shows the update prompt, when there is one,
 * in a live region of its own outside the app's tree, so no page has to know about it.
 */
export function startServiceWorker() {
  let root: Root | undefined
  const regionRoot = () => {
    if (root) return root
    const region = document.createElement('div')
    region.setAttribute('role', 'status')
    region.setAttribute('aria-live', 'polite')
    document.body.append(region)
    return (root = createRoot(region))
  }

  return registerServiceWorker(new Workbox('./sw.js', { scope: './' }), {
    onUpdate: (apply) => {
      const prompt = regionRoot()
      // A live region announces what is added to it, not what it is created with.
      setTimeout(
        () => prompt.render(<UpdatePrompt onReload={apply} onLater={() => prompt.render(null)} />),
        100,
      )
    },
  })
}
