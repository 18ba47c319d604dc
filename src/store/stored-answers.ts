import type { Answers } from '../engine/answers'
import { parseAnswers } from '../engine/codec'

export interface SanitizedAnswers {
  answers: Answers
  notice: string | null
}

export const UNREADABLE_NOTICE = 'Your saved answers could not be read, so they were reset.'

/**
 * Reads whatever was saved under any version into valid answers. Version 0 (before the store
 * was versioned) saved the share-link query string itself; version 1 saves `{ answers }`.
 * Anything unreadable becomes `{}` with a notice, never an exception.
 * @example sanitizeStoredAnswers('problem=tone&volume=huge', 0)
 * // { answers: { problem: ['tone'] }, notice: 'Some saved answers could not be read…' }
 */
export function sanitizeStoredAnswers(persisted: unknown, version: number): SanitizedAnswers {
  if (persisted === undefined || persisted === null) return { answers: {}, notice: null }
  let query: string | null = null
  if (version === 0 && typeof persisted === 'string') {
    query = persisted
  } else if (typeof persisted === 'object' && 'answers' in persisted) {
    query = toQuery(persisted.answers)
  }
  if (query === null) return { answers: {}, notice: UNREADABLE_NOTICE }
  const { answers, problems } = parseAnswers(query)
  return {
    answers,
    notice:
      problems.length > 0
        ? `Some saved answers could not be read and were dropped (${problems.length}).`
        : null,
  }
}

/** Turns a stored answers object of unknown shape into a query, checking nothing yet. */
function toQuery(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const parts: string[] = []
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const k = encodeURIComponent(key)
    if (typeof v === 'string') parts.push(`${k}=${encodeURIComponent(v)}`)
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      parts.push(`${k}=${v.map(encodeURIComponent).join(',')}`)
    else parts.push(`${k}=`)
  }
  return parts.join('&')
}
