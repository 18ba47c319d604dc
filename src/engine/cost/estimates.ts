import { APPROACHES, type ApproachId } from '../contract/approaches'
import type { Answers, AnswerValue } from '../contract/answers'
import { endingTuningOffer } from './prices/provider-landscape'

/** A low..high range; low ≤ high always. */
export interface Range {
  low: number
  high: number
}

export const range = (low: number, high: number = low): Range => ({ low, high })

/**
 * Every input of the estimates, in one typed object users can edit. Defaults are the reference
 * article's rules of thumb where it gives one, and illustrative list prices otherwise. Each field's
 * label, unit, share-link key and source are in `ASSUMPTION_FIELDS` (cost-assumptions.ts).
 */
export interface Assumptions {
  /** Queries a day; `null` takes it from the `volume` answer (see VOLUME_QUERIES_PER_DAY). */
  queriesPerDay: number | null
  /** Instructions + user message tokens a query, before any examples or retrieved text. */
  inputTokens: number
  outputTokens: number
  /** Worked examples and longer instructions that prompt engineering adds to every query. */
  promptExtraTokens: Range
  /** Retrieved chunks RAG adds to every query (typical: 1,500–2,500). */
  ragExtraTokens: Range
  /** Hosted model price, USD per million input / output tokens. */
  inputPricePerM: number
  outputPricePerM: number
  /** Reading input from the provider's prompt cache, USD per 1M tokens; null: the model has none. */
  cachedInputPricePerM: number | null
  /** Share of prompting's and RAG's input tokens read from the cache, in percent. */
  cachedSharePct: number
  /** Share of prompting's and RAG's queries sent offline as batch jobs, and its discount, in %. */
  batchSharePct: number
  batchDiscountPct: number
  /**
   * The catalog models chosen, as `<provider>:<model>` (see prices/price-catalog.ts), or null for
   * none. They name where the prices came from; the figures read the prices themselves.
   */
  hostedModel: string | null
  tunedModel: string | null
  /**
   * The base price a hosted LoRA model is charged at before its markup, USD per 1M tokens;
   * `null` takes the hosted model's input / output price.
   */
  tunedInputPricePerM: number | null
  tunedOutputPricePerM: number | null
  /** A hosted fine-tuned model's price relative to its base model. */
  tunedPriceMultiplier: Range
  /** Embedding price, USD per million tokens. */
  embeddingPricePerM: number
  /** Size of the knowledge to index, in million tokens. */
  corpusTokensM: number
  /** Vector store hosting, USD a month. */
  vectorStoreMonthly: Range
  /** Training set size in million tokens, and passes over it. */
  trainingTokensM: Range
  epochs: number
  /** Managed fine-tuning price, USD per million training tokens. */
  trainingPricePerM: number
  /** Training GPU rental, USD an hour. */
  gpuHourly: Range
  /** GPU hours one LoRA run takes on an open ~8B model (self-hosted). */
  loraGpuHours: Range
  /** GPUs and hours one full fine-tuning run of a meaningful model takes. */
  fullGpus: Range
  fullGpuHours: Range
  /** Training runs it takes to get a good model (experiments included). */
  trainingRuns: Record<'lora' | 'full', Range>
  /** Runs on top of those, in % of them, that fail or must be repeated (crashes, bad data). */
  failedRunPct: number
  /** Evaluation-set queries run against every training run's model. */
  evalQueriesPerRun: number
  /** Retrains a year to keep up with data and base models. */
  retrainsPerYear: Record<'lora' | 'full', Range>
  /** Self-hosted serving: GPUs a replica needs and queries a replica handles a day. */
  servingGpus: Record<'lora' | 'full', Range>
  queriesPerReplicaDay: number
  /** Serving GPU rental, USD an hour (often a smaller GPU than the training one). */
  servingGpuHourly: Range
  /** Engineer cost, USD a day. */
  engineerDayRate: number
  /** Engineering days to build, and hours a month to maintain, each approach. */
  buildDays: Record<ApproachId, Range>
  maintenanceHours: Record<ApproachId, Range>
  /** Months over which total cost is compared. */
  horizonMonths: number
}

