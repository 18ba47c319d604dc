import {
  ANSWER_VALUES,
  isAnswerKey,
  isListKey,
  isScore,
  isScoreKey,
  normaliseProblems,
  type Answers,
  type Problem,
} from '../engine/contract/answers'

export interface SanitizedAnswers {
  answers: Answers
  notice: string | null
}

export const UNREADABLE_NOTICE = 'Your saved answers could not be read, so they were reset.'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Keeps the valid answers among entries of unknown shape and counts what it drops: an unknown
 * key, a value that is not one of the key's, or several values where one is allowed. Lists come
 * out in the contract's order without repeats. (A lean check: the share-link parser and its
 * messages stay out of the first screen's bundle.)
 * @example readAnswers([['problem', ['voice', 'tone']], ['volume', 'huge']])
 * // { answers: { problem: ['tone', 'voice'] }, dropped: 1 }
 */
export function readAnswers(entries: Iterable<[string, unknown]>): {
  answers: Answers
  dropped: number
} {
  const answers: Record<string, unknown> = {}
  let dropped = 0
  for (const [key, value] of entries) {
    if (isScoreKey(key)) {
      const n = typeof value === 'string' && value !== '' ? Number(value) : value
      if (typeof n === 'number' && isScore(n)) answers[key] = n
      else dropped++
      continue
    }
    if (!isAnswerKey(key)) {
      dropped++
      continue
    }
    const allowed: readonly unknown[] = ANSWER_VALUES[key]
    const items: unknown[] =
      typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : [value]
    const valid = items.filter((item) => allowed.includes(item)) as string[]
    if (isListKey(key)) {
      dropped += items.length - valid.length
      if (valid.length > 0) answers[key] = normaliseProblems(valid as Problem[])
    } else if (items.length === 1 && valid.length === 1) {
      answers[key] = valid[0]
    } else {
      dropped++
    }
  }
  return { answers: answers, dropped }
}

/** The key-value pairs of a share-link query, decoded; a part that cannot be decoded is kept raw. */
function queryEntries(query: string): [string, string][] {
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '))
    } catch {
      return text
    }
  }
  return query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=')
      return eq === -1
        ? [decode(part), '']
        : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))]
    })
}

/**
 * Reads whatever was saved under any version into valid answers. Version 0 (before the store
 * was versioned) saved the share-link query string itself; version 1 saves `{ answers }`.
 * Anything unreadable becomes `{}` with a notice, never an exception.
 * @example sanitizeStoredAnswers('problem=tone&volume=huge', 0)
 * // { answers: { problem: ['tone'] }, notice: 'Some saved answers could not be read…' }
 */
export function sanitizeStoredAnswers(persisted: unknown, version: number): SanitizedAnswers {
  if (persisted === undefined || persisted === null) return { answers: {}, notice: null }
  let entries: [string, unknown][]
  if (version === 0 && typeof persisted === 'string') entries = queryEntries(persisted)
  else if (isRecord(persisted) && isRecord(persisted.answers))
    entries = Object.entries(persisted.answers)
  else return { answers: {}, notice: UNREADABLE_NOTICE }
  const { answers, dropped } = readAnswers(entries)
  return {
    answers,
    notice:
      dropped > 0 ? `Some saved answers could not be read and were dropped (${dropped}).` : null,
  }
}
