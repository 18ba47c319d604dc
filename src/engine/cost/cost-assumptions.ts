import type { ApproachId } from '../contract/approaches'
import { formatNumber } from '../format/cost-format'
import { DEFAULT_ASSUMPTIONS, range, type Assumptions, type Range } from './estimates'

/**
 * Every input of the cost estimates as data: its share-link key, label, unit, group, help, where
 * its default comes from, and its bounds. The assumptions panel and the share-link codec are both
 * generated from this table, so a new assumption is one row here (and one field in `Assumptions`).
 */

export const ASSUMPTION_GROUPS = {
  volume: {
    label: 'Volume and horizon',
    help: 'How much the system is used, and over how long costs are compared.',
  },
  tokens: {
    label: 'Tokens a query',
    help: 'How long each request and answer is. Roughly 750 English words make 1,000 tokens.',
  },
  hosted: {
    label: 'Hosted model prices',
    help: 'What a model provider charges per token. Used by prompt engineering, RAG and hosted fine-tuned models.',
  },
  retrieval: {
    label: 'Retrieval (RAG)',
    help: 'Turning your documents into embeddings and keeping them searchable.',
  },
  training: {
    label: 'Training',
    help: 'One training run, how many it takes, and how often the model is retrained.',
  },
  serving: {
    label: 'Self-hosted serving',
    help: 'Running a tuned open-weight model on your own rented GPUs (LoRA when you can self-host, and full fine-tuning).',
  },
  people: {
    label: 'People',
    help: 'Engineering time to build each approach and to keep it working.',
  },
} as const satisfies Record<string, { label: string; help: string }>

export type AssumptionGroup = keyof typeof ASSUMPTION_GROUPS

/** Where a default comes from, so users know how far to trust it. */
export type SourceKind = 'article' | 'rule-of-thumb' | 'illustrative' | 'answer'

export const SOURCE_LABELS: Record<SourceKind, string> = {
  article: 'From the reference article',
  'rule-of-thumb': 'Rule of thumb',
  illustrative: 'Illustrative price — check your provider',
  answer: 'From your answers',
}

interface FieldBase {
  /** Share-link key without its `a.` prefix; published in links, so never renamed. */
  key: string
  label: string
  /** Unit after the number, e.g. "USD per 1M tokens". */
  unit: string
  group: AssumptionGroup
  help: string
  source: { kind: SourceKind; text: string }
  min: number
  /** Beyond this the value is not a plausible input but a typo: rejected. */
  max: number
  /** Only whole numbers make sense (e.g. months on the chart). */
  integer?: boolean
}

/** A single number. `nullable`: empty means "derive it" (queries a day from the volume answer). */
export interface NumberField extends FieldBase {
  kind: 'number'
  nullable?: boolean
  get: (a: Assumptions) => number | null
  set: (a: Assumptions, v: number | null) => Assumptions
}

/** A low–high range, written `low-high` in a link (or one number for low = high). */
export interface RangeField extends FieldBase {
  kind: 'range'
  get: (a: Assumptions) => Range
  set: (a: Assumptions, v: Range) => Assumptions
}

export type AssumptionField = NumberField | RangeField
export type AssumptionValue = number | null | Range

type Scalar = {
  [K in keyof Assumptions]: Assumptions[K] extends number | null ? K : never
}[keyof Assumptions]
type RangeKey = {
  [K in keyof Assumptions]: Assumptions[K] extends Range ? K : never
}[keyof Assumptions]
type PerApproach = {
  [K in keyof Assumptions]: Assumptions[K] extends Record<string, Range>
    ? Assumptions[K] extends Range
      ? never
      : K
    : never
}[keyof Assumptions]

type Meta = Omit<FieldBase, 'key'>

const num = (prop: Scalar, meta: Meta & { nullable?: boolean }) => ({
  kind: 'number' as const,
  ...meta,
  get: (a: Assumptions) => a[prop],
  set: (a: Assumptions, v: number | null) => ({ ...a, [prop]: v }),
})