/** Representative daily queries for each `volume` answer (unknown counts as medium). */
export const VOLUME_QUERIES_PER_DAY: Record<AnswerValue<'volume'>, number> = {
  low: 500,
  medium: 10_000,
  high: 200_000,
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  queriesPerDay: null,
  inputTokens: 800,
  outputTokens: 300,
  promptExtraTokens: range(500, 1_500),
  ragExtraTokens: range(1_500, 2_500),
  inputPricePerM: 1,
  outputPricePerM: 4,
  cachedInputPricePerM: null,
  cachedSharePct: 0,
  batchSharePct: 0,
  batchDiscountPct: 50,
  hostedModel: null,
  tunedModel: null,
  tunedInputPricePerM: null,
  tunedOutputPricePerM: null,
  tunedPriceMultiplier: range(1.5, 2),
  embeddingPricePerM: 0.02,
  corpusTokensM: 5,
  vectorStoreMonthly: range(0, 100),
  trainingTokensM: range(1.5, 10),
  epochs: 3,
  trainingPricePerM: 25,
  gpuHourly: range(2.2, 3.5),
  loraGpuHours: range(4, 24),
  fullGpus: range(32, 64),
  fullGpuHours: range(72, 240),
  trainingRuns: { lora: range(2, 4), full: range(1, 2) },
  failedRunPct: 25,
  evalQueriesPerRun: 200,
  retrainsPerYear: { lora: range(2, 4), full: range(1, 2) },
  servingGpus: { lora: range(1, 2), full: range(4, 8) },
  queriesPerReplicaDay: 100_000,
  servingGpuHourly: range(2.2, 3.5),
  engineerDayRate: 800,
  buildDays: {
    prompt: range(1, 5),
    rag: range(3, 10),
    lora: range(10, 25),
    full: range(30, 90),
  },
  maintenanceHours: {
    prompt: range(2, 6),
    rag: range(8, 20),
    lora: range(10, 30),
    full: range(30, 80),
  },
  horizonMonths: 12,
}

export interface CostEstimate {
  /** USD once: engineering days × day rate, plus compute (training runs, indexing). */
  oneTime: Range
  /** The compute part of `oneTime` alone: what a build budget is compared with. */
  oneTimeCompute: Range
  /** USD a month at the chosen volume: tokens, retrieval, serving, retraining amortised. */
  monthly: Range
  /** Calendar days of engineering to a first version in production. */
  buildDays: Range
  /** Engineer hours a month to keep it working. */
  maintenanceHours: Range
  /**
   * USD over the horizon: one-time + (monthly + upkeep) × months, where upkeep is the maintenance
   * hours at the engineer day rate (`upkeepMonthly`).
   */
  total: Range
}

export type Estimates = Record<ApproachId, CostEstimate>

/** Hours in an average month (8,760 / 12): a GPU rented around the clock. */
export const HOURS_A_MONTH = 730
/** Days in a billing month. */
export const DAYS_A_MONTH = 30
/** Working hours in an engineer-day. */
export const HOURS_A_DAY = 8

export const add = (...rs: Range[]): Range =>
  rs.reduce((acc, r) => range(acc.low + r.low, acc.high + r.high), range(0))
export const mul = (a: Range, b: Range): Range => range(a.low * b.low, a.high * b.high)
export const scale = (a: Range, k: number): Range => range(a.low * k, a.high * k)
/** The middle of a range: what break-even and the chart's lines use. */
export const mid = (r: Range): number => (r.low + r.high) / 2

/** Queries a day for these answers and assumptions. */
export function queriesPerDay(answers: Answers, a: Assumptions): number {
  return a.queriesPerDay ?? VOLUME_QUERIES_PER_DAY[answers.volume ?? 'medium']
}

/**
 * USD per query on a hosted model: (input tokens × input price + output tokens × output price) / 1M.
 * @example tokenCostPerQuery(range(2300, 3300), 300, 1, 4) // RAG at defaults: $0.0035..0.0045
 */
export function tokenCostPerQuery(
  inputTokens: Range,
  outputTokens: number,
  inputPricePerM: number,
  outputPricePerM: number,
): Range {
  const out = outputTokens * outputPricePerM
  return range(
    (inputTokens.low * inputPricePerM + out) / 1e6,
    (inputTokens.high * inputPricePerM + out) / 1e6,
  )
}

/**
 * The input price prompting and RAG pay, USD per 1M tokens: the share read from the cache at
 * the cached price, the rest at the input price (just the input price when the model has no
 * cache price or nothing is cached).
 * @example hostedInputPrice({ ...DEFAULT_ASSUMPTIONS, cachedInputPricePerM: 0.1, cachedSharePct: 50 }) // 0.55
 */
export function hostedInputPrice(a: Assumptions): number {
  if (a.cachedInputPricePerM === null || a.cachedSharePct === 0) return a.inputPricePerM
  const cached = a.cachedSharePct / 100
  return (1 - cached) * a.inputPricePerM + cached * a.cachedInputPricePerM
}

/**
 * What a hosted query costs on average once offline traffic goes at batch rates: 1 − batch share
 * × batch discount (1 when nothing is batched).
 * @example batchFactor({ ...DEFAULT_ASSUMPTIONS, batchSharePct: 40 }) // 0.8
 */
export function batchFactor(a: Assumptions): number {
  return 1 - (a.batchSharePct / 100) * (a.batchDiscountPct / 100)
}

/**
 * USD a prompt-engineered query: (input + prompt extras) and output tokens at the hosted prices
 * (cached input where it applies), × the batch factor.
 */
