import { afterEach, describe, expect, it, vi } from 'vitest'
import { runInSlices } from './run-in-slices'

/** The clock `performance.now` reads in these tests: only the steps move it. */
let now = 0

/** A generator of `n` steps, each taking `stepMs` of that clock, returning `n`. */
function* work(n: number, stepMs: number, ran: number[]): Generator<void, number, void> {
  for (let i = 0; i < n; i++) {
    now += stepMs
    ran.push(i)
    yield
  }
  return n
}

describe('runInSlices', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('runs the steps in slices of the budget, a macrotask apart, and hands over the result', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const ran: number[] = []
    const done = vi.fn()
    runInSlices(work(10, 1, ran), done, 4)
    // Nothing runs in the caller's task.
    expect(ran).toEqual([])
    vi.advanceTimersToNextTimer()
    expect(ran).toHaveLength(4)
    expect(done).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(ran).toHaveLength(10)
    expect(done).toHaveBeenCalledExactlyOnceWith(10)
  })

  it('stops where it is when cancelled, and never calls done', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const ran: number[] = []
    const done = vi.fn()
    const cancel = runInSlices(work(10, 1, ran), done, 4)
    vi.advanceTimersToNextTimer()
    cancel()
    vi.runAllTimers()
    expect(ran).toHaveLength(4)
    expect(done).not.toHaveBeenCalled()
  })

  it('finishes a run that fits in one slice in that slice', async () => {
    const done = vi.fn()
    runInSlices(work(3, 0, []), done)
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith(3))
  })
})
