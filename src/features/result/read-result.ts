import {
  isAnswerKey,
  normaliseProblems,
  parseAnswers,
  serializeAnswers,
  type AnswerKey,
  type Answers,
  type Assumptions,
  type Ignored,
  type Problem,
} from '../../engine'
import { parseAssumptions, serializeAssumptions } from '../../engine/codec/assumptions-codec'

export interface ResultLink {
  answers: Answers
  assumptions: Assumptions
  /** Every part of the link that was not used, answers first, then assumptions. */
  ignored: Ignored[]
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

/**
 * What the answers parser cannot see: the text after a second '#' (the router reads it as the
 * page's hash). A list of commas only (`problem=,,,`) the parser itself reports.
 */
function afterSecondHash(hash: string): Ignored[] {
  return hash !== '' && hash !== '#'
    ? [
        {
          key: '',
          fixable: false,
          message: `"${clip(hash)}" comes after a second "#" in the link, so it was ignored.`,
        },
      ]
    : []
}

/**
 * Reads a result link's query (with or without '?'): the answers, the assumption overrides and
 * everything that was ignored. `hash` is what followed a second '#', if anything. Never throws.
 * @example readResultLink('?problem=tone&volume=huge').ignored.length // 1
 */
export function readResultLink(query: string, hash = ''): ResultLink {
  const parsed = parseAnswers(query)
  const assumed = parseAssumptions(query)
  return {
    answers: parsed.answers,
    assumptions: assumed.assumptions,
    ignored: [...parsed.ignored, ...afterSecondHash(hash), ...assumed.ignored],
  }
}

/**
 * The canonical query of a result: the answers, then the assumption overrides when there are any.
 * @example resultQuery({ problem: ['tone'] }, DEFAULT_ASSUMPTIONS) // 'problem=tone'
 */
export function resultQuery(answers: Answers, assumptions: Assumptions): string {
  return [serializeAnswers(answers), serializeAssumptions(assumptions)]
    .filter((part) => part !== '')
    .join('&')
}

/** The answers with one key changed (an empty list or undefined: unanswered), problems in contract order. */
export function withAnswer<K extends AnswerKey>(
  answers: Answers,
  key: K,
  value: Answers[K] | undefined,
): Answers {
  const next: Record<string, unknown> = { ...answers }
  // An answer taken back is left out: serializeAnswers skips what is undefined.
  next[key] =
    value === undefined || (Array.isArray(value) && value.length === 0)
      ? undefined
      : Array.isArray(value)
        ? normaliseProblems(value as Problem[])
        : value
  return parseAnswers(serializeAnswers(next)).answers
}

/** The first question the link got wrong that the questionnaire can ask again. */
export function firstFixableKey(ignored: readonly Ignored[]): AnswerKey | undefined {
  for (const item of ignored) {
    if (item.fixable && isAnswerKey(item.key)) return item.key
  }
  return undefined
}
