import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DataRequest, DataResponse } from './data.types'
import { DataWorkerClient } from './use-data-worker'
import { at } from '../../engine'

/** A stand-in for the data worker: it records what the page posts, and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = []
  posted: DataRequest[] = []
  terminated = false
  onmessage: ((e: MessageEvent<DataResponse>) => void) | null = null
  onerror: ((e: ErrorEvent) => void) | null = null
  constructor() {
    FakeWorker.made.push(this)
  }
  postMessage(m: DataRequest) {
    this.posted.push(m)
  }
  terminate() {
    this.terminated = true
  }
  answer(m: DataResponse) {
    this.onmessage?.({ data: m } as MessageEvent<DataResponse>)
  }
}

beforeEach(() => {
  FakeWorker.made = []
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => vi.unstubAllGlobals())

describe('the data page’s worker client', () => {
  it('starts one worker on the first request and shares it, routing answers by id', async () => {
    const client = new DataWorkerClient()
    expect(FakeWorker.made).toHaveLength(0)
    const progress = vi.fn()
    const a = client.run({ kind: 'prompt', text: 'one' }, progress)
    const b = client.run({ kind: 'prompt', text: 'two' }, vi.fn())
    expect(FakeWorker.made).toHaveLength(1)
    const w = at(FakeWorker.made, 0)
    expect(w.posted.map((m) => m.id)).toEqual([a.id, b.id])
    w.answer({ id: a.id, type: 'progress', done: 1, total: 2 })
    w.answer({ id: b.id, type: 'prompt', tokens: 2 })
    w.answer({ id: a.id, type: 'prompt', tokens: 1 })
    expect(await a.done).toEqual({ id: a.id, type: 'prompt', tokens: 1 })
    expect(await b.done).toEqual({ id: b.id, type: 'prompt', tokens: 2 })
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ done: 1, total: 2 }))
  })

  it('cancels one job without stopping the others', async () => {
    const client = new DataWorkerClient()
    const a = client.run({ kind: 'prompt', text: 'one' }, vi.fn())
    const b = client.run({ kind: 'prompt', text: 'two' }, vi.fn())
    const w = at(FakeWorker.made, 0)
    client.cancel(a.id)
    expect(await a.done).toBeNull()
    expect(w.posted.at(-1)).toEqual({ id: a.id, kind: 'cancel' })
    expect(w.terminated).toBe(false)
    // A late answer for the cancelled job is dropped; the other job still gets its own.
    w.answer({ id: a.id, type: 'prompt', tokens: 1 })
    w.answer({ id: b.id, type: 'prompt', tokens: 2 })
    expect(await b.done).toMatchObject({ tokens: 2 })
  })

  it('fails every job with the reason when the worker fails, and starts afresh', async () => {
    const client = new DataWorkerClient()
    const a = client.run({ kind: 'prompt', text: 'one' }, vi.fn())
    const w = at(FakeWorker.made, 0)
    w.onerror?.({ message: 'boom', preventDefault: () => {} } as ErrorEvent)
    const failed = await a.done
    expect(failed?.type === 'failed' && failed.reason).toMatch(/boom/)
    expect(w.terminated).toBe(true)
    client.run({ kind: 'prompt', text: 'again' }, vi.fn())
    expect(FakeWorker.made).toHaveLength(2)
  })

  it('ends every job when the page goes', async () => {
    const client = new DataWorkerClient()
    const a = client.run({ kind: 'prompt', text: 'one' }, vi.fn())
    client.terminate()
    expect(await a.done).toBeNull()
    expect(at(FakeWorker.made, 0).terminated).toBe(true)
  })
})
