import { APPROACHES, COMPLEXITY, type ApproachId } from '../contract/approaches'
import type { Answers } from '../contract/answers'
import { formatQuantity, formatUsd, roundVolume } from '../format/cost-format'
import {
  DEFAULT_ASSUMPTIONS,
  cumulativeCost,
  estimate,
  mid,
  queriesPerDay,
  upkeepMonthly,
  type Assumptions,
  type CostEstimate,
  type Estimates,
  type Range,
} from './estimates'
import { at } from '../must'

/**
 * Cumulative cost over time and where approaches cross. Each approach's cost by the end of month m
 * is a straight line: one-time + m × (running + upkeep a month). Break-even uses the middle of
 * each low–high range (`mid`); the chart draws the same lines.
 */

/** One month on the cost chart: what each approach has cost by its end (0 = the build). */
export interface CostPoint {
  month: number
  /** Middle of the range, USD. */
  cost: Record<ApproachId, number>
  range: Record<ApproachId, Range>
}

/** The point where `cheaper` — dearer to build, cheaper to run — catches up with `than`. */
export interface Crossing {
  cheaper: ApproachId
  than: ApproachId
  /** Exact month (fractional) where the two lines meet. */
  atMonth: number
  /** The first whole month by whose end `cheaper` has cost strictly less in total. */
  month: number
  /** What both have cost where the lines meet, USD. */
  cost: number
  withinHorizon: boolean
}

/** The daily volume at which one approach becomes cheaper than another over the horizon. */
export interface VolumeBreakEven {
  cheaper: ApproachId
  than: ApproachId
  /** `cheaper` costs less over the horizon above (or below) this many queries a day. */
  queriesPerDay: number
  direction: 'above' | 'below'
  horizonMonths: number
}

/** One approach's line: where it starts (USD) and how steeply it climbs (USD a month). */
export function costLine(e: CostEstimate, a: Assumptions): { start: number; perMonth: number } {
  return {
    start: mid(e.oneTime),
    perMonth: mid(e.monthly) + mid(upkeepMonthly(e.maintenanceHours, a)),
  }
}

/**
 * Cumulative cost of every approach at the end of each month from 0 to the horizon.
 * @example costCurves(estimate({}), DEFAULT_ASSUMPTIONS)[0].cost.prompt // the one-time cost's middle
 */
export function costCurves(estimates: Estimates, a: Assumptions): CostPoint[] {
  const points: CostPoint[] = []
  for (let month = 0; month <= a.horizonMonths; month++) {
    const cost = {} as Record<ApproachId, number>
    const ranges = {} as Record<ApproachId, Range>
    for (const id of APPROACHES) {
      const { start, perMonth } = costLine(estimates[id], a)
      cost[id] = start + perMonth * month
      ranges[id] = cumulativeCost(estimates[id], month, a)
    }
    points.push({ month, cost, range: ranges })
  }
  return points
}

/**
 * The month at which `x` (dearer to build, cheaper to run) becomes cheaper in total than `y`:
 * one-time difference ÷ monthly saving. Null when the lines never cross after month 0 (`x` is
 * cheaper from the start, or never).
 * @example breakEvenMonth({ start: 10_000, perMonth: 1_000 }, { start: 3_000, perMonth: 2_000 }) // 7
 */
export function breakEvenMonth(
  x: { start: number; perMonth: number },
  y: { start: number; perMonth: number },
): number | null {
  const extra = x.start - y.start
  const saving = y.perMonth - x.perMonth
  if (extra <= 0 || saving <= 0) return null
  return extra / saving
}

/**
 * Every pair of approaches whose cumulative cost lines cross after month 0, earliest first (the
 * dearer-to-build one becomes the cheaper one). Crossings beyond the horizon are included and
 * flagged.
 */
export function findCrossings(estimates: Estimates, a: Assumptions): Crossing[] {
  const lines = Object.fromEntries(
    APPROACHES.map((id) => [id, costLine(estimates[id], a)]),
  ) as Record<ApproachId, { start: number; perMonth: number }>
  const total = (id: ApproachId, m: number) => lines[id].start + lines[id].perMonth * m
  const out: Crossing[] = []
  for (const x of APPROACHES) {
    for (const y of APPROACHES) {
      if (x === y) continue
      const at = breakEvenMonth(lines[x], lines[y])
      if (at === null) continue
      // The first whole month with a strictly lower total, checked on the same sums the chart uses.
      let month = Math.max(1, Math.floor(at) + 1)
      if (month > 1 && total(x, month - 1) < total(y, month - 1)) month -= 1
      while (total(x, month) >= total(y, month)) month += 1
      out.push({
        cheaper: x,
        than: y,
        atMonth: at,
        month,
        cost: total(x, at),
        withinHorizon: month <= a.horizonMonths,
      })
    }
  }
  return out.sort((p, q) => p.atMonth - q.atMonth || COMPLEXITY[q.cheaper] - COMPLEXITY[p.cheaper])
}

/** Volumes searched for a break-even: 1 to 100 million queries a day. */
const MIN_VOLUME = 1
const MAX_VOLUME = 1e8
const STEPS_A_DECADE = 12

/**
 * The daily volume at which `x` costs less than `y` in total over the horizon, searched on a
 * log grid from 1 to 100 million queries a day and refined by bisection (self-hosted serving
 * grows in steps of one replica, so the difference need not be a straight line). The crossing
 * nearest to today's volume is returned; null when there is none in that span.
 */
