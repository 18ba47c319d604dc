import {
  ASSUMPTION_FIELDS,
  parseAnswers,
  parseAssumptions,
  range,
  ragCostPer1kQueries,
  serializeAnswers,
  serializeAssumptions,
  setAssumption,
  type AnswerValue,
  type Answers,
  type Assumptions,
  type Range,
} from '../../engine'
import { CACHED_INPUT_SHARE, SMALL_CORPUS_TOKENS } from './data.constants'

/** The decision this page adds to: answers and assumptions, as in a result link. */
export interface Decision {
  answers: Answers
  assumptions: Assumptions
}

/** Reads the decision from a result query (with or without '?'). Never throws. */
export function readDecision(query: string): Decision {
  return { answers: parseAnswers(query).answers, assumptions: parseAssumptions(query).assumptions }
}

/** The result query of a decision: answers, then assumption overrides. */
export function decisionQuery({ answers, assumptions }: Decision): string {
  return [serializeAnswers(answers), serializeAssumptions(assumptions)].filter(Boolean).join('&')
}

/**
 * The `examples` answer for a number of usable examples.
 * @example examplesAnswer(1200) // '500to5k'
 */
export function examplesAnswer(n: number): AnswerValue<'examples'> {
  if (n <= 0) return 'none'
  if (n < 500) return 'under500'
  if (n <= 5000) return '500to5k'
  return 'over5k'
}

/**
 * The `corpus` answer for a corpus of this many tokens: small when it fits in a context window
 * (under ~100k tokens, as the contract defines it).
 * @example corpusAnswer(40_000) // 'small'
 */
export function corpusAnswer(tokens: number): AnswerValue<'corpus'> {
  if (tokens <= 0) return 'none'
  return tokens < SMALL_CORPUS_TOKENS ? 'small' : 'large'
}

/** Millions, kept to six decimals (one token) so the link stays short. */
const millions = (tokens: number) => Math.round(tokens) / 1e6

/** The training file's figures carried in: the `examples` answer, training set size and epochs. */
export function withTraining(
  d: Decision,
  t: { examples: number; tokens: number; epochs: number },
): Decision {
  let assumptions = setAssumption(d.assumptions, 'trainingTokensM', range(millions(t.tokens)))
  assumptions = setAssumption(assumptions, 'epochs', t.epochs)
  return { answers: { ...d.answers, examples: examplesAnswer(t.examples) }, assumptions }
}

/** The documents' figures carried in: the `corpus` answer and the knowledge to index. */
export function withCorpus(d: Decision, tokens: number): Decision {
  return {
    answers: { ...d.answers, corpus: corpusAnswer(tokens) },
    assumptions: setAssumption(d.assumptions, 'corpusTokensM', millions(tokens)),
  }
}

/** The prompt in use carried in: its tokens are the extra prompt tokens of every query. */
export function withPrompt(d: Decision, tokens: number): Decision {
  return { ...d, assumptions: setAssumption(d.assumptions, 'promptExtraTokens', range(tokens)) }
}

/** USD a query with the whole corpus in the prompt, without and with prompt caching. */
export function corpusInPromptCost(
  tokens: number,
  a: Assumptions,
): { plain: number; cached: Range } {
  const rest = (a.inputTokens * a.inputPricePerM + a.outputTokens * a.outputPricePerM) / 1e6
  const corpus = (tokens * a.inputPricePerM) / 1e6
  return {
    plain: rest + corpus,
    cached: range(rest + corpus * CACHED_INPUT_SHARE.low, rest + corpus * CACHED_INPUT_SHARE.high),
  }
}

/** USD a RAG query, as the cost model counts it (retrieved chunks, not the whole corpus). */
export function ragQueryCost(a: Assumptions): Range {
  const per1k = ragCostPer1kQueries(a)
  return range(per1k.low / 1000, per1k.high / 1000)
}

/** The labels of the assumptions this page sets, from the engine's table. */
export const CARRIED_LABELS = {
  trainingTokensM: ASSUMPTION_FIELDS.trainingTokensM.label,
  epochs: ASSUMPTION_FIELDS.epochs.label,
  corpusTokensM: ASSUMPTION_FIELDS.corpusTokensM.label,
  promptExtraTokens: ASSUMPTION_FIELDS.promptExtraTokens.label,
}
