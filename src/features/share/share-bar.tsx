import type { Answers, Assumptions, Recommendation } from '../../engine'

export interface ShareBarProps {
  /** The canonical result query (answers, then assumption overrides), without '?'. */
  query: string
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
}

/** Copy link, print summary, copy as Markdown, download JSON. */
export function ShareBar(_props: ShareBarProps) {
  return null
}

/** Title, date and share link: shown on paper only. */
export function PrintHeader(_props: { query: string }) {
  return null
}
