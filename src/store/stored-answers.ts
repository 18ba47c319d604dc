import { parseAnswers, type Answers } from '../engine'

export interface SanitizedAnswers {
  answers: Answers
  notice: string | null
}

/**
 * Reads whatever was saved under any version into valid answers. Version 0 (before the store
 * was versioned) saved the share-link query string itself; version 1 saves `{ answers }`.
 * Anything unreadable becomes `{}` with a notice, never an exception.
 */
export function sanitizeStoredAnswers(persisted: unknown, version: number): SanitizedAnswers {
  if (persisted === undefined || persisted === null) return { answers: {}, notice: null }
  let query: string | null = null
  if (version === 0 && typeof persisted === 'string') {
    query = persisted
  } else if (typeof persisted === 'object' && 'answers' in persisted) {
    query = toQuery(persisted.answers)
  }
  if (query === null) {
    return {
      answers: {},
      notice: 'Your saved answers were in an unknown format, so they were reset.',
    }
  }
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
    if (typeof v === 'string') parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`)
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      parts.push(`${encodeURIComponent(key)}=${v.map(encodeURIComponent).join(',')}`)
    else parts.push(`${encodeURIComponent(key)}=`)
  }
  return parts.join('&')
}
