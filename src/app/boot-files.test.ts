import { describe, expect, it } from 'vitest'
import { filesToFetch } from './boot-files'

describe('what the page fetches once it has painted', () => {
  const names = { app: 'assets/main-c3.js', result: 'assets/result-a1.js assets/recommend-b2.js' }

  it('preloads the result page’s files beside the app on a result’s URL', () => {
    expect(filesToFetch('#/result?problem=tone', names)).toEqual({
      app: 'assets/main-c3.js',
      preload: ['assets/result-a1.js', 'assets/recommend-b2.js'],
    })
    expect(filesToFetch('#/result', names).preload).toHaveLength(2)
  })

  it('fetches only the app on every other page', () => {
    for (const other of ['', '#/', '#/map', '#/compare?a=x', '#/q/problem', '#/guide/rag'])
      expect(filesToFetch(other, names), other).toEqual({ app: 'assets/main-c3.js', preload: [] })
  })

  it('preloads nothing when the build named no result files', () => {
    expect(filesToFetch('#/result?problem=tone', { app: 'assets/main-c3.js' }).preload).toEqual([])
  })
})
