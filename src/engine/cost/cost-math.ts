import { APPROACHES, APPROACH_INFO, type ApproachId } from '../contract/approaches'
import type { Answers } from '../contract/answers'
import {
  DAYS_A_MONTH,
  DEFAULT_ASSUMPTIONS,
  HOURS_A_DAY,
  HOURS_A_MONTH,
  RETIREMENT_REBUILD_SHARE,
  VOLUME_QUERIES_PER_DAY,
  engineeringCost,
  batchFactor,
  estimate,
  forcedRetrain,
  fullRunCost,
  hostedInputPrice,
  indexingCost,
  loraRunCost,
  mul,
  promptCostPerQuery,
  queriesPerDay,
  range,
  ragCostPer1kQueries,
  replicasFor,
  retrainMonthly,
  scale,
  servingMonthly,
  tunedBasePrices,
  trainingCompute,
  tunedCostPerQuery,
  upkeepMonthly,
  type Assumptions,
  type Range,
} from './estimates'
import {
  formatQuantity,
  formatQuantityRange,
  formatUsd,
  formatUsdRange,
} from '../format/cost-format'
import { at, must } from '../must'

/**
 * "Show the math": every figure of the estimates as its formula in words, the same formula with
 * the user's numbers plugged in, and the result. The arithmetic itself lives in estimates.ts and
 * is called from here, so a figure and its explanation cannot disagree (a test checks the results
 * against `estimate` for random assumptions).
 */

export const FIGURES = [
  'oneTime',
  'monthly',
  'upkeep',
  'buildDays',
  'maintenanceHours',
  'total',
] as const
export type FigureId = (typeof FIGURES)[number]

export const FIGURE_LABELS: Record<FigureId, { label: string; unit: 'usd' | 'days' | 'hours' }> = {
  oneTime: { label: 'One-time cost', unit: 'usd' },
  monthly: { label: 'Running cost a month', unit: 'usd' },
  upkeep: { label: 'Upkeep a month', unit: 'usd' },
  buildDays: { label: 'Build time', unit: 'days' },
  maintenanceHours: { label: 'Maintenance', unit: 'hours' },
  total: { label: 'Total over the horizon', unit: 'usd' },
}

/** One line of arithmetic: `label = formula = numbers = result`. */
export interface MathStep {
  label: string
  /** The formula in words. */
  formula: string
  /** The formula with the user's numbers plugged in. */
  numbers: string
  value: Range
  /** The value, formatted with its unit. */
  result: string
}

export interface FigureMath {
  approach: ApproachId
  figure: FigureId
  label: string
  /** The intermediate steps, then the figure itself as the last step. */
  steps: MathStep[]
  value: Range
  result: string
}

export type CostMath = Record<ApproachId, Record<FigureId, FigureMath>>

const usd = formatUsdRange
const qty = formatQuantityRange
const days = (r: Range) => `${qty(r)} days`
const hours = (r: Range) => `${qty(r)} hours`
const one = (n: number) => range(n)

function step(label: string, formula: string, numbers: string, value: Range, fmt = usd): MathStep {
  return { label, formula, numbers, value, result: fmt(value) }
}

/**
 * The formula and the numbers behind every figure of `estimate(answers, a)`.
 * @example showTheMath({ volume: 'medium' }).rag.monthly.steps.at(-1)?.numbers
 * // '300,000 × $0.003516–0.004516 + $0–100'
 */
