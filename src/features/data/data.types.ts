/** Layouts of a training file: one JSON object a line, all lines in the same layout. */
export type Layout = 'chat' | 'prompt-completion' | 'sharegpt'

/** What can be wrong with one line of a training file. */
export type ErrorKind =
  | 'not-json'
  | 'not-object'
  | 'unknown-layout'
  | 'mixed-layout'
  | 'missing-messages'
  | 'unknown-role'
  | 'unknown-key'
  | 'missing-content'
  | 'bad-weight'
  | 'no-assistant'

/** What is allowed but worth a look. */
export type WarningKind = 'no-system' | 'duplicate' | 'short-answer' | 'blank-line'

export type IssueKind = ErrorKind | WarningKind | 'over-context'

/** One message, whatever the layout called its parts. */
export interface Turn {
  role: string
  /** The text the model reads or writes (tool calls included as their JSON text). */
  text: string
  /** Whether training learns from this turn (an assistant turn without `weight: 0`). */
  trained: boolean
}

/** One line of a training file read as an example, with what is wrong with it. */
export interface ParsedExample {
  layout: Layout
  turns: Turn[]
  /** Text that counts as prompt overhead: tool and function definitions. */
  extraText: string
  errors: { kind: ErrorKind; detail: string }[]
  warnings: { kind: WarningKind; detail: string }[]
}

/** The lines of one kind of issue: every line number, the details of the first ones. */
export interface IssueList {
  count: number
  /** Every line number, in file order. */
  lines: Int32Array
  /** The first lines with what was found there, in words. */
  first: { line: number; detail: string }[]
}

/** Five figures of a distribution. */
export interface Spread {
  min: number
  p5: number
  median: number
  p95: number
  max: number
}

/** What the worker found in a training file. */
export interface TrainingReport {
  fileName: string
  bytes: number
  /** Lines in the file, blank ones included. */
  lines: number
  /** The file's layout (the first example's), null when no line is an example. */
  layout: Layout | null
  /** Examples of each layout: more than one non-zero entry means the file mixes layouts. */
  layoutCounts: Record<Layout, number>
  /** Lines read as examples (with or without errors). */
  examples: number
  /** Examples with no error. */
  validExamples: number
  /** Tokens of all valid examples together (o200k_base, counted exactly). */
  validTokens: number
  errors: Partial<Record<ErrorKind, IssueList>>
  warnings: Partial<Record<WarningKind, IssueList>>
  /** Each counted example's line and total tokens, for the context check of any model. */
  exampleLines: Int32Array
  exampleTokens: Int32Array
  spreads: { messages: Spread; tokens: Spread; assistantTokens: Spread } | null
}

/** How one document was read. */
export interface DocumentResult {
  /** The file's name, with its folder when a folder was chosen. */
  path: string
  bytes: number
  kind: DocumentKind
  /** Exact o200k_base tokens; null when the file could not be read. */
  tokens: number | null
  /** Why it was not read, in words. */
  notRead: string | null
}

export type DocumentKind = 'text' | 'markdown' | 'html' | 'json' | 'csv' | 'pdf' | 'other'

export interface DocumentsReport {
  files: DocumentResult[]
  totalTokens: number
  totalBytes: number
}

/** Main thread → worker. */
export type DataRequest =
  | { id: number; kind: 'training'; file: File }
  | { id: number; kind: 'documents'; files: File[] }
  | { id: number; kind: 'prompt'; text: string }
  /** Stop the job with this id at its next chunk; the worker answers nothing more for it. */
  | { id: number; kind: 'cancel' }

/** Worker → main thread. */
export type DataResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'training'; report: TrainingReport }
  | { id: number; type: 'documents'; report: DocumentsReport }
  | { id: number; type: 'prompt'; tokens: number }
  | { id: number; type: 'failed'; reason: string }
