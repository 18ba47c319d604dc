/* eslint-disable no-restricted-globals -- this test sets the traps on the globals the engine must not touch */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Like zustand's vanilla core: the engine must load and work with every UI library gone.
vi.mock('react', () => {
  throw new Error('the engine imported React')
})
vi.mock('zustand', () => {
  throw new Error('the engine imported zustand')
})
vi.mock('recharts', () => {
  throw new Error('the engine imported recharts')
})

/** Browser objects the engine must never reach for, even through `globalThis` or `self`. */
const BROWSER_ONLY = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
] as const
const touched: string[] = []
const saved = new Map<string, PropertyDescriptor | undefined>()

beforeAll(() => {
  for (const name of BROWSER_ONLY) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name))
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        touched.push(name)
        throw new Error(`the engine reached for ${name}`)
      },
    })
  }
})

afterAll(() => {
  for (const name of BROWSER_ONLY) {
    const descriptor = saved.get(name)
    if (descriptor) Object.defineProperty(globalThis, name, descriptor)
    else Reflect.deleteProperty(globalThis, name)
  }
})

describe('engine purity (in node, with the browser objects booby-trapped)', () => {
  it('loads, recommends, explains and prices without React, a DOM or storage', async () => {
    const engine = await import('./index')
    const { answers } = engine.parseAnswers('problem=knowledge&freshness=weekly&volume=high')
    expect(engine.recommend(answers).stack).toEqual(['rag'])
    expect(engine.analyseSensitivity(answers).changes.length).toBeGreaterThan(0)
    expect(engine.estimate(answers).rag.oneTime.low).toBeGreaterThan(0)
    expect(engine.serializeAnswers(answers)).toContain('problem=')
    expect(touched).toEqual([])
  })
})
