import { useSyncExternalStore } from 'react'
import { APPROACHES, type ApproachId } from '../engine/contract/approaches'
import {
  MAX_QUERY_LENGTH,
  parseAnswers,
  serializeAnswers,
  isAssumptionKey,
} from '../engine/codec/codec'
import { recommend } from '../engine/decision/recommend'

export const DECISIONS_STORAGE_KEY = 'rag-or-tune:decisions'
export const DECISIONS_VERSION = 1
/** Enough for any team; a file with more is not one of ours. */
export const MAX_DECISIONS = 200
export const MAX_NAME_LENGTH = 80
/** Anything bigger than this cannot be an export of at most MAX_DECISIONS entries. */
export const MAX_FILE_CHARS = 1_000_000

/** A result saved under a name. `primary` is what the engine said when it was saved. */
export interface SavedDecision {
  id: string
  name: string
  /** The canonical result query (answers, then any assumption overrides), without '?'. */
  query: string
  /** ISO 8601. */
  savedAt: string
  primary: ApproachId
}

export type ParsedDecision =
  { ok: true; data: SavedDecision; notes: string[] } | { ok: false; reason: string }

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const isApproach = (v: unknown): v is ApproachId =>
  typeof v === 'string' && (APPROACHES as readonly string[]).includes(v)

/** A fresh id; `crypto.randomUUID` only exists in secure contexts, so not on every host. */
export function newDecisionId(): string {
  const c = globalThis.crypto as Crypto | undefined
  if (c && typeof c.randomUUID === 'function') return c.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/** Trims a name to one line of at most MAX_NAME_LENGTH characters. */
export function cleanName(name: string): string {
  const oneLine = name.replace(/\s+/g, ' ').trim()
  return oneLine.length > MAX_NAME_LENGTH ? `${oneLine.slice(0, MAX_NAME_LENGTH - 1)}…` : oneLine
}

/**
 * Reads a result query into its canonical form: valid answers in contract order, then the
 * assumption overrides as given. Returns what was dropped, in words.
 */
export function canonicalQuery(query: string): { query: string; problems: string[] } {
  const body = query.startsWith('?') ? query.slice(1) : query
  const { answers, problems } = parseAnswers(body)
  const overrides = body.split('&').filter((part) => isAssumptionKey(safeDecode(part)))
  return { query: [serializeAnswers(answers), ...overrides].filter(Boolean).join('&'), problems }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return ''
  }
}

/**
 * Checks one saved decision of unknown origin (localStorage or an imported file). The query
 * is validated with `parseAnswers`: bad parts are dropped and named in `notes`. Never throws.
 */
export function parseDecision(value: unknown, now: Date = new Date()): ParsedDecision {
  if (!isRecord(value)) return { ok: false, reason: 'it is not a saved decision' }
  const { id, name, query, savedAt, primary } = value
  if (typeof query !== 'string') return { ok: false, reason: 'it has no answers (no “query”)' }
  if (query.length > MAX_QUERY_LENGTH)
    return { ok: false, reason: `its answers are far too long (${query.length} characters)` }
  const notes: string[] = []
  const canonical = canonicalQuery(query)
  if (canonical.problems.length > 0)
    notes.push(
      `${canonical.problems.length} unreadable answer${canonical.problems.length === 1 ? ' was' : 's were'} dropped: ${canonical.problems.join(' ')}`,
    )
  const answers = parseAnswers(canonical.query).answers
  const given = typeof name === 'string' ? cleanName(name) : ''
  const time = typeof savedAt === 'string' ? Date.parse(savedAt) : NaN
  const data: SavedDecision = {
    id: typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : newDecisionId(),
    name: given || 'Untitled decision',
    query: canonical.query,
    savedAt: Number.isNaN(time) ? now.toISOString() : new Date(time).toISOString(),
    primary: isApproach(primary) ? primary : recommend(answers).ranking[0]!.approach,
  }
  if (!given) notes.push('it had no name, so it was called “Untitled decision”')
  return { ok: true, data, notes }
}

/** What an import did, in words the page can show. */
export interface ImportReport {
  added: SavedDecision[]
  /** One line per entry left out, and why. */
  skipped: string[]
  /** One line per entry kept with changes. */
  notes: string[]
}

/** The export file: self-describing so an import can recognise it. */
export interface DecisionsFile {
  app: 'rag-or-tune'
  kind: 'saved-decisions'
  version: typeof DECISIONS_VERSION
  exportedAt: string
  decisions: SavedDecision[]
}

