import type { SavedDecision } from '../../store/decisions-store'

export interface DecisionLinks {
  /** Router paths (no '#'). */
  result: (query: string) => string
  map: (query: string) => string
  compare: (decisions: readonly SavedDecision[]) => string
}