export function breakEvenVolume(
  answers: Answers,
  a: Assumptions,
  x: ApproachId,
  y: ApproachId,
): VolumeBreakEven | null {
  const cheaper = (q: number) => {
    const e = estimate(answers, { ...a, queriesPerDay: q })
    return mid(e[x].total) < mid(e[y].total)
  }
  const grid: number[] = []
  const decades = Math.log10(MAX_VOLUME / MIN_VOLUME)
  for (let i = 0; i <= decades * STEPS_A_DECADE; i++)
    grid.push(MIN_VOLUME * 10 ** (i / STEPS_A_DECADE))

  const today = queriesPerDay(answers, a)
  let best: VolumeBreakEven | null = null
  let prev = cheaper(at(grid, 0))
  for (let i = 1; i < grid.length; i++) {
    const now = cheaper(at(grid, i))
    if (now === prev) continue
    let lo = at(grid, i - 1)
    let hi = at(grid, i)
    for (let k = 0; k < 40 && hi - lo > Math.max(1, lo * 1e-4); k++) {
      const m = (lo + hi) / 2
      if (cheaper(m) === prev) lo = m
      else hi = m
    }
    const found: VolumeBreakEven = {
      cheaper: x,
      than: y,
      queriesPerDay: Math.ceil(hi),
      direction: now ? 'above' : 'below',
      horizonMonths: a.horizonMonths,
    }
    const distance = (v: VolumeBreakEven) =>
      Math.abs(Math.log(v.queriesPerDay / Math.max(today, 1)))
    if (best === null || distance(found) < distance(best)) best = found
    prev = now
  }
  return best
}

/** Approach names inside a sentence ("cheaper than RAG", "than prompt engineering"). */
export const NAME_IN_SENTENCE: Record<ApproachId, string> = {
  prompt: 'prompt engineering',
  rag: 'RAG',
  lora: 'LoRA fine-tuning',
  full: 'full fine-tuning',
}
const name = (id: ApproachId) => NAME_IN_SENTENCE[id]
const Name = (id: ApproachId) => name(id).charAt(0).toUpperCase() + name(id).slice(1)

/**
 * A crossing in words.
 * @example "LoRA fine-tuning becomes cheaper than RAG in month 7 at 200,000 queries a day: it
 * costs more to build ($18,000 against $6,500) but less to run ($5,900 against $25,000 a month)."
 */
export function describeCrossing(
  c: Crossing,
  estimates: Estimates,
  a: Assumptions,
  qpd: number,
): string {
  const x = costLine(estimates[c.cheaper], a)
  const y = costLine(estimates[c.than], a)
  const when = c.withinHorizon
    ? `in month ${c.month}`
    : `only in month ${c.month}, beyond your ${a.horizonMonths}-month horizon`
  return `${Name(c.cheaper)} becomes cheaper than ${name(c.than)} ${when} at ${formatQuantity(qpd)} queries a day: it costs more to build (${formatUsd(x.start)} against ${formatUsd(y.start)}) but less to run (${formatUsd(x.perMonth)} against ${formatUsd(y.perMonth)} a month, upkeep included).`
}

/** A volume break-even in words. */
export function describeVolumeBreakEven(v: VolumeBreakEven): string {
  return `Over ${v.horizonMonths} months, ${name(v.cheaper)} costs less in total than ${name(v.than)} ${v.direction} about ${formatQuantity(roundVolume(v.queriesPerDay))} queries a day.`
}

/** The pairs whose break-even volume answers "when does fine-tuning pay off?". */
export const VOLUME_PAIRS: readonly (readonly [ApproachId, ApproachId])[] = [
  ['lora', 'prompt'],
  ['lora', 'rag'],
  ['full', 'lora'],
]

export interface CostComparison {
  queriesPerDay: number
  curves: CostPoint[]
  crossings: Crossing[]
  volumeBreakEvens: VolumeBreakEven[]
  /** The cheapest approach over the horizon (by the middle of its range). */
  cheapest: ApproachId
  /** The cheapest approach over the horizon, in a sentence. */
  summary: string
  /** One sentence a crossing within the horizon, in the order of `crossings`. */
  crossingSentences: string[]
  /** One sentence a break-even volume. */
  volumeSentences: string[]
  /** All of the above, in that order. */
  sentences: string[]
}

/**
 * Cumulative cost, crossings and break-even volumes for a set of answers and assumptions.
 * @example compareCosts({ volume: 'high', hosting: 'self-host' }).sentences[0]
 */
export function compareCosts(
  answers: Answers,
  a: Assumptions = DEFAULT_ASSUMPTIONS,
): CostComparison {
  const estimates = estimate(answers, a)
  const qpd = queriesPerDay(answers, a)
  const crossings = findCrossings(estimates, a)
  const volumeBreakEvens = VOLUME_PAIRS.map(([x, y]) => breakEvenVolume(answers, a, x, y)).filter(
    (v): v is VolumeBreakEven => v !== null,
  )
  const cheapest = at(
    [...APPROACHES].sort(
      (p, q) => mid(estimates[p].total) - mid(estimates[q].total) || COMPLEXITY[p] - COMPLEXITY[q],
    ),
    0,
  )
  const summary = `At ${formatQuantity(qpd)} queries a day, ${name(cheapest)} costs the least over ${a.horizonMonths} months (about ${formatUsd(mid(estimates[cheapest].total))}, build and upkeep included).`
  const crossingSentences = crossings
    .filter((c) => c.withinHorizon)
    .map((c) => describeCrossing(c, estimates, a, qpd))
  const volumeSentences = volumeBreakEvens.map(describeVolumeBreakEven)
  return {
    queriesPerDay: qpd,
    curves: costCurves(estimates, a),
    crossings,
    volumeBreakEvens,
    cheapest,
    summary,
    crossingSentences,
    volumeSentences,
    sentences: [summary, ...crossingSentences, ...volumeSentences],
  }
}
