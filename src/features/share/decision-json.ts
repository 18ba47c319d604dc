import { analyseSensitivity, compareCosts, serializeAnswers } from '../../engine'
import { pricesSourceLine } from '../../engine/cost/prices/price-catalog'
import {
  assumptionsInWords,
  isoDate,
  planSentence,
  type DecisionExportInput,
} from './decision-summary'

/** Names the file format, so a reader of the file knows what it holds and which version. */
export const DECISION_JSON_SCHEMA = 'rag-or-tune/decision@1'

/**
 * The decision as a JSON-ready object: answers, assumptions, the engine's full result, what would
 * change it, costs over time, the app version and the share link. Pure.
 * @example decisionJson({ ...input, appVersion: '0.1.0' }).result.stack // ['lora', 'rag']
 */
export function decisionJson(input: DecisionExportInput & { appVersion: string }) {
  const { answers, assumptions, recommendation, link, date, appVersion } = input
  return {
    schema: DECISION_JSON_SCHEMA,
    app: 'RAG or Tune',
    appVersion,
    exportedAt: date.toISOString(),
    link,
    plan: planSentence(recommendation, answers),
    /** The answers as the share link writes them, and as data. */
    query: serializeAnswers(answers),
    answers,
    assumptions,
    /** Where the model prices come from: the chosen models, the catalog and its date. */
    prices: pricesSourceLine(assumptions),
    /** The assumptions that differ from the defaults, in words (every figure depends on them). */
    changedAssumptions: assumptionsInWords(assumptions),
    result: recommendation,
    sensitivity: analyseSensitivity(answers, assumptions),
    /** Cumulative cost over the horizon, break-evens, and the same in sentences. */
    costs: compareCosts(answers, assumptions),
  }
}

export type DecisionJson = ReturnType<typeof decisionJson>

/** The file's text: indented, so it reads in a diff or an editor. */
export function decisionJsonText(input: DecisionExportInput & { appVersion: string }): string {
  return `${JSON.stringify(decisionJson(input), null, 2)}\n`
}

/** "rag-or-tune-decision-2025-03-04.json" */
export function decisionFileName(date: Date): string {
  return `rag-or-tune-decision-${isoDate(date)}.json`
}
