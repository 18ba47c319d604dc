import { canonicalQuery, parseAnswers } from '../../engine/codec/codec'
import type { Answers } from '../../engine/contract/answers'
import { parseAssumptions } from '../../engine/codec/assumptions-codec'
import type { Assumptions } from '../../engine/cost/estimates'
import { formatNumber } from '../../engine/format/cost-format'
import { at } from '../../engine'

/** Up to three scenarios, named by the letter of their parameter. */
export const SCENARIO_LETTERS = ['a', 'b', 'c'] as const
export type ScenarioLetter = (typeof SCENARIO_LETTERS)[number]
export const MAX_SCENARIO_NAME = 60

/** One scenario to put in a comparison link. */
export interface ScenarioInput {
  /** A result query (answers, then any `a.*` assumption overrides), with or without '?'. */
  query: string
  name?: string
}

/** One scenario read back from a comparison link. */
export interface Scenario {
  letter: ScenarioLetter
  name: string
  /** Canonical: valid answers in contract order, then the assumption overrides as given. */
  query: string
  answers: Answers
  /** The defaults, with the link's overrides applied. */
  assumptions: Assumptions
  /** What was ignored in this scenario's answers or assumptions, in words. */
  problems: string[]
}

export interface ParsedComparison {
  scenarios: Scenario[]
  /** Problems with the link itself (unknown or repeated parameters, too long), in words. */
  problems: string[]
}

const defaultName = (letter: ScenarioLetter) => `Scenario ${letter.toUpperCase()}`

/** A name from a link, as plain text on one line; '' when there is nothing usable. */
export function cleanScenarioName(name: string): string {
  // Control characters go (they are never part of a name); the text is only ever shown as text.
  const text = name
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return text.length > MAX_SCENARIO_NAME ? `${text.slice(0, MAX_SCENARIO_NAME - 1)}…` : text
}

const stripQ = (q: string) => (q.startsWith('?') ? q.slice(1) : q)

/** Valid answers in contract order, then the assumption overrides (`a.*`) as given. */
function canonical(query: string) {
  const c = canonicalQuery(query)
  const { assumptions, problems } = parseAssumptions(c.query)
  return {
    query: c.query,
    answers: parseAnswers(c.query).answers,
    assumptions,
    problems: [...c.problems, ...problems],
  }
}

/**
 * The query of a comparison link: each scenario's result query URL-encoded as `a`, `b`, `c`,
 * and its name (when given) as `an`, `bn`, `cn`. Scenarios past the third are left out.
 * @example compareQuery([{ query: 'volume=low', name: 'Today' }, { query: 'volume=high' }])
 * // 'a=volume%3Dlow&an=Today&b=volume%3Dhigh'
 */
export function compareQuery(scenarios: readonly ScenarioInput[]): string {
  const parts: string[] = []
  scenarios.slice(0, SCENARIO_LETTERS.length).forEach((s, i) => {
    const letter = at(SCENARIO_LETTERS, i)
    parts.push(`${letter}=${encodeURIComponent(stripQ(s.query))}`)
    const name = s.name === undefined ? '' : cleanScenarioName(s.name)
    if (name) parts.push(`${letter}n=${encodeURIComponent(name)}`)
  })
  return parts.join('&')
}

/** The link-level problems named one by one; past these, they are counted. */
export const PROBLEMS_NAMED = 5

/**
 * Reads a comparison link's query. Never throws: every scenario keeps its valid answers,
 * wherever it is in the link and however long the link, and whatever was ignored is said in
 * words, per scenario and for the link as a whole (the first few named, the rest counted).
 * @example parseComparison('a=volume%3Dlow&b=volume%3Dhigh').scenarios.length // 2
 */
export function parseComparison(search: string): ParsedComparison {
  const problems: string[] = []
  let unnamed = 0
  const problem = (text: () => string) => {
    if (problems.length < PROBLEMS_NAMED) problems.push(text())
    else unnamed++
  }
  const text = stripQ(typeof search === 'string' ? search : '')
  const seen = new Set<string>()
  const values = new Map<string, string>()
  for (const [key, value] of new URLSearchParams(text)) {
    const known = SCENARIO_LETTERS.some((l) => key === l || key === `${l}n`)
    if (!known) {
      problem(
        () =>
          `“${cleanScenarioName(key).slice(0, 30)}” is not part of a comparison link, so it was ignored.`,
      )
      continue
    }
    if (seen.has(key)) {
      problem(() => `“${key}” appears more than once; only the first was used.`)
      continue
    }
    seen.add(key)
    values.set(key, value)
  }
  if (unnamed > 0) problems.push(`…and ${formatNumber(unnamed)} more parts that were ignored.`)
  const scenarios: Scenario[] = []
  for (const letter of SCENARIO_LETTERS) {
    const query = values.get(letter)
    const name = values.get(`${letter}n`)
    if (query === undefined) {
      if (name !== undefined)
        problems.push(`“${letter}n” names a scenario “${letter}” that is not in the link.`)
      continue
    }
    const c = canonical(query)
    scenarios.push({
      letter,
      name: (name && cleanScenarioName(name)) || defaultName(letter),
      query: c.query,
      answers: c.answers,
      assumptions: c.assumptions,
      problems: c.problems,
    })
  }
  if (scenarios.length < 2)
    problems.push(
      scenarios.length === 0
        ? 'This comparison link has no scenarios: it needs at least “a” and “b”.'
        : 'A comparison needs at least two scenarios; this link has one.',
    )
  return { scenarios, problems }
}