export function showTheMath(answers: Answers, a: Assumptions = DEFAULT_ASSUMPTIONS): CostMath {
  const e = estimate(answers, a)
  const qpd = queriesPerDay(answers, a)
  const perMonth = qpd * DAYS_A_MONTH
  const selfHosted = answers.hosting === 'self-host'

  const volumeStep = step(
    'Queries a day',
    a.queriesPerDay !== null
      ? 'as set in the assumptions'
      : answers.volume !== undefined
        ? `representative figure for your volume answer ("${answers.volume}")`
        : 'volume not answered: a medium volume is assumed',
    formatQuantity(qpd),
    one(qpd),
    qty,
  )
  const monthStep = step(
    'Queries a month',
    `queries a day × ${DAYS_A_MONTH} days`,
    `${formatQuantity(qpd)} × ${DAYS_A_MONTH}`,
    one(perMonth),
    qty,
  )
  const cachedApplies = a.cachedInputPricePerM !== null && a.cachedSharePct > 0
  const batched = batchFactor(a) !== 1
  const price = `${formatUsd(hostedInputPrice(a))} / 1M`
  const outPrice = `${formatUsd(a.outputPricePerM)} / 1M`

  const tunedBase = tunedBasePrices(a)
  const forced = forcedRetrain(answers, a)
  // The retrain a retired base model forces, as a step of its own where it applies.
  const forcedSteps = forced
    ? [
        step(
          `Forced retrain (${forced.provider} is ending fine-tuning)`,
          'one LoRA run, once the base model is retired, ÷ months of the horizon',
          `${usd(loraRunCost(a, false))} ÷ ${formatQuantity(a.horizonMonths)}`,
          forced.monthly,
        ),
      ]
    : []
  const forcedText = forced ? ` + ${usd(forced.monthly)} forced retrain` : ''

  // Which input price and which rate prompting and RAG pay: shown as steps when they are not
  // simply the list input price for live traffic.
  const hostedPriceSteps = [
    ...(cachedApplies
      ? [
          step(
            'Input price with the prompt cache',
            '(1 − cached share) × input price + cached share × cached input price',
            `(1 − ${formatQuantity(a.cachedSharePct)}%) × ${formatUsd(a.inputPricePerM)} + ${formatQuantity(a.cachedSharePct)}% × ${formatUsd(must(a.cachedInputPricePerM, 'the cached input price'))}`,
            one(hostedInputPrice(a)),
          ),
        ]
      : []),
    ...(batched
      ? [
          step(
            'Batch rate factor',
            '1 − share sent as batch jobs × batch discount',
            `1 − ${formatQuantity(a.batchSharePct)}% × ${formatQuantity(a.batchDiscountPct)}%`,
            one(batchFactor(a)),
            qty,
          ),
        ]
      : []),
  ]
  // Parentheses only around what the batch factor multiplies.
  const [open, close] = batched ? ['(', ')'] : ['', '']
  const batchText = batched ? ` × ${formatQuantity(batchFactor(a))}` : ''
  const batchWords = batched ? ' × batch factor' : ''
  const cacheWords = cachedApplies ? ' (with the cache)' : ''

  const promptQuery = promptCostPerQuery(a)
  const ragQuery = scale(ragCostPer1kQueries(a), 1 / 1000)
  const loraRun = loraRunCost(a, selfHosted)
  const fullRun = fullRunCost(a)

  const loraRunStep = selfHosted
    ? step(
        'One LoRA run (self-hosted)',
        'GPU-hours a run × training GPU rate',
        `${qty(a.loraGpuHours)} × ${usd(a.gpuHourly)}`,
        loraRun,
      )
    : step(
        'One LoRA run (managed)',
        'training set (M tokens) × epochs × training price per 1M tokens',
        `${qty(a.trainingTokensM)} × ${formatQuantity(a.epochs)} × ${formatUsd(a.trainingPricePerM)}`,
        loraRun,
      )
  const fullRunStep = step(
    'One full fine-tuning run',
    'GPUs × hours a run × training GPU rate',
    `${qty(a.fullGpus)} × ${qty(a.fullGpuHours)} × ${usd(a.gpuHourly)}`,
    fullRun,
  )

  const replicas = replicasFor(qpd, a)
  const replicaStep = step(
    'Serving replicas',
    'queries a day ÷ queries a replica handles, rounded up (at least 1)',
    `${formatQuantity(qpd)} ÷ ${formatQuantity(a.queriesPerReplicaDay)}`,
    one(replicas),
    qty,
  )
  const servingStep = (id: 'lora' | 'full') =>
    step(
      'Serving',
      `replicas × GPUs a replica × serving GPU rate × ${HOURS_A_MONTH} hours`,
      `${formatQuantity(replicas)} × ${qty(a.servingGpus[id])} × ${usd(a.servingGpuHourly)} × ${HOURS_A_MONTH}`,
      servingMonthly(a.servingGpus[id], qpd, a),
    )
  const retrainStep = (id: 'lora' | 'full', run: Range) =>
    step(
      'Retraining, spread over the months',
      'one run × retrains a year ÷ 12',
      `${usd(run)} × ${qty(a.retrainsPerYear[id])} ÷ 12`,
      retrainMonthly(run, a.retrainsPerYear[id]),
    )

  const monthly: Record<ApproachId, MathStep[]> = {
    prompt: [
      volumeStep,
      monthStep,
      ...hostedPriceSteps,
      step(
        'Cost a query',
        `${open}(input + example tokens) × input price${cacheWords} + output tokens × output price${close}${batchWords}`,
        `${open}(${formatQuantity(a.inputTokens)} + ${qty(a.promptExtraTokens)}) × ${price} + ${formatQuantity(a.outputTokens)} × ${outPrice}${close}${batchText}`,
        promptQuery,
      ),
      step(
        FIGURE_LABELS.monthly.label,
        'queries a month × cost a query',
        `${formatQuantity(perMonth)} × ${usd(promptQuery)}`,
        e.prompt.monthly,
      ),
    ],
    rag: [
      volumeStep,
      monthStep,
      ...hostedPriceSteps,
      step(
        'Cost a query',
        `${open}(input + retrieved tokens) × input price${cacheWords} + output tokens × output price${close}${batchWords} + input tokens × embedding price`,
        `${open}(${formatQuantity(a.inputTokens)} + ${qty(a.ragExtraTokens)}) × ${price} + ${formatQuantity(a.outputTokens)} × ${outPrice}${close}${batchText} + ${formatQuantity(a.inputTokens)} × ${formatUsd(a.embeddingPricePerM)} / 1M`,
        ragQuery,
      ),
      step(
        FIGURE_LABELS.monthly.label,
        'queries a month × cost a query + vector store',
        `${formatQuantity(perMonth)} × ${usd(ragQuery)} + ${usd(a.vectorStoreMonthly)}`,
        e.rag.monthly,
      ),
    ],
    lora: selfHosted
      ? [
          volumeStep,
          replicaStep,
          servingStep('lora'),
          loraRunStep,
          retrainStep('lora', loraRun),
          step(
            FIGURE_LABELS.monthly.label,
            'serving + retraining (self-hosted, as you can serve open-weight models)',
            `${usd(servingMonthly(a.servingGpus.lora, qpd, a))} + ${usd(retrainMonthly(loraRun, a.retrainsPerYear.lora))}`,
            e.lora.monthly,
          ),
        ]
      : [
          volumeStep,
          monthStep,
          step(
            'Cost a query on the hosted tuned model',
            '(input tokens × input price + output tokens × output price) × tuned-model markup; no examples or retrieved text needed',
            `(${formatQuantity(a.inputTokens)} × ${formatUsd(tunedBase.input)} / 1M + ${formatQuantity(a.outputTokens)} × ${formatUsd(tunedBase.output)} / 1M) × ${qty(a.tunedPriceMultiplier)}`,
            tunedCostPerQuery(a),
          ),
          loraRunStep,
          retrainStep('lora', loraRun),
          ...forcedSteps,
          step(
            FIGURE_LABELS.monthly.label,
            `queries a month × cost a query + retraining (hosted by a provider)${forced ? ' + forced retrain' : ''}`,
            `${formatQuantity(perMonth)} × ${usd(tunedCostPerQuery(a))} + ${usd(retrainMonthly(loraRun, a.retrainsPerYear.lora))}${forcedText}`,
            e.lora.monthly,
          ),
        ],
    full: [
      volumeStep,
      replicaStep,
      servingStep('full'),
      fullRunStep,
      retrainStep('full', fullRun),
      step(
        FIGURE_LABELS.monthly.label,
        'serving + retraining',
        `${usd(servingMonthly(a.servingGpus.full, qpd, a))} + ${usd(retrainMonthly(fullRun, a.retrainsPerYear.full))}`,
        e.full.monthly,
      ),
    ],
  }

  const engineeringStep = (id: ApproachId) =>
    step(
      'Engineering',
      'build days × engineer day rate',
      `${qty(a.buildDays[id])} × ${formatUsd(a.engineerDayRate)}`,
      engineeringCost(a.buildDays[id], a),
    )
  /** Runs to a good model, the failed and repeated ones, and evaluating each: the training bill. */
  const trainingSteps = (id: 'lora' | 'full', run: Range): MathStep[] => {
    const t = trainingCompute(run, a.trainingRuns[id], a)
    return [
      step(
        'Runs, failed and repeated ones included',
        'runs to a good model × (1 + share that fails or is repeated)',
        `${qty(a.trainingRuns[id])} × (1 + ${formatQuantity(a.failedRunPct)}%)`,
        t.attempts,
        qty,
      ),
      step(
        'Evaluating every run',
        'runs × evaluation queries a run × cost a query on the tuned model',
        `${qty(t.attempts)} × ${formatQuantity(a.evalQueriesPerRun)} × ${usd(tunedCostPerQuery(a))}`,
        t.evaluation,
      ),
      step(
        'Training',
        'runs × one run + evaluation',
        `${qty(t.attempts)} × ${usd(run)} + ${usd(t.evaluation)}`,
        t.total,
      ),
    ]
  }
  const computeSteps: Record<ApproachId, MathStep[]> = {
    prompt: [],
    rag: [
      step(
        'Indexing the knowledge',
        'knowledge (M tokens) × embedding price per 1M tokens',
        `${formatQuantity(a.corpusTokensM)} × ${formatUsd(a.embeddingPricePerM)}`,
        one(indexingCost(a)),
      ),
    ],
    lora: [loraRunStep, ...trainingSteps('lora', loraRun)],
    full: [fullRunStep, ...trainingSteps('full', fullRun)],
  }

  const trainingHours: Record<ApproachId, Range | null> = {
    prompt: null,
    rag: null,
    lora: a.loraGpuHours,
    full: a.fullGpuHours,
  }

  const result = {} as CostMath
  for (const id of APPROACHES) {
    const est = e[id]
    const upkeep = upkeepMonthly(est.maintenanceHours, a)
    const compute = computeSteps[id]
    const oneTimeSteps = [
      engineeringStep(id),
      ...compute,
      step(
        FIGURE_LABELS.oneTime.label,
        compute.length ? 'engineering + compute' : 'engineering (no compute to build)',
        compute.length
          ? `${usd(engineeringCost(a.buildDays[id], a))} + ${usd(at(compute, -1).value)}`
          : usd(engineeringCost(a.buildDays[id], a)),
        est.oneTime,
      ),
    ]
    const hoursARun = trainingHours[id]
    const runs = id === 'lora' || id === 'full' ? a.trainingRuns[id] : null
    const buildSteps =
      hoursARun && runs
        ? [
            step(
              'Training time',
              'runs × hours a run ÷ 24',
              `${qty(runs)} × ${qty(hoursARun)} ÷ 24`,
              scale(mul(runs, hoursARun), 1 / 24),
              days,
            ),
            step(
              FIGURE_LABELS.buildDays.label,
              'engineering days + training time',
              `${qty(a.buildDays[id])} + ${qty(scale(mul(runs, hoursARun), 1 / 24))}`,
              est.buildDays,
              days,
            ),
          ]
        : [
            step(
              FIGURE_LABELS.buildDays.label,
              'engineering days (no training)',
              qty(a.buildDays[id]),
              est.buildDays,
              days,
            ),
          ]
    const figure = (figureId: FigureId, steps: MathStep[]): FigureMath => {
      const last = at(steps, -1)
      return {
        approach: id,
        figure: figureId,
        label: `${FIGURE_LABELS[figureId].label}, ${APPROACH_INFO[id].name}`,
        steps,
        value: last.value,
        result: last.result,
      }
    }
    result[id] = {
      oneTime: figure('oneTime', oneTimeSteps),
      monthly: figure('monthly', monthly[id]),
      upkeep: figure('upkeep', [
        step(
          FIGURE_LABELS.upkeep.label,
          `maintenance hours a month × engineer day rate ÷ ${HOURS_A_DAY} hours`,
          `${qty(est.maintenanceHours)} × ${formatUsd(a.engineerDayRate)} ÷ ${HOURS_A_DAY}`,
          upkeep,
        ),
      ]),
      buildDays: figure('buildDays', buildSteps),
      maintenanceHours: figure(
        'maintenanceHours',
        id === 'lora' && forced
          ? [
              step(
                `Rebuild when the base model is retired (${forced.provider} is ending fine-tuning)`,
                `half the LoRA build days × ${HOURS_A_DAY} hours ÷ months of the horizon`,
                `${qty(a.buildDays.lora)} × ${RETIREMENT_REBUILD_SHARE} × ${HOURS_A_DAY} ÷ ${formatQuantity(a.horizonMonths)}`,
                forced.hours,
                hours,
              ),
              step(
                FIGURE_LABELS.maintenanceHours.label,
                'engineer hours a month to keep it working (an assumption) + the rebuild',
                `${qty(a.maintenanceHours.lora)} + ${qty(forced.hours)}`,
                est.maintenanceHours,
                hours,
              ),
            ]
          : [
              step(
                FIGURE_LABELS.maintenanceHours.label,
                'engineer hours a month to keep it working (an assumption)',
                qty(a.maintenanceHours[id]),
                est.maintenanceHours,
                hours,
              ),
            ],
      ),
      total: figure('total', [
        step(
          FIGURE_LABELS.total.label,
          'one-time + (running + upkeep a month) × months',
          `${usd(est.oneTime)} + (${usd(est.monthly)} + ${usd(upkeep)}) × ${formatQuantity(a.horizonMonths)}`,
          est.total,
        ),
      ]),
    }
  }
  return result
}

/** Where the daily volume comes from, in words (for headings and sentences). */
export function volumeSource(answers: Answers, a: Assumptions): string {
  if (a.queriesPerDay !== null) return 'set in the assumptions'
  if (answers.volume !== undefined)
    return `from your volume answer (${formatQuantity(VOLUME_QUERIES_PER_DAY[answers.volume])} a day represents it)`
  return 'volume not answered, so a medium volume is assumed'
}