const rng = (prop: RangeKey, meta: Meta) => ({
  kind: 'range' as const,
  ...meta,
  get: (a: Assumptions) => a[prop],
  set: (a: Assumptions, v: Range) => ({ ...a, [prop]: v }),
})

const per = <K extends PerApproach>(
  prop: K,
  sub: keyof Assumptions[K] & ApproachId,
  meta: Meta,
) => ({
  kind: 'range' as const,
  ...meta,
  get: (a: Assumptions): Range => (a[prop] as Record<typeof sub, Range>)[sub],
  set: (a: Assumptions, v: Range): Assumptions => ({ ...a, [prop]: { ...a[prop], [sub]: v } }),
})

const ILLUSTRATIVE_PRICE = 'Check your provider’s current price page and put in your own figure.'

/**
 * The table. Keys are short because they travel in links: `#/result?volume=high&a.qpd=50000`.
 * Typed by id so a missing row fails to compile; `ASSUMPTION_ORDER` is the stable link order.
 */
const FIELDS = {
  queriesPerDay: num('queriesPerDay', {
    label: 'Queries a day',
    unit: 'queries',
    group: 'volume',
    nullable: true,
    help: 'Requests the system answers on an average day. Leave empty to take it from your answer to the volume question.',
    source: {
      kind: 'answer',
      text: 'Your volume answer: under 1k → 500, 1k–100k → 10,000, over 100k → 200,000 (unanswered counts as 10,000).',
    },
    min: 0,
    max: 1e9,
  }),
  horizonMonths: num('horizonMonths', {
    label: 'Horizon',
    unit: 'months',
    group: 'volume',
    help: 'How far ahead total cost is added up and compared.',
    source: { kind: 'rule-of-thumb', text: 'One year, a common budgeting period.' },
    min: 1,
    max: 120,
    integer: true,
  }),
  inputTokens: num('inputTokens', {
    label: 'Input tokens a query',
    unit: 'tokens',
    group: 'tokens',
    help: 'Instructions plus the user’s message, before any examples or retrieved text.',
    source: {
      kind: 'rule-of-thumb',
      text: 'A short system prompt and a message of a few paragraphs.',
    },
    min: 0,
    max: 2_000_000,
  }),
  outputTokens: num('outputTokens', {
    label: 'Output tokens a query',
    unit: 'tokens',
    group: 'tokens',
    help: 'Length of a typical answer.',
    source: { kind: 'rule-of-thumb', text: 'An answer of about 200 words.' },
    min: 0,
    max: 1_000_000,
  }),
  promptExtraTokens: rng('promptExtraTokens', {
    label: 'Extra prompt tokens for examples',
    unit: 'tokens a query',
    group: 'tokens',
    help: 'Worked examples and longer instructions that prompt engineering adds to every query.',
    source: { kind: 'rule-of-thumb', text: 'A handful of short worked examples.' },
    min: 0,
    max: 2_000_000,
  }),
  ragExtraTokens: rng('ragExtraTokens', {
    label: 'Extra prompt tokens RAG adds',
    unit: 'tokens a query',
    group: 'tokens',
    help: 'Retrieved passages added to every query. Typical: 1,500–2,500 (3–5 chunks of about 500 tokens).',
    source: { kind: 'rule-of-thumb', text: '3–5 retrieved chunks of about 500 tokens.' },
    min: 0,
    max: 2_000_000,
  }),
  inputPricePerM: num('inputPricePerM', {
    label: 'Input price',
    unit: 'USD per 1M tokens',
    group: 'hosted',
    help: 'What the hosted model charges for the text you send it.',
    source: {
      kind: 'illustrative',
      text: `A mid-sized hosted model (the presets give a frontier and a small one). ${ILLUSTRATIVE_PRICE}`,
    },
    min: 0,
    max: 1_000,
  }),
  outputPricePerM: num('outputPricePerM', {
    label: 'Output price',
    unit: 'USD per 1M tokens',
    group: 'hosted',
    help: 'What the hosted model charges for the text it writes; usually several times the input price.',
    source: { kind: 'illustrative', text: `A mid-sized hosted model. ${ILLUSTRATIVE_PRICE}` },
    min: 0,
    max: 1_000,
  }),
  cachedInputPricePerM: num('cachedInputPricePerM', {
    label: 'Cached input price',
    unit: 'USD per 1M tokens',
    group: 'hosted',
    nullable: true,
    help: 'What the provider charges for input it reads from its prompt cache (a repeated prefix: instructions, examples). Leave empty when the model has no cache price.',
    source: {
      kind: 'illustrative',
      text: 'Set by choosing a model from the catalog; empty means no cached price.',
    },
    min: 0,
    max: 1_000,
  }),
  cachedSharePct: num('cachedSharePct', {
    label: 'Input read from the cache',
    unit: '% of prompting and RAG input tokens',
    group: 'hosted',
    help: 'The repeated part of each prompt (instructions, worked examples, a fixed document) that the cache serves; only used with a cached input price.',
    source: { kind: 'rule-of-thumb', text: 'Nothing cached unless you say so.' },
    min: 0,
    max: 100,
  }),
  batchSharePct: num('batchSharePct', {
    label: 'Queries sent as batch jobs',
    unit: '% of prompting and RAG queries',
    group: 'hosted',
    help: 'Offline traffic (nightly runs, backfills, evaluations) that can wait up to a day for its answer and so goes at batch rates.',
    source: { kind: 'rule-of-thumb', text: 'All traffic is live unless you say so.' },
    min: 0,
    max: 100,
  }),
  batchDiscountPct: num('batchDiscountPct', {
    label: 'Batch discount',
    unit: '% off input and output tokens',
    group: 'hosted',
    help: 'What batch jobs save on token prices.',
    source: {
      kind: 'illustrative',
      text: 'Half price at OpenAI, Anthropic and OpenRouter (see the provider landscape).',
    },
    min: 0,
    max: 100,
  }),
  tunedInputPricePerM: num('tunedInputPricePerM', {
    label: 'LoRA base model input price',
    unit: 'USD per 1M tokens',
    group: 'hosted',
    nullable: true,
    help: 'What the provider serving your tuned model charges for its base model’s input, before the markup below. Leave empty to use the input price above.',
    source: {
      kind: 'illustrative',
      text: 'Set by choosing a LoRA base model from the catalog; empty means the hosted model’s price.',
    },
    min: 0,
    max: 1_000,
  }),
  tunedOutputPricePerM: num('tunedOutputPricePerM', {
    label: 'LoRA base model output price',
    unit: 'USD per 1M tokens',
    group: 'hosted',
    nullable: true,
    help: 'As above, for the text the tuned model writes. Leave empty to use the output price above.',
    source: {
      kind: 'illustrative',
      text: 'Set by choosing a LoRA base model from the catalog; empty means the hosted model’s price.',
    },
    min: 0,
    max: 1_000,
  }),
  tunedPriceMultiplier: rng('tunedPriceMultiplier', {
    label: 'Hosted fine-tuned model price',
    unit: '× the base model’s price',
    group: 'hosted',
    help: 'Providers that host your fine-tuned model usually charge more per token than for the base model.',
    source: {
      kind: 'illustrative',
      text: `A common markup for hosted fine-tuned models. ${ILLUSTRATIVE_PRICE}`,
    },
    min: 0,
    max: 100,
  }),
  embeddingPricePerM: num('embeddingPricePerM', {
    label: 'Embedding price',
    unit: 'USD per 1M tokens',
    group: 'retrieval',
    help: 'Turning text into vectors: the documents once, and every query.',
    source: { kind: 'illustrative', text: `A small hosted embedding model. ${ILLUSTRATIVE_PRICE}` },
    min: 0,
    max: 1_000,
  }),
  corpusTokensM: num('corpusTokensM', {
    label: 'Knowledge to index',
    unit: 'million tokens',
    group: 'retrieval',
    help: 'Size of the documents RAG searches. 1 million tokens is about 1,500 pages.',
    source: { kind: 'rule-of-thumb', text: 'A few thousand pages of product documentation.' },
    min: 0,
    max: 1_000_000,
  }),
  vectorStoreMonthly: rng('vectorStoreMonthly', {
    label: 'Vector store',
    unit: 'USD a month',
    group: 'retrieval',
    help: 'Hosting the search index: free tiers or an existing database at the low end, a managed service at the high end.',
    source: {
      kind: 'illustrative',
      text: `From a free tier to a small managed plan. ${ILLUSTRATIVE_PRICE}`,
    },
    min: 0,
    max: 10_000_000,
  }),
  trainingTokensM: rng('trainingTokensM', {
    label: 'Training set size',
    unit: 'million tokens',
    group: 'training',
    help: 'All training examples together. 1,000 examples of 1,500 tokens make 1.5 million.',
    source: { kind: 'rule-of-thumb', text: 'About 1,000 to several thousand examples.' },
    min: 0,
    max: 1_000_000,
  }),
  epochs: num('epochs', {
    label: 'Epochs',
    unit: 'passes over the training set',
    group: 'training',
    help: 'How many times training reads the whole set.',
    source: { kind: 'rule-of-thumb', text: 'A usual default for fine-tuning.' },
    min: 0,
    max: 100,
  }),
  trainingPricePerM: num('trainingPricePerM', {
    label: 'Managed training price',
    unit: 'USD per 1M training tokens',
    group: 'training',
    help: 'What a provider charges to fine-tune for you (LoRA when you do not self-host).',
    source: {
      kind: 'illustrative',
      text: `With the default training set this gives the article’s $100–1,000 for a LoRA run. ${ILLUSTRATIVE_PRICE}`,
    },
    min: 0,
    max: 10_000,
  }),
  gpuHourly: rng('gpuHourly', {
    label: 'Training GPU rate',
    unit: 'USD per GPU-hour',
    group: 'training',
    help: 'Renting one data-centre GPU (A100 or H100 class) for an hour.',
    source: { kind: 'illustrative', text: `On-demand cloud rental. ${ILLUSTRATIVE_PRICE}` },
    min: 0,
    max: 1_000,
  }),
  loraGpuHours: rng('loraGpuHours', {
    label: 'LoRA run, self-hosted',
    unit: 'GPU-hours a run',
    group: 'training',
    help: 'One LoRA run on an open ~8B model takes hours on a single GPU.',
    source: { kind: 'article', text: 'LoRA trains in hours, not days.' },
    min: 0,
    max: 1_000_000,
  }),
  fullGpus: rng('fullGpus', {
    label: 'Full fine-tuning GPUs',
    unit: 'GPUs',
    group: 'training',
    help: 'GPUs one full fine-tuning run of a meaningful model uses at once.',
    source: {
      kind: 'article',
      text: 'With the hours and rate, one run lands in the article’s $5,000–50,000+.',
    },
    min: 0,
    max: 100_000,
  }),
  fullGpuHours: rng('fullGpuHours', {
    label: 'Full fine-tuning run length',
    unit: 'hours a run',
    group: 'training',
    help: 'Wall-clock hours of one full fine-tuning run.',
    source: { kind: 'article', text: 'Full fine-tuning trains in days, not hours.' },
    min: 0,
    max: 100_000,
  }),
  loraRuns: per('trainingRuns', 'lora', {
    label: 'LoRA runs to a good model',
    unit: 'runs',
    group: 'training',
    help: 'Experiments included: data fixes and hyper-parameter changes each cost a run.',
    source: { kind: 'rule-of-thumb', text: 'A few runs before one is good enough.' },
    min: 0,
    max: 1_000,
  }),
  fullRuns: per('trainingRuns', 'full', {
    label: 'Full fine-tuning runs to a good model',
    unit: 'runs',
    group: 'training',
    help: 'Each run is expensive, so teams plan few.',
    source: { kind: 'rule-of-thumb', text: 'One run, and sometimes a second.' },
    min: 0,
    max: 1_000,
  }),
  failedRunPct: num('failedRunPct', {
    label: 'Runs that fail or are repeated',
    unit: '% on top of the runs to a good model',
    group: 'training',
    help: 'Crashed jobs, a data bug found after training, a run stopped early: each costs as much as a good one.',
    source: { kind: 'rule-of-thumb', text: 'About one run in four or five is lost or repeated.' },
    min: 0,
    max: 1_000,
  }),
  evalQueriesPerRun: num('evalQueriesPerRun', {
    label: 'Evaluation queries a run',
    unit: 'queries',
    group: 'training',
    help: 'Every trained model, good or not, is run on the evaluation set before anyone trusts it.',
    source: { kind: 'rule-of-thumb', text: 'An evaluation set of 50–200 real inputs.' },
    min: 0,
    max: 10_000_000,
    integer: true,
  }),
  loraRetrains: per('retrainsPerYear', 'lora', {
    label: 'LoRA retrains a year',
    unit: 'runs a year',
    group: 'training',
    help: 'To keep up with new data and new base models; spread over the months.',
    source: { kind: 'rule-of-thumb', text: 'Every quarter or half-year.' },
    min: 0,
    max: 365,
  }),
  fullRetrains: per('retrainsPerYear', 'full', {
    label: 'Full fine-tuning retrains a year',
    unit: 'runs a year',
    group: 'training',
    help: 'To keep up with new data and new base models; spread over the months.',
    source: { kind: 'rule-of-thumb', text: 'Once or twice a year.' },
    min: 0,
    max: 365,
  }),
  servingGpuHourly: rng('servingGpuHourly', {
    label: 'Serving GPU rate',
    unit: 'USD per GPU-hour',
    group: 'serving',
    help: 'Renting a serving GPU around the clock (730 hours a month). A small model can run on a cheaper GPU than training needs.',
    source: { kind: 'illustrative', text: `Same class as the training GPU. ${ILLUSTRATIVE_PRICE}` },
    min: 0,
    max: 1_000,
  }),
  loraServingGpus: per('servingGpus', 'lora', {
    label: 'GPUs a replica, tuned small model',
    unit: 'GPUs',
    group: 'serving',
    help: 'GPUs one copy of a LoRA-tuned ~8B model needs.',
    source: { kind: 'rule-of-thumb', text: 'An 8B model fits on one or two GPUs.' },
    min: 0,
    max: 1_000,
  }),
  fullServingGpus: per('servingGpus', 'full', {
    label: 'GPUs a replica, fully tuned model',
    unit: 'GPUs',
    group: 'serving',
    help: 'GPUs one copy of a larger fully fine-tuned model needs.',
    source: {
      kind: 'article',
      text: 'Full fine-tuning comes with its own serving infrastructure.',
    },
    min: 0,
    max: 1_000,
  }),
  queriesPerReplicaDay: num('queriesPerReplicaDay', {
    label: 'Queries a replica handles',
    unit: 'queries a day',
    group: 'serving',
    help: 'Throughput of one serving copy; more queries a day need more copies.',
    source: { kind: 'rule-of-thumb', text: 'A modest, steady load for one replica.' },
    min: 1,
    max: 1e9,
  }),
  engineerDayRate: num('engineerDayRate', {
    label: 'Engineer day rate',
    unit: 'USD a day',
    group: 'people',
    help: 'Fully loaded cost of one engineer-day (salary, overheads). An hour is one eighth of it.',
    source: { kind: 'illustrative', text: 'A round figure; use your own.' },
    min: 0,
    max: 100_000,
  }),
  promptBuildDays: per('buildDays', 'prompt', {
    label: 'Build: prompt engineering',
    unit: 'engineer-days',
    group: 'people',
    help: 'Writing and testing instructions and examples against an evaluation set.',
    source: { kind: 'article', text: 'Prompt engineering is the cheapest thing to try first.' },
    min: 0,
    max: 10_000,
  }),
  ragBuildDays: per('buildDays', 'rag', {
    label: 'Build: RAG',
    unit: 'engineer-days',
    group: 'people',
    help: 'Chunking, indexing, retrieval and evaluation.',
    source: { kind: 'article', text: 'RAG is built in days, not weeks.' },
    min: 0,
    max: 10_000,
  }),
  loraBuildDays: per('buildDays', 'lora', {
    label: 'Build: LoRA fine-tuning',
    unit: 'engineer-days',
    group: 'people',
    help: 'Preparing the training data, training, evaluating and deploying.',
    source: { kind: 'article', text: 'Fine-tuning takes weeks rather than days.' },
    min: 0,
    max: 10_000,
  }),
  fullBuildDays: per('buildDays', 'full', {
    label: 'Build: full fine-tuning',
    unit: 'engineer-days',
    group: 'people',
    help: 'As for LoRA, with larger runs and its own serving infrastructure.',
    source: { kind: 'rule-of-thumb', text: 'Several times the effort of LoRA.' },
    min: 0,
    max: 10_000,
  }),
  promptUpkeep: per('maintenanceHours', 'prompt', {
    label: 'Upkeep: prompt engineering',
    unit: 'hours a month',
    group: 'people',
    help: 'Re-checking the prompt against the evaluation set as models and needs change.',
    source: { kind: 'rule-of-thumb', text: 'A few hours a month.' },
    min: 0,
    max: 10_000,
  }),
  ragUpkeep: per('maintenanceHours', 'rag', {
    label: 'Upkeep: RAG',
    unit: 'hours a month',
    group: 'people',
    help: 'Keeping the index fresh and retrieval quality measured.',
    source: { kind: 'article', text: 'RAG is easier to update than a tuned model.' },
    min: 0,
    max: 10_000,
  }),
  loraUpkeep: per('maintenanceHours', 'lora', {
    label: 'Upkeep: LoRA fine-tuning',
    unit: 'hours a month',
    group: 'people',
    help: 'Data collection, retraining, evaluation and serving.',
    source: {
      kind: 'article',
      text: 'A tuned model needs engineering capacity to maintain it.',
    },
    min: 0,
    max: 10_000,
  }),
  fullUpkeep: per('maintenanceHours', 'full', {
    label: 'Upkeep: full fine-tuning',
    unit: 'hours a month',
    group: 'people',
    help: 'As for LoRA, with heavier retraining and serving.',
    source: { kind: 'rule-of-thumb', text: 'Close to a part-time role.' },
    min: 0,
    max: 10_000,
  }),
} satisfies Record<string, Meta & Pick<AssumptionField, 'kind' | 'get' | 'set'>>

