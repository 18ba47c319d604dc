import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerServiceWorker, type ServiceWorkerHandle } from './service-worker'
import { at } from '../../engine'

type Listener = () => void

/** A stand-in for workbox-window's Workbox: events are fired by the test. */
function fakeWorkbox({ refuse = false } = {}) {
  const listeners = new Map<string, Listener[]>()
  const handle = {
    addEventListener: vi.fn((type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener])
    }),
    register: vi.fn(() =>
      refuse ? Promise.reject(new Error('refused')) : Promise.resolve(undefined),
    ),
    update: vi.fn(() => Promise.resolve()),
    messageSkipWaiting: vi.fn(),
  }
  const fire = (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener())
  return { handle, workbox: handle as unknown as ServiceWorkerHandle, fire }
}

/** The fake workbox registered with spies for the update offer and the reload. */
async function registered(options: Partial<Parameters<typeof registerServiceWorker>[1]> = {}) {
  const fake = fakeWorkbox()
  const onUpdate = vi.fn()
  const reload = vi.fn()
  await registerServiceWorker(fake.workbox, { onUpdate, reload, ...options })
  return { ...fake, onUpdate, reload }
}

describe('registerServiceWorker', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('offers a waiting version and reloads only once the user applies it', async () => {
    const { handle, fire, onUpdate, reload } = await registered()
    expect(handle.register).toHaveBeenCalledOnce()
    expect(onUpdate).not.toHaveBeenCalled()

    fire('waiting')
    expect(onUpdate).toHaveBeenCalledOnce()
    expect(handle.messageSkipWaiting).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()

    const apply = at(onUpdate.mock.calls, 0)[0] as () => void
    apply()
    expect(handle.messageSkipWaiting).toHaveBeenCalledOnce()
    expect(reload).not.toHaveBeenCalled()
    fire('controlling')
    expect(reload).toHaveBeenCalledOnce()
  })

  it('never reloads a tab the new version was switched on from another tab: it offers a reload', async () => {
    const { fire, onUpdate, reload } = await registered({ isControlled: () => true })
    fire('waiting')
    fire('controlling')
    expect(reload).not.toHaveBeenCalled()
    expect(onUpdate).toHaveBeenCalledTimes(2)
    const reloadNow = at(onUpdate.mock.calls, 1)[0] as () => void
    reloadNow()
    expect(reload).toHaveBeenCalledOnce()
  })

  it('does nothing when the first version takes the page, and offers the next one', async () => {
    const { fire, onUpdate, reload } = await registered({ isControlled: () => false })
    fire('controlling')
    expect(onUpdate).not.toHaveBeenCalled()
    expect(reload).not.toHaveBeenCalled()
    // Published later, switched on from another tab.
    fire('controlling')
    expect(onUpdate).toHaveBeenCalledOnce()
    expect(reload).not.toHaveBeenCalled()
  })

  it('asks for a new version every hour while online, not offline', async () => {
    const { handle, workbox } = fakeWorkbox()
    await registerServiceWorker(workbox, { onUpdate: vi.fn(), checkEveryMs: 1000 })
    vi.advanceTimersByTime(1000)
    expect(handle.update).toHaveBeenCalledOnce()
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    vi.advanceTimersByTime(1000)
    expect(handle.update).toHaveBeenCalledOnce()
    online.mockRestore()
  })

  it('is quiet when the browser refuses the worker: no error, no checks', async () => {
    const { handle, workbox } = fakeWorkbox({ refuse: true })
    await expect(registerServiceWorker(workbox, { onUpdate: vi.fn() })).resolves.toBeUndefined()
    vi.advanceTimersByTime(2 * 60 * 60 * 1000)
    expect(handle.update).not.toHaveBeenCalled()
  })
})