export function promptCostPerQuery(a: Assumptions): Range {
  return scale(
    tokenCostPerQuery(
      add(range(a.inputTokens), a.promptExtraTokens),
      a.outputTokens,
      hostedInputPrice(a),
      a.outputPricePerM,
    ),
    batchFactor(a),
  )
}

/** USD to embed one query: its input tokens × embedding price / 1M. */
export function queryEmbeddingCost(a: Assumptions): number {
  return (a.inputTokens * a.embeddingPricePerM) / 1e6
}

/**
 * USD for 1,000 RAG queries: prompt + retrieved chunks + answer tokens (cached input and batch
 * rates where they apply), plus embedding the query.
 */
export function ragCostPer1kQueries(a: Assumptions): Range {
  const tokens = scale(
    tokenCostPerQuery(
      add(range(a.inputTokens), a.ragExtraTokens),
      a.outputTokens,
      hostedInputPrice(a),
      a.outputPricePerM,
    ),
    batchFactor(a),
  )
  return scale(add(tokens, range(queryEmbeddingCost(a))), 1000)
}

/** The base prices of a hosted tuned model: the LoRA base model's, else the hosted model's. */
export function tunedBasePrices(a: Assumptions): { input: number; output: number } {
  return {
    input: a.tunedInputPricePerM ?? a.inputPricePerM,
    output: a.tunedOutputPricePerM ?? a.outputPricePerM,
  }
}

/**
 * USD a query on a hosted fine-tuned model: the bare input (no examples, no retrieved text) and
 * output at the base price × the tuned-model multiplier.
 */
export function tunedCostPerQuery(a: Assumptions): Range {
  const base = tunedBasePrices(a)
  return mul(
    tokenCostPerQuery(range(a.inputTokens), a.outputTokens, base.input, base.output),
    a.tunedPriceMultiplier,
  )
}

/** USD once to index the knowledge: corpus tokens (M) × embedding price per 1M. */
export function indexingCost(a: Assumptions): number {
  return a.corpusTokensM * a.embeddingPricePerM
}

/**
 * USD for one LoRA training run. Managed: training tokens × epochs × price per 1M tokens.
 * Self-hosted: GPU hours × hourly rate.
 */
export function loraRunCost(a: Assumptions, selfHosted: boolean): Range {
  if (selfHosted) return mul(a.loraGpuHours, a.gpuHourly)
  return scale(a.trainingTokensM, a.epochs * a.trainingPricePerM)
}

/** USD for one full fine-tuning run: GPUs × hours × hourly rate. */
export function fullRunCost(a: Assumptions): Range {
  return mul(mul(a.fullGpus, a.fullGpuHours), a.gpuHourly)
}

/**
 * USD once to train to a good model: the runs it takes plus the share that fails or is repeated,
 * each at one run's cost, and every one of those runs evaluated on the evaluation set (its
 * queries at the hosted tuned-model price, an upper bound for your own GPUs).
 * @example trainingCompute(range(100), range(2), DEFAULT_ASSUMPTIONS).training // 2 × 1.25 × $100 = $250
 */
export function trainingCompute(
  run: Range,
  runs: Range,
  a: Assumptions,
): { attempts: Range; training: Range; evaluation: Range; total: Range } {
  const attempts = scale(runs, 1 + a.failedRunPct / 100)
  const training = mul(attempts, run)
  const evaluation = mul(scale(attempts, a.evalQueriesPerRun), tunedCostPerQuery(a))
  return { attempts, training, evaluation, total: add(training, evaluation) }
}

/** Serving replicas for a daily volume: queries ÷ queries a replica handles, rounded up, at least 1. */
export function replicasFor(qpd: number, a: Assumptions): number {
  return Math.max(1, Math.ceil(qpd / a.queriesPerReplicaDay))
}

/**
 * USD a month to serve a self-hosted model: replicas × GPUs a replica × serving GPU hourly rate × 730 h.
 * @example servingMonthly(range(1), 50_000, DEFAULT_ASSUMPTIONS).low // 1 × 1 × $2.2 × 730 = $1,606
 */
export function servingMonthly(gpusPerReplica: Range, qpd: number, a: Assumptions): Range {
  return scale(mul(gpusPerReplica, a.servingGpuHourly), replicasFor(qpd, a) * HOURS_A_MONTH)
}

/** USD a month of retraining, amortised: one run × retrains a year / 12. */
export function retrainMonthly(run: Range, perYear: Range): Range {
  return scale(mul(run, perYear), 1 / 12)
}

/**
 * Share of the first build it takes to rebuild a tuned model elsewhere when its base model is
 * retired: the data and the evaluation set carry over, the training and its checks do not.
 */
export const RETIREMENT_REBUILD_SHARE = 0.5

