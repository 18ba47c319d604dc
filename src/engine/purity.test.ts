import { describe, expect, it, vi } from 'vitest'

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

describe('engine purity', () => {
  it('loads and recommends without React, zustand, recharts or a DOM', async () => {
    const savedDocument = globalThis.document
    // @ts-expect-error -- hide the DOM while the engine runs
    delete globalThis.document
    try {
      const engine = await import('./index')
      expect(engine.recommend({ problem: ['knowledge'] }).stack).toEqual(['rag'])
    } finally {
      globalThis.document = savedDocument
    }
  })
})
