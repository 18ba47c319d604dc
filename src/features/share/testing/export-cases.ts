import type { ApproachId } from '../../../engine'
import { SPEC_CASES } from '../../../engine/testing/spec-cases'

/** The link of a case of `shared/spec/cases.md`, from the one fixture of the spec cases. */
function specQuery(n: number): string {
  const found = SPEC_CASES.find((c) => c.n === n)
  if (!found) throw new Error(`No spec case #${n}`)
  return found.query
}

/** Listed cases of `shared/spec/cases.md` the export tests run over: the link and its plan. */
export const EXPORT_CASES: { name: string; query: string; stack: ApproachId[] }[] = [
  { name: '#1 fresh facts that must be cited', query: specQuery(1), stack: ['rag'] },
  { name: '#4 strict format after prompting', query: specQuery(4), stack: ['lora'] },
  { name: '#8 brand voice and fresh facts at scale', query: specQuery(8), stack: ['lora', 'rag'] },
  { name: '#10 nothing answered', query: specQuery(10), stack: ['prompt'] },
  { name: '#12 deep change with a dedicated team', query: specQuery(12), stack: ['full'] },
]
