import type { ErrorKind, IssueKind, Layout, WarningKind } from './data.types'

/** How a model family's tokens are counted here. */
export type Counting = { kind: 'exact' } | { kind: 'estimate'; factor: number; errorPct: number }

export interface ModelInfo {
  label: string
  /** Context window in tokens (input and output together). */
  context: number
  counting: Counting
}

const EXACT: Counting = { kind: 'exact' }
/** The exact o200k count times `factor`, within ± `errorPct` percent. */
const estimated = (factor: number, errorPct: number): Counting => ({
  kind: 'estimate',
  factor,
  errorPct,
})
const model = (label: string, context: number, counting: Counting): ModelInfo => ({
  label,
  context,
  counting,
})

/**
 * The models a file can be checked against. OpenAI's o200k_base encoding is counted exactly
 * (gpt-tokenizer); other families have no tokenizer that runs here, so their counts are the exact
 * o200k count times a rule-of-thumb factor, shown with its error band and never as exact.
 * Context windows as published by each provider: check yours, they change.
 */
export const MODELS = {
  'gpt-4o': model('GPT-4o / GPT-4o mini (OpenAI)', 128_000, EXACT),
  'gpt-4.1': model('GPT-4.1 / 4.1 mini / 4.1 nano (OpenAI)', 1_047_576, EXACT),
  llama: model('Llama 3.1 / 3.3 (Meta, open weights)', 131_072, estimated(1.05, 10)),
  mistral: model('Mistral 7B / Mixtral (open weights)', 32_768, estimated(1.15, 15)),
  claude: model('Claude (Anthropic)', 200_000, estimated(1.2, 20)),
  gemini: model('Gemini (Google)', 1_048_576, estimated(1.0, 20)),
} satisfies Record<string, ModelInfo>

export type ModelId = keyof typeof MODELS
export const MODEL_IDS = Object.keys(MODELS) as ModelId[]
export const DEFAULT_MODEL: ModelId = 'gpt-4o'

/** Files larger than this are refused (with their size) rather than read. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024

/** Bytes read from a file at a time. */
export const CHUNK_BYTES = 1024 * 1024

/** An assistant answer under this many tokens is "very short". */
export const SHORT_ANSWER_TOKENS = 5

/** Lines kept with their details for each kind of issue; the rest keep only their number. */
export const FIRST_LINES_KEPT = 100

/** Under this many tokens the knowledge "fits in the context window" (the `corpus` answer). */
export const SMALL_CORPUS_TOKENS = 100_000

/**
 * Cached input tokens cost this share of the input price: 10% (Anthropic, OpenAI's GPT-5 and
 * 4.1 families: 25%) to 50% (GPT-4o). An assumption of this page, shown as such.
 */
export const CACHED_INPUT_SHARE = { low: 0.1, high: 0.5 }

export const LAYOUT_LABELS: Record<Layout, string> = {
  chat: 'OpenAI chat (messages)',
  'prompt-completion': 'Prompt–completion pairs',
  sharegpt: 'ShareGPT (conversations)',
}

export const ISSUE_LABELS: Record<IssueKind, string> = {
  'not-json': 'Not JSON',
  'not-object': 'Not a JSON object',
  'unknown-layout': 'Not an example of any known layout',
  'mixed-layout': 'A different layout from the rest of the file',
  'missing-messages': 'Missing or empty messages',
  'unknown-role': 'Unknown role',
  'unknown-key': 'Unknown key',
  'missing-content': 'Missing content',
  'bad-weight': 'Weight other than 0 or 1, or not on an assistant turn',
  'no-assistant': 'No assistant turn',
  'over-context': 'Over the model’s context limit',
  'no-system': 'No system message',
  duplicate: 'Duplicate of an earlier example',
  'short-answer': 'Very short answer',
  'blank-line': 'Blank line',
}

export const ERROR_ORDER: ErrorKind[] = [
  'not-json',
  'not-object',
  'unknown-layout',
  'mixed-layout',
  'missing-messages',
  'unknown-role',
  'unknown-key',
  'missing-content',
  'bad-weight',
  'no-assistant',
]
export const WARNING_ORDER: WarningKind[] = ['no-system', 'duplicate', 'short-answer', 'blank-line']
