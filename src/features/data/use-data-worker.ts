import { useCallback, useEffect, useRef, useState } from 'react'
import type { DataRequest, DataResponse } from './data.types'

export type Final = Exclude<DataResponse, { type: 'progress' }>
/** A request as a section makes it: the client numbers it. */
export type Request = DataRequest extends infer R
  ? R extends { id: number; kind: 'training' | 'documents' | 'prompt' }
    ? Omit<R, 'id'>
    : never
  : never

export interface Job {
  done: number
  total: number
}

interface Pending {
  resolve: (r: Final | null) => void
  onProgress: (job: Job) => void
}

/**
 * The page's one Web Worker, shared by its sections so the tokenizer loads once. It starts on the
 * first request (the tokenizer loads only when there is something to count); each job has its
 * own id, and cancelling one leaves the others running.
 */
export class DataWorkerClient {
  private worker: Worker | null = null
  private readonly pending = new Map<number, Pending>()
  private nextId = 0

  run(
    request: Request,
    onProgress: (job: Job) => void,
  ): { id: number; done: Promise<Final | null> } {
    const id = ++this.nextId
    const done = new Promise<Final | null>((resolve) => {
      this.pending.set(id, { resolve, onProgress })
    })
    this.start().postMessage({ ...request, id } satisfies DataRequest)
    return { id, done }
  }

  /** Ends a job now: its promise resolves with null, and the worker drops it at its next chunk. */
  cancel(id: number) {
    const job = this.pending.get(id)
    if (!job) return
    this.pending.delete(id)
    this.worker?.postMessage({ id, kind: 'cancel' } satisfies DataRequest)
    job.resolve(null)
  }

  /** Stops the worker and every job (the page is left). */
  terminate() {
    this.worker?.terminate()
    this.worker = null
    for (const job of this.pending.values()) job.resolve(null)
    this.pending.clear()
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const w = new Worker(new URL('./data.worker.ts', import.meta.url), {
      type: 'module',
      name: 'data',
    })
    w.onmessage = (event: MessageEvent<DataResponse>) => {
      const message = event.data
      const job = this.pending.get(message.id)
      if (!job) return
      if (message.type === 'progress') {
        job.onProgress(message)
        return
      }
      this.pending.delete(message.id)
      job.resolve(message)
    }
    w.onerror = (event) => {
      event.preventDefault()
      // The worker itself failed (its code did not load, or it crashed): every job ends with why,
      // and the next request starts a new worker.
      const reason = `The checker stopped: ${event.message || 'its code could not be loaded'}. Reload the page and try again.`
      this.worker?.terminate()
      this.worker = null
      for (const [id, job] of this.pending) job.resolve({ id, type: 'failed', reason })
      this.pending.clear()
    }
    this.worker = w
    return w
  }
}

/**
 * One section's use of the page's worker: `run` resolves with the worker's answer, or null when
 * cancelled or replaced by a newer run of the same section; `job` is its progress.
 */
export function useDataWorker(client: DataWorkerClient) {
  const current = useRef<number | null>(null)
  const [job, setJob] = useState<Job | null>(null)

  const cancel = useCallback(() => {
    if (current.current !== null) client.cancel(current.current)
    current.current = null
    setJob(null)
  }, [client])

  useEffect(() => cancel, [cancel])

  const run = useCallback(
    async (request: Request): Promise<Final | null> => {
      if (current.current !== null) client.cancel(current.current)
      setJob({ done: 0, total: 0 })
      const { id, done } = client.run(request, (progress) => {
        if (current.current === id) setJob({ done: progress.done, total: progress.total })
      })
      current.current = id
      const answer = await done
      if (current.current === id) {
        current.current = null
        setJob(null)
      }
      return answer
    },
    [client],
  )

  return { run, cancel, job }
}
