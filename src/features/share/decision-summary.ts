import {
  ASSUMPTION_FIELDS,
  DEFAULT_ASSUMPTIONS,
  changedAssumptions,
  formatQuantity,
  formatQuantityRange,
  getAssumption,
  type AssumptionId,
  type AssumptionValue,
  ANSWER_LABELS,
  ASKED_ORDER,
  answerValues,
  describeAnswer,
  formatUsdShort,
  planSentence as enginePlanSentence,
  type ApproachId,
  type Answers,
  type Assumptions,
  type RankedApproach,
  type Range,
  type Reason,
  type Recommendation,
} from '../../engine'

/**
 * The pieces every summary of a decision shares (Markdown, print, JSON): the link, the plan in
 * one sentence, the answers in words, the key reasons and readable ranges. Pure: no DOM.
 */

/**
 * The share link of a result: the page's address without its hash, then the result route.
 * @example shareLink('https://example.com', '/tools/', 'problem=tone')
 * // 'https://example.com/tools/#/result?problem=tone'
 */
export function shareLink(origin: string, pathname: string, query: string): string {
  return `${origin}${pathname}#/result?${query.replace(/^\?/, '')}`
}

/**
 * The recommendation and plan in one sentence: the same sentence the result page leads with.
 * @example planSentence({ stack: ['lora', 'rag'] }, { problem: ['voice', 'knowledge'] })
 * // 'Fine-tune a LoRA adapter for the voice and add RAG for the facts.'
 */
export function planSentence(
  recommendation: Pick<Recommendation, 'stack'>,
  answers: Answers,
): string {
  return enginePlanSentence(recommendation.stack, answers)
}

/** The plan as a short title: "LoRA fine-tuning + RAG". */
export function planTitle(recommendation: Pick<Recommendation, 'stack'>): string {
  const short: Record<ApproachId, string> = {
    prompt: 'Prompt engineering',
    rag: 'RAG',
    lora: 'LoRA fine-tuning',
    full: 'Full fine-tuning',
  }
  return recommendation.stack.map((a) => short[a]).join(' + ') || short.prompt
}

/** Every answer given, as "Label: value" lines, and the labels of the questions left open. */
export function answersInWords(answers: Answers): { given: string[]; open: string[] } {
  const given: string[] = []
  const open: string[] = []
  for (const key of ASKED_ORDER) {
    const values = answerValues(answers, key)
    if (values.length === 0) open.push(ANSWER_LABELS[key].label)
    else given.push(describeAnswer(key, values))
  }
  return { given, open }
}

/**
 * The reasons that move an approach most: the engine already lists them heaviest first.
 * @example keyReasons(ranking[0], 3)
 */
export function keyReasons(ranked: Pick<RankedApproach, 'reasons'>, count: number): Reason[] {
  return ranked.reasons.slice(0, count)
}

/** "+20", "−15" (fit points), or "" for a reason that only explains. */
export function reasonEffect(reason: Reason): string {
  return reason.points === 0 ? '' : signed(reason.points)
}

const signed = (n: number) => (n > 0 ? `+${n}` : `−${Math.abs(n)}`)

/** A range with a unit formatter: "$8.2k–$23k", or one figure when both ends read the same. */
export function formatRange(r: Range, format: (n: number) => string): string {
  const low = format(r.low)
  const high = format(r.high)
  return low === high ? low : `${low}–${high}`
}

const days = (n: number) => String(Math.max(1, Math.round(n)))
const hours = (n: number) => String(Math.round(n))

/** The estimates of one approach as table cells, in words a reader scans. */
export function estimateCells(e: Recommendation['estimates'][ApproachId]) {
  return {
    oneTime: formatRange(e.oneTime, formatUsdShort),
    monthly: `${formatRange(e.monthly, formatUsdShort)}/month`,
    buildTime: `${formatRange(e.buildDays, days)} days`,
    maintenance: `${formatRange(e.maintenanceHours, hours)} h/month`,
  }
}

/** "2025-03-04": the local date in a form that sorts and reads the same everywhere. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Everything an export of a decision is built from. */
export interface DecisionExportInput {
  answers: Answers
  assumptions: Assumptions
  /** The engine's result for these answers and assumptions. */
  recommendation: Recommendation
  /** The share link that reproduces the result. */
  link: string
  /** When the export was made. */
  date: Date
}

/** One cost assumption changed from its default, in words. */
export interface ChangedAssumption {
  id: AssumptionId
  /** The share link's key, without `a.`. */
  key: string
  label: string
  value: string
  default: string
  unit: string
}

const assumptionText = (v: AssumptionValue): string =>
  v === null
    ? 'from your answers'
    : typeof v === 'number'
      ? formatQuantity(v)
      : formatQuantityRange(v)

/**
 * The cost assumptions that differ from the defaults, each named with its value and the default
 * it replaces: every figure of a decision depends on them, so every summary states them.
 * @example assumptionsInWords({ ...DEFAULT_ASSUMPTIONS, queriesPerDay: 1e6 })[0]
 * // { id: 'queriesPerDay', label: 'Queries a day', value: '1,000,000', default: 'from your answers', … }
 */
export function assumptionsInWords(assumptions: Assumptions): ChangedAssumption[] {
  return changedAssumptions(assumptions).map((id) => {
    const field = ASSUMPTION_FIELDS[id]
    return {
      id,
      key: field.key,
      label: field.label,
      value: assumptionText(getAssumption(assumptions, id)),
      default: assumptionText(getAssumption(DEFAULT_ASSUMPTIONS, id)),
      unit: field.unit,
    }
  })
}

/** "Input price: 3 USD per 1M tokens (default 1)" */
export function changedAssumptionLine(c: ChangedAssumption): string {
  return `${c.label}: ${c.value}${c.unit && c.value !== 'from your answers' ? ` ${c.unit}` : ''} (default ${c.default})`
}
