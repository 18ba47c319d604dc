import { beforeEach, describe, expect, it } from 'vitest'
import { STORAGE_KEY, STORAGE_VERSION, useAnswersStore } from './answers-store'
import { UNREADABLE_NOTICE } from './stored-answers'

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown

/** Puts raw text in storage and reads it back as a fresh page load would. */
async function loadFrom(text: string) {
  localStorage.setItem(STORAGE_KEY, text)
  await useAnswersStore.persist.rehydrate()
  return useAnswersStore.getState()
}

beforeEach(() => {
  useAnswersStore.setState({ answers: {}, storageNotice: null })
  localStorage.clear()
})

describe('the answers store', () => {
  it('keeps answers canonical and persists them', () => {
    const { setAnswer } = useAnswersStore.getState()
    setAnswer('volume', 'high')
    setAnswer('problem', ['voice', 'knowledge', 'voice'])
    expect(useAnswersStore.getState().answers).toEqual({
      problem: ['knowledge', 'voice'],
      volume: 'high',
    })
    expect(saved()).toEqual({
      state: { answers: { problem: ['knowledge', 'voice'], volume: 'high' } },
      version: STORAGE_VERSION,
    })
  })

  it('forgets an answer set to unknown or to an empty list', () => {
    const { setAnswer } = useAnswersStore.getState()
    setAnswer('volume', 'high')
    setAnswer('problem', ['tone'])
    setAnswer('volume', undefined)
    setAnswer('problem', [])
    expect(useAnswersStore.getState().answers).toEqual({})
  })

  it('clears everything on reset', () => {
    useAnswersStore.getState().replaceAnswers({ volume: 'low', team: 'none' })
    useAnswersStore.getState().reset()
    expect(useAnswersStore.getState().answers).toEqual({})
    expect(saved()).toEqual({ state: { answers: {} }, version: STORAGE_VERSION })
  })

  it('reads back what it saved, without a notice', async () => {
    const state = await loadFrom(
      JSON.stringify({ state: { answers: { examples: 'over5k' } }, version: 1 }),
    )
    expect(state.answers).toEqual({ examples: 'over5k' })
    expect(state.storageNotice).toBeNull()
  })

  it('migrates version 0 (the query string) and saves it as version 1', async () => {
    const state = await loadFrom(JSON.stringify({ state: 'problem=tone&team=some', version: 0 }))
    expect(state.answers).toEqual({ problem: ['tone'], team: 'some' })
    expect(state.storageNotice).toBeNull()
    expect(saved()).toEqual({
      state: { answers: { problem: ['tone'], team: 'some' } },
      version: STORAGE_VERSION,
    })
  })

  it('keeps the notice of a migration that dropped something', async () => {
    const state = await loadFrom(JSON.stringify({ state: 'problem=tone&team=lots', version: 0 }))
    expect(state.answers).toEqual({ problem: ['tone'] })
    expect(state.storageNotice).toMatch(/dropped \(1\)/)
  })

  it.each([
    ['text that is not JSON', '{"state": {"answers": '],
    ['JSON of the wrong shape', '[1,2,3]'],
    ['answers of the wrong shape', JSON.stringify({ state: { answers: 'tone' }, version: 1 })],
  ])('reports and resets %s', async (_, text) => {
    const state = await loadFrom(text)
    expect(state.answers).toEqual({})
    expect(state.storageNotice).toBe(UNREADABLE_NOTICE)
    expect(saved()).toEqual({ state: { answers: {} }, version: STORAGE_VERSION })
    useAnswersStore.getState().dismissStorageNotice()
    expect(useAnswersStore.getState().storageNotice).toBeNull()
  })

  it('drops a bad entry, keeps the good ones and rewrites storage', async () => {
    const state = await loadFrom(
      JSON.stringify({ state: { answers: { volume: 'high', budget: 'lots' } }, version: 1 }),
    )
    expect(state.answers).toEqual({ volume: 'high' })
    expect(state.storageNotice).toMatch(/dropped \(1\)/)
    expect(saved()).toEqual({ state: { answers: { volume: 'high' } }, version: STORAGE_VERSION })
  })
})
