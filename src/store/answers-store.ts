import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { parseAnswers, serializeAnswers, type AnswerKey, type Answers } from '../engine'
import { sanitizeStoredAnswers } from './stored-answers'

export const STORAGE_KEY = 'rag-or-tune:answers'
export const STORAGE_VERSION = 1

interface AnswersState {
  /** The user's own answers, as they build them in the questionnaire. */
  answers: Answers
  /** Set when saved answers could not be read back; the UI shows it once and clears it. */
  storageNotice: string | null
  setAnswer: <K extends AnswerKey>(key: K, value: Answers[K] | undefined) => void
  replaceAnswers: (answers: Answers) => void
  reset: () => void
  dismissStorageNotice: () => void
}

/** localStorage that never throws: private modes and full quotas just stop persisting. */
const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value)
    } catch {
      /* storage full or refused: the answers still live in this tab */
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name)
    } catch {
      /* nothing to remove */
    }
  },
}

/** Canonical answers: contract order, no repeats, no empty lists. */
const canonical = (answers: Answers): Answers => parseAnswers(serializeAnswers(answers)).answers

export const useAnswersStore = create<AnswersState>()(
  persist(
    (set) => ({
      answers: {},
      storageNotice: null,
      setAnswer: (key, value) =>
        set((state) => {
          const next: Record<string, unknown> = { ...state.answers }
          if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key]
          else next[key] = value
          return { answers: canonical(next) }
        }),
      replaceAnswers: (answers) => set({ answers: canonical(answers) }),
      reset: () => set({ answers: {} }),
      dismissStorageNotice: () => set({ storageNotice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: (state) => ({ answers: state.answers }),
      migrate: (persisted, version) => sanitizeStoredAnswers(persisted, version),
      merge: (persisted, current) => {
        const { answers, notice } = sanitizeStoredAnswers(persisted, STORAGE_VERSION)
        return { ...current, answers, storageNotice: notice ?? current.storageNotice }
      },
      onRehydrateStorage: () => (state, error) => {
        // Unreadable JSON: start afresh, say so, and overwrite the broken entry.
        if (error && state) {
          state.replaceAnswers({})
          useAnswersStore.setState({
            storageNotice: 'Your saved answers could not be read, so they were reset.',
          })
        }
      },
    },
  ),
)
