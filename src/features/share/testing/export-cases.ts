import type { ApproachId } from '../../../engine'

/** Listed cases of `shared/spec/cases.md` the export tests run over: the link and its plan. */
export const EXPORT_CASES: { name: string; query: string; stack: ApproachId[] }[] = [
  {
    name: '#1 fresh facts that must be cited',
    query: 'problem=knowledge&freshness=frequent&citations=yes&corpus=large',
    stack: ['rag'],
  },
  {
    name: '#4 strict format after prompting',
    query:
      'problem=format&baseline=prompt&reliability=strict&examples=500to5k&team=some&hosting=managed-ft',
    stack: ['lora'],
  },
  {
    name: '#8 brand voice and fresh facts at scale',
    query:
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
    stack: ['lora', 'rag'],
  },
  { name: '#10 nothing answered', query: '', stack: ['prompt'] },
  {
    name: '#12 deep change with a dedicated team',
    query:
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
    stack: ['full'],
  },
]
