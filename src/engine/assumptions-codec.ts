import type { ParsedAnswers } from './codec'
import { DEFAULT_ASSUMPTIONS, type Assumptions } from './estimates'

/** Assumption overrides read from a share-link query (keys prefixed `a.`). */
export interface ParsedAssumptions {
  assumptions: Assumptions
  problems: string[]
  ignored: ParsedAnswers['ignored']
}

/** Reads assumption overrides (`a.*` keys) from a query; everything else is left to parseAnswers. */
export function parseAssumptions(_query: string): ParsedAssumptions {
  return { assumptions: DEFAULT_ASSUMPTIONS, problems: [], ignored: [] }
}

/** Writes the assumptions that differ from the defaults as `a.*` query parameters. */
export function serializeAssumptions(_assumptions: Assumptions): string {
  return ''
}
