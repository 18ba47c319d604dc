import type { Answers, Assumptions, Recommendation } from '../../engine'

export interface CostSectionProps {
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
  onAssumptionsChange: (next: Assumptions) => void
}

/** Assumptions panel, break-even over time and "show the math". */
export function CostSection(_props: CostSectionProps) {
  return null
}
