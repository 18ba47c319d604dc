import { useCallback, useEffect, useRef, useState } from 'react'
import type { DataRequest, DataResponse } from './data.types'

type Final = Exclude<DataResponse, { type: 'progress' }>
type Request = DataRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never

export interface Job {
  done: number
  total: number
}

/**
 * One Web Worker for one part of the page, started on the first request (so the tokenizer loads
 * only when there is something to count). `run` resolves with the worker's answer, or null when
 * cancelled; `cancel` ends the worker at once (a new one starts with the next request).
 */
export function useDataWorker() {
  const worker = useRef<Worker | null>(null)
  const pending = useRef<{ id: number; resolve: (r: Final | null) => void } | null>(null)
  const nextId = useRef(0)
  const [job, setJob] = useState<Job | null>(null)

  const stop = useCallback(() => {
    worker.current?.terminate()
    worker.current = null
    pending.current?.resolve(null)
    pending.current = null
    setJob(null)
  }, [])

  useEffect(() => stop, [stop])

  const run = useCallback((request: Request): Promise<Final | null> => {
    pending.current?.resolve(null)
    if (!worker.current) {
      const w = new Worker(new URL('./data.worker.ts', import.meta.url), {
        type: 'module',
        name: 'data',
      })
      w.onmessage = (event: MessageEvent<DataResponse>) => {
        const message = event.data
        if (message.id !== pending.current?.id) return
        if (message.type === 'progress') {
          setJob({ done: message.done, total: message.total })
          return
        }
        const { resolve } = pending.current
        pending.current = null
        setJob(null)
        resolve(message)
      }
      w.onerror = (event) => {
        event.preventDefault()
        const current = pending.current
        if (!current) return
        pending.current = null
        setJob(null)
        current.resolve({
          id: current.id,
          type: 'failed',
          reason: `The checker stopped: ${event.message || 'its code could not be loaded'}. Reload the page and try again.`,
        })
      }
      worker.current = w
    }
    const id = ++nextId.current
    setJob({ done: 0, total: 0 })
    return new Promise((resolve) => {
      pending.current = { id, resolve }
      worker.current!.postMessage({ ...request, id } satisfies DataRequest)
    })
  }, [])

  return { run, cancel: stop, job }
}
