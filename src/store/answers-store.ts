import { create } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import type { Answers, QuestionKey } from '../engine/contract/answers'
import { readAnswers, sanitizeStoredAnswers } from './stored-answers'
import { localStore, writeItem, type StorageProblem } from './browser-storage'

export const STORAGE_KEY = 'rag-or-tune:answers'
export const STORAGE_VERSION = 1

interface AnswersState {
  /** The user's own answers, as they build them in the questionnaire. */
  answers: Answers
  /**
   * Set when saved answers could not be read back, or (as 'full' or 'refused', which the notice
   * puts in words) when they could not be saved; the UI shows it and clears it.
   */
  storageNotice: string | null
  setAnswer: <K extends QuestionKey>(key: K, value: Answers[K] | undefined) => void
  replaceAnswers: (answers: Answers) => void
  reset: () => void
  dismissStorageNotice: () => void
}

type Persisted = { answers: Answers; notice?: string | null }

/** Stands for an entry that is not even JSON, so `sanitizeStoredAnswers` reports it. */
const UNREADABLE = { unreadable: true }

/** A failed write, said once a tab for each kind of failure (dismissed, it stays dismissed). */
let said: StorageProblem | null = null
/** False while the store reads itself back: it does not exist yet, and is told right after. */
let ready = false
const tell = (problem: StorageProblem | null) => {
  if (problem === said) return
  said = problem
  if (ready && problem) useAnswersStore.setState({ storageNotice: problem })
}

/**
 * localStorage that never throws: a failed write is told to the user (the answers stay in
 * this tab), and a broken entry reads as something `sanitizeStoredAnswers` rejects with a notice.
 */
const storage: PersistStorage<unknown> = {
  getItem: (name) => {
    let text: string | null
    try {
      text = localStorage.getItem(name)
    } catch {
      return null
    }
    if (text === null) return null
    try {
      const value: unknown = JSON.parse(text)
      if (typeof value === 'object' && value !== null && 'state' in value) {
        return value
      }
    } catch {
      /* not JSON: reported below */
    }
    return { state: UNREADABLE, version: STORAGE_VERSION }
  },
  setItem: (name, value) => tell(writeItem(name, JSON.stringify(value))),
  removeItem: (name) => {
    try {
      localStorage.removeItem(name)
    } catch {
      /* nothing to remove */
    }
  },
}

/** Canonical answers: valid values only, lists in contract order without repeats. */
const canonical = (answers: Answers): Answers => readAnswers(Object.entries(answers)).answers

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
      storageNotice: null,
      setAnswer: (key, value) =>
        set((state) => {
          const { [key]: _cleared, ...others } = state.answers
          const empty = value === undefined || (Array.isArray(value) && value.length === 0)
          return { answers: canonical(empty ? others : { ...state.answers, [key]: value }) }
        }),
      replaceAnswers: (answers) => set({ answers: canonical(answers) }),
      reset: () => set({ answers: {} }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage,
      partialize: (state) => ({ answers: state.answers }),
      // An older version: read it into today's shape and carry its notice to `merge`.
      migrate: (persisted, version): Persisted => sanitizeStoredAnswers(persisted, version),
      merge: (persisted, current) => {
        const { answers, notice } = sanitizeStoredAnswers(persisted, STORAGE_VERSION)
        const carried =
          typeof persisted === 'object' && persisted !== null && 'notice' in persisted
            ? (persisted as Persisted).notice
            : null
        return { ...current, answers, storageNotice: notice ?? carried ?? current.storageNotice }
      },
      // Whatever could not be read is overwritten at once with what could.
      onRehydrateStorage: () => (state) => {
        if (state?.storageNotice) state.replaceAnswers(state.answers)
      },
    },
  ),
)

// Storage refused: said once, up front, on the pages that save answers.
ready = true
if (!localStore()) said = 'refused'
if (said) useAnswersStore.setState({ storageNotice: said })

// Another tab changed the answers: follow it, so neither tab writes back a stale copy.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY || e.key === null) void useAnswersStore.persist.rehydrate()
  })
