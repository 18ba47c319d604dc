import type { Recommendation } from '../../engine'

export interface SaveDecisionProps {
  /** The canonical result query, without '?'. */
  query: string
  recommendation: Recommendation
}

/** Saves this result under a name to "my decisions". */
export function SaveDecision(_props: SaveDecisionProps) {
  return null
}