export type AssumptionId = keyof typeof FIELDS

const LINK_KEYS: Record<AssumptionId, string> = {
  queriesPerDay: 'qpd',
  horizonMonths: 'h',
  inputTokens: 'in',
  outputTokens: 'out',
  promptExtraTokens: 'pex',
  ragExtraTokens: 'rag',
  inputPricePerM: 'pin',
  outputPricePerM: 'pout',
  cachedInputPricePerM: 'pc',
  cachedSharePct: 'csh',
  batchSharePct: 'bsh',
  batchDiscountPct: 'bdis',
  tunedInputPricePerM: 'tpi',
  tunedOutputPricePerM: 'tpo',
  tunedPriceMultiplier: 'tmul',
  embeddingPricePerM: 'emb',
  corpusTokensM: 'corp',
  vectorStoreMonthly: 'vs',
  trainingTokensM: 'tt',
  epochs: 'ep',
  trainingPricePerM: 'tp',
  gpuHourly: 'gpu',
  loraGpuHours: 'lgh',
  fullGpus: 'fgn',
  fullGpuHours: 'fgh',
  loraRuns: 'lrun',
  fullRuns: 'frun',
  failedRunPct: 'frp',
  evalQueriesPerRun: 'evq',
  loraRetrains: 'lre',
  fullRetrains: 'fre',
  servingGpuHourly: 'sgpu',
  loraServingGpus: 'lsg',
  fullServingGpus: 'fsg',
  queriesPerReplicaDay: 'qpr',
  engineerDayRate: 'dr',
  promptBuildDays: 'bdp',
  ragBuildDays: 'bdr',
  loraBuildDays: 'bdl',
  fullBuildDays: 'bdf',
  promptUpkeep: 'mhp',
  ragUpkeep: 'mhr',
  loraUpkeep: 'mhl',
  fullUpkeep: 'mhf',
}