/**
 * A hosted LoRA bought from a provider that is ending fine-tuning stops when its base model is
 * retired, and cannot be retrained there: within the horizon it must be rebuilt elsewhere. That
 * retrain, one run and half the LoRA build, is spread over the horizon; null when it does not
 * apply (self-hosted, or a provider that still sells tuning).
 */
export function forcedRetrain(
  answers: Answers,
  a: Assumptions,
): { provider: string; monthly: Range; hours: Range } | null {
  if (answers.hosting !== 'managed-ft') return null
  const offer = endingTuningOffer(a)
  if (!offer) return null
  const months = Math.max(1, a.horizonMonths)
  return {
    provider: offer.name,
    monthly: scale(loraRunCost(a, false), 1 / months),
    hours: scale(a.buildDays.lora, (RETIREMENT_REBUILD_SHARE * HOURS_A_DAY) / months),
  }
}

/** USD of engineering: days × day rate. */
export function engineeringCost(days: Range, a: Assumptions): Range {
  return scale(days, a.engineerDayRate)
}

/** USD a month of upkeep: maintenance hours × day rate / 8 hours a day. */
export function upkeepMonthly(hours: Range, a: Assumptions): Range {
  return scale(hours, a.engineerDayRate / HOURS_A_DAY)
}

/** USD spent by the end of `months`: one-time + (monthly + upkeep) × months. */
export function cumulativeCost(e: CostEstimate, months: number, a: Assumptions): Range {
  return add(e.oneTime, scale(add(e.monthly, upkeepMonthly(e.maintenanceHours, a)), months))
}

/**
 * Estimates for every approach. Formulas, per month of Q = queries a day × 30:
 * - prompt: Q × tokens (input + examples, output) at the hosted price.
 * - rag: Q × tokens (input + retrieved chunks, output) + query embeddings + vector store.
 * - lora: self-hosted → serving GPUs; otherwise Q × tokens at the tuned price; plus retrains/12,
 *   and, on a provider ending fine-tuning, the retrain its base model's retirement forces.
 * - full: serving GPUs for a larger model, plus retrains/12.
 * One-time: build days × day rate + compute (indexing for RAG; for LoRA and full, the training
 * runs, the failed or repeated ones, and evaluating each).
 * Total over the horizon: one-time + (monthly + upkeep) × months.
 */
export function estimate(answers: Answers, a: Assumptions = DEFAULT_ASSUMPTIONS): Estimates {
  const qpd = queriesPerDay(answers, a)
  const perMonth = qpd * DAYS_A_MONTH
  const selfHosted = answers.hosting === 'self-host'

  const ragPerQuery = scale(ragCostPer1kQueries(a), 1 / 1000)
  const forced = forcedRetrain(answers, a)
  const loraRun = loraRunCost(a, selfHosted)
  const fullRun = fullRunCost(a)

  const parts: Record<ApproachId, { compute: Range; monthly: Range; trainingDays: Range }> = {
    prompt: {
      compute: range(0),
      monthly: scale(promptCostPerQuery(a), perMonth),
      trainingDays: range(0),
    },
    rag: {
      compute: range(indexingCost(a)),
      monthly: add(scale(ragPerQuery, perMonth), a.vectorStoreMonthly),
      trainingDays: range(0),
    },
    lora: {
      compute: trainingCompute(loraRun, a.trainingRuns.lora, a).total,
      monthly: add(
        selfHosted
          ? servingMonthly(a.servingGpus.lora, qpd, a)
          : scale(tunedCostPerQuery(a), perMonth),
        retrainMonthly(loraRun, a.retrainsPerYear.lora),
        forced?.monthly ?? range(0),
      ),
      trainingDays: scale(mul(a.loraGpuHours, a.trainingRuns.lora), 1 / 24),
    },
    full: {
      compute: trainingCompute(fullRun, a.trainingRuns.full, a).total,
      monthly: add(
        servingMonthly(a.servingGpus.full, qpd, a),
        retrainMonthly(fullRun, a.retrainsPerYear.full),
      ),
      trainingDays: scale(mul(a.fullGpuHours, a.trainingRuns.full), 1 / 24),
    },
  }

  const result = {} as Estimates
  for (const id of APPROACHES) {
    const p = parts[id]
    const oneTime = add(engineeringCost(a.buildDays[id], a), p.compute)
    const maintenanceHours =
      id === 'lora' && forced ? add(a.maintenanceHours.lora, forced.hours) : a.maintenanceHours[id]
    const upkeep = upkeepMonthly(maintenanceHours, a)
    result[id] = {
      oneTime,
      oneTimeCompute: p.compute,
      monthly: p.monthly,
      buildDays: add(a.buildDays[id], p.trainingDays),
      maintenanceHours,
      total: add(oneTime, scale(add(p.monthly, upkeep), a.horizonMonths)),
    }
  }
  return result
}
