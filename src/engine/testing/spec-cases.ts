/**
 * The cases of ../shared/spec/cases.md, row for row: the share-link query and what the engine
 * must recommend. One list for the engine's unit tests and the end-to-end tests.
 */
export interface SpecCase {
  n: number
  query: string
  /** The primary recommendation, when the spec names one. */
  primary?: string
  /** Approaches that must not be the primary. */
  notPrimary?: string[]
  /** Approaches the stack must contain. */
  stack?: string[]
}

export const SPEC_CASES: readonly SpecCase[] = [
  {
    n: 1,
    query: 'problem=knowledge&freshness=frequent&citations=yes&corpus=large',
    primary: 'rag',
    stack: ['rag'],
  },
  { n: 2, query: 'problem=tone&baseline=none', primary: 'prompt' },
  { n: 3, query: 'problem=format&baseline=none&reliability=high', primary: 'prompt' },
  {
    n: 4,
    query:
      'problem=format&baseline=prompt&reliability=strict&examples=500to5k&team=some&hosting=managed-ft',
    primary: 'lora',
  },
  { n: 5, query: 'problem=terminology&volume=low&corpus=large', primary: 'rag' },
  {
    n: 6,
    query: 'problem=latency&examples=over5k&team=some&hosting=self-host&baseline=prompt',
    primary: 'lora',
  },
  { n: 7, query: 'problem=unwanted&volume=low&baseline=none', primary: 'prompt' },
  {
    n: 8,
    query:
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
    primary: 'lora',
    stack: ['lora', 'rag'],
  },
  { n: 9, query: 'problem=knowledge&corpus=small&freshness=static', primary: 'prompt' },
  { n: 10, query: '', primary: 'prompt' },
  {
    n: 11,
    query: 'problem=task&examples=under500&baseline=prompt',
    notPrimary: ['lora', 'full'],
  },
  {
    n: 12,
    query:
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
    primary: 'full',
  },
]

/** The queries alone, in the spec's order. */
export const SPEC_QUERIES: readonly string[] = SPEC_CASES.map((c) => c.query)