/** Every assumption with its metadata, by id. */
export const ASSUMPTION_FIELDS = Object.fromEntries(
  (Object.keys(FIELDS) as AssumptionId[]).map((id) => [id, { ...FIELDS[id], key: LINK_KEYS[id] }]),
) as Record<AssumptionId, AssumptionField>

/** Ids in table order: the panel's order and the share link's. */
export const ASSUMPTION_ORDER = Object.keys(FIELDS) as AssumptionId[]

/** The ids of one group, in table order. */
export function fieldsInGroup(group: AssumptionGroup): AssumptionId[] {
  return ASSUMPTION_ORDER.filter((id) => ASSUMPTION_FIELDS[id].group === group)
}

/** Whether two values of an assumption are equal (ranges by their ends). */
export function sameValue(x: AssumptionValue, y: AssumptionValue): boolean {
  if (x === null || y === null || typeof x === 'number' || typeof y === 'number') return x === y
  return x.low === y.low && x.high === y.high
}

/** The value of one assumption. */
export function getAssumption(a: Assumptions, id: AssumptionId): AssumptionValue {
  return ASSUMPTION_FIELDS[id].get(a)
}

/**
 * A copy of `a` with one assumption set. A range field given a number takes it as low = high.
 * @example setAssumption(DEFAULT_ASSUMPTIONS, 'horizonMonths', 24).horizonMonths // 24
 */