/** The JSON text of an export of these decisions. */
export function exportDecisions(decisions: readonly SavedDecision[], now = new Date()): string {
  const file: DecisionsFile = {
    app: 'rag-or-tune',
    kind: 'saved-decisions',
    version: DECISIONS_VERSION,
    exportedAt: now.toISOString(),
    decisions: [...decisions],
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/**
 * Reads an export file (or a bare array of decisions) next to the decisions already saved.
 * Every entry is checked with `parseDecision`; an entry already saved (same id and answers) is
 * skipped; one whose id is taken gets a new id. Never throws: whatever cannot be used is
 * reported in `skipped`.
 */
export function importDecisions(
  text: string,
  existing: readonly SavedDecision[],
  now = new Date(),
): ImportReport {
  const report: ImportReport = { added: [], skipped: [], notes: [] }
  if (text.length > MAX_FILE_CHARS) {
    report.skipped.push(
      `The file is too large (${text.length.toLocaleString('en-US')} characters) to be an export of saved decisions.`,
    )
    return report
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    report.skipped.push('The file is not valid JSON, so nothing was imported.')
    return report
  }
  const entries = Array.isArray(data) ? data : isRecord(data) ? data.decisions : undefined
  if (!Array.isArray(entries)) {
    report.skipped.push('The file holds no list of saved decisions, so nothing was imported.')
    return report
  }
  const ids = new Set(existing.map((d) => d.id))
  const saved = new Set(existing.map((d) => `${d.id}\n${d.query}`))
  entries.forEach((entry, i) => {
    const which = `Entry ${i + 1}${isRecord(entry) && typeof entry.name === 'string' ? ` (“${cleanName(entry.name).slice(0, 40)}”)` : ''}`
    const parsed = parseDecision(entry, now)
    if (!parsed.ok) return report.skipped.push(`${which} was skipped: ${parsed.reason}.`)
    let decision = parsed.data
    if (saved.has(`${decision.id}\n${decision.query}`))
      return report.skipped.push(`${which} was skipped: it is already saved.`)
    if (existing.length + report.added.length >= MAX_DECISIONS)
      return report.skipped.push(
        `${which} was skipped: you can keep at most ${MAX_DECISIONS} decisions.`,
      )
    if (ids.has(decision.id)) decision = { ...decision, id: newDecisionId() }
    ids.add(decision.id)
    saved.add(`${decision.id}\n${decision.query}`)
    report.added.push(decision)
    for (const note of parsed.notes) report.notes.push(`${which}: ${note}.`)
  })
  return report
}

/** Reads whatever localStorage held into valid decisions, dropping the rest. */
export function sanitizeStoredDecisions(persisted: unknown): SavedDecision[] {
  if (!isRecord(persisted) || !Array.isArray(persisted.decisions)) return []
  const out: SavedDecision[] = []
  const ids = new Set<string>()
  for (const entry of persisted.decisions.slice(0, MAX_DECISIONS)) {
    const parsed = parseDecision(entry)
    if (!parsed.ok || ids.has(parsed.data.id)) continue
    ids.add(parsed.data.id)
    out.push(parsed.data)
  }
  return out
}

interface DecisionsState {
  decisions: SavedDecision[]
  /** Saves a result; returns the saved entry (or null when the list is full). */
  save: (input: { name: string; query: string; primary: ApproachId }) => SavedDecision | null
  rename: (id: string, name: string) => void
  remove: (id: string) => void
  /** Adds the valid entries of an export file and says what it did. */
  importFile: (text: string) => ImportReport
}

/*
 * A small store with zustand's shape (a selector hook plus getState/setState/subscribe) and
 * zustand persist's storage format (`{ state: { decisions }, version }`), written by hand:
 * importing zustand from a lazy chunk makes the bundler split zustand out of the entry chunk
 * (rolldown issue #10731), which costs the first screen ~0.5 KB it does not have to spare.
 * Switching back to `create(persist(...))` later reads the same localStorage entry.
 */

type Listener = () => void
const listeners = new Set<Listener>()

/** Reads the saved list; anything unreadable counts as nothing saved, never an exception. */
function readStorage(): SavedDecision[] {
  let raw: string | null
  try {
    raw = localStorage.getItem(DECISIONS_STORAGE_KEY)
  } catch {
    return []
  }
  if (raw === null) return []
  try {
    const stored: unknown = JSON.parse(raw)
    // Every version so far stores `{ state: { decisions } }`; entries are re-checked whatever it says.
    return sanitizeStoredDecisions(isRecord(stored) ? stored.state : undefined)
  } catch {
    return []
  }
}

function writeStorage(decisions: readonly SavedDecision[]) {
  try {
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ state: { decisions }, version: DECISIONS_VERSION }),
    )
  } catch {
    /* storage full or refused: the list still lives in this tab */
  }
}

let state: DecisionsState

function setState(
  partial: Partial<DecisionsState> | ((s: DecisionsState) => Partial<DecisionsState>),
  persistIt = true,
) {
  const next = typeof partial === 'function' ? partial(state) : partial
  state = { ...state, ...next }
  if (persistIt && next.decisions) writeStorage(state.decisions)
  for (const listener of listeners) listener()
}

state = {
  decisions: readStorage(),
  save: ({ name, query, primary }) => {
    if (state.decisions.length >= MAX_DECISIONS) return null
    const decision: SavedDecision = {
      id: newDecisionId(),
      name: cleanName(name) || 'Untitled decision',
      query: canonicalQuery(query).query,
      savedAt: new Date().toISOString(),
      primary,
    }
    setState((s) => ({ decisions: [decision, ...s.decisions] }))
    return decision
  },
  rename: (id, name) => {
    const clean = cleanName(name)
    if (!clean) return
    setState((s) => ({
      decisions: s.decisions.map((d) => (d.id === id ? { ...d, name: clean } : d)),
    }))
  },
  remove: (id) => setState((s) => ({ decisions: s.decisions.filter((d) => d.id !== id) })),
  importFile: (text) => {
    const report = importDecisions(text, state.decisions)
    if (report.added.length > 0) setState((s) => ({ decisions: [...report.added, ...s.decisions] }))
    return report
  },
}

const subscribe = (listener: Listener) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// Another tab saved or deleted: show the same list here.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key === DECISIONS_STORAGE_KEY) setState({ decisions: readStorage() }, false)
  })

/**
 * The saved decisions, as a hook with a selector, like a zustand store.
 * @example const decisions = useDecisionsStore((s) => s.decisions)
 */
export function useDecisionsStore<T>(selector: (s: DecisionsState) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => selector(state),
    () => selector(state),
  )
}
useDecisionsStore.getState = () => state
useDecisionsStore.setState = (partial: Partial<DecisionsState>) => setState(partial)
useDecisionsStore.subscribe = subscribe
/** Reads the list back from localStorage (after another tab, or a test, wrote it). */
useDecisionsStore.rehydrate = () => setState({ decisions: readStorage() }, false)
