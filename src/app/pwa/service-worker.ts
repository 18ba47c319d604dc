import type { Workbox } from 'workbox-window'

/** The part of workbox-window's `Workbox` the update flow uses (a fake in tests). */
export type ServiceWorkerHandle = Pick<
  Workbox,
  'addEventListener' | 'register' | 'update' | 'messageSkipWaiting'
>

export interface UpdateFlowOptions {
  /** A new version is ready: show the prompt; `apply` switches to it and reloads. */
  onUpdate: (apply: () => void) => void
  /** Reloads the page (the tests pass a spy). */
  reload?: () => void
  /** How often an open tab asks the host for a new version. */
  checkEveryMs?: number
  /** Whether a service worker controls the page now (the tests pass their own). */
  isControlled?: () => boolean
}

export const CHECK_EVERY_MS = 60 * 60 * 1000

/**
 * Registers the service worker and runs the update flow: a new version waits until the user
 * chooses Reload, and only the tab where they chose it reloads. Another open tab switched over
 * by that choice keeps what is on its screen and shows the prompt instead. Fails silently where
 * service workers are unavailable or refused: the app then works online as before.
 *
 * @example
 * registerServiceWorker(new Workbox('./sw.js', { scope: './' }), { onUpdate: showPrompt })
 */
export async function registerServiceWorker(
  workbox: ServiceWorkerHandle,
  {
    onUpdate,
    reload = () => window.location.reload(),
    checkEveryMs = CHECK_EVERY_MS,
    isControlled = () =>
      // Undefined outside a secure context, whatever the DOM types say.
      Boolean((navigator.serviceWorker as ServiceWorkerContainer | undefined)?.controller),
  }: UpdateFlowOptions,
): Promise<void> {
  let reloadRequested = false
  // The first version taking an uncontrolled page (clientsClaim) changes nothing on screen;
  // any later change of controller is a switch to a new version. (Workbox's own `isUpdate`
  // only tells whether the page was controlled when it registered.)
  let controlled = isControlled()
  const apply = () => {
    reloadRequested = true
    workbox.messageSkipWaiting()
  }
  workbox.addEventListener('waiting', () => onUpdate(apply))
  workbox.addEventListener('controlling', () => {
    const switched = controlled
    controlled = true
    if (reloadRequested) reload()
    else if (switched) onUpdate(reload)
  })
  try {
    await workbox.register()
  } catch {
    return
  }
  setInterval(() => {
    if (navigator.onLine) workbox.update().catch(() => {})
  }, checkEveryMs)
}