export function setAssumption(
  a: Assumptions,
  id: AssumptionId,
  value: AssumptionValue,
): Assumptions {
  const field = ASSUMPTION_FIELDS[id]
  if (field.kind === 'range') {
    if (value === null) return a
    return field.set(a, typeof value === 'number' ? range(value) : value)
  }
  return field.set(a, typeof value === 'object' && value !== null ? value.low : value)
}

/** Ids whose value differs from the defaults, in table order. */
export function changedAssumptions(
  a: Assumptions,
  base: Assumptions = DEFAULT_ASSUMPTIONS,
): AssumptionId[] {
  return ASSUMPTION_ORDER.filter((id) => !sameValue(getAssumption(a, id), getAssumption(base, id)))
}

/** Why a value is not acceptable for a field, in words; null when it is fine. */
export function checkValue(field: AssumptionField, value: AssumptionValue): string | null {
  if (value === null) return field.kind === 'number' && field.nullable ? null : 'a value is needed'
  const ends = typeof value === 'number' ? [value] : [value.low, value.high]
  for (const n of ends) {
    if (Number.isNaN(n)) return 'it is not a number'
    if (n < 0) return 'it cannot be negative'
    if (n < field.min) return `it must be at least ${formatNumber(field.min)}`
    if (n > field.max) return `it must be at most ${formatNumber(field.max)}`
    if (field.integer && !Number.isInteger(n)) return 'it must be a whole number'
  }
  if (typeof value !== 'number' && value.low > value.high)
    return 'the low end is above the high end'
  return null
}
