import { create } from 'zustand'
import { persist, type PersistStorage } from 'zustand/middleware'
import { APPROACHES, type ApproachId } from '../engine/contract/approaches'
import {
  MAX_QUERY_LENGTH,
  parseAnswers,
  serializeAnswers,
  isAssumptionKey,
} from '../engine/codec/codec'
import { recommend } from '../engine/decision/recommend'
import { formatNumber } from '../engine/format/cost-format'
import { localStore, writeItem, type StorageProblem } from './browser-storage'

export const DECISIONS_STORAGE_KEY = 'rag-or-tune:decisions'
export const DECISIONS_VERSION = 1
/**
 * The most decisions a save or an import adds up to. Enforced when saving: a list that already
 * holds more (written by hand, or by another version) is kept whole and said to be over it.
 */
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
  /** ISO 8601: the last rename. Two tabs' copies of one decision keep the newer. */
  updatedAt?: string
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
  const updated = typeof value.updatedAt === 'string' ? Date.parse(value.updatedAt) : NaN
  const data: SavedDecision = {
    id: typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : newDecisionId(),
    name: given || 'Untitled decision',
    query: canonical.query,
    savedAt: Number.isNaN(time) ? now.toISOString() : new Date(time).toISOString(),
    primary: isApproach(primary) ? primary : recommend(answers).ranking[0].approach,
    ...(Number.isNaN(updated) ? {} : { updatedAt: new Date(updated).toISOString() }),
  }
  if (!given) notes.push('it had no name, so it was called “Untitled decision”')
  return { ok: true, data, notes }
}

/** What an import did, in words the page can show. */
export interface ImportReport {
  added: SavedDecision[]
  /** One line per entry left out, and why: the first REPORT_LINES of them. */
  skipped: string[]
  /** How many entries were left out in all. */
  skippedCount: number
  /** One line per entry kept with changes: the first REPORT_LINES of them. */
  notes: string[]
  /** How many entries were kept with changes in all. */
  notesCount: number
}

/** A report names this many cases and counts the rest, so a file of junk stays quick to show. */
export const REPORT_LINES = 10

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
  const report: ImportReport = { added: [], skipped: [], skippedCount: 0, notes: [], notesCount: 0 }
  const skip = (line: string | (() => string)) => {
    if (report.skippedCount++ < REPORT_LINES)
      report.skipped.push(typeof line === 'string' ? line : line())
  }
  const note = (line: string) => {
    if (report.notesCount++ < REPORT_LINES) report.notes.push(line)
  }
  if (text.length > MAX_FILE_CHARS) {
    skip(
      `The file is too large (${formatNumber(text.length)} characters) to be an export of saved decisions.`,
    )
    return report
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    skip('The file is not valid JSON, so nothing was imported.')
    return report
  }
  const entries = Array.isArray(data) ? data : isRecord(data) ? data.decisions : undefined
  if (!Array.isArray(entries)) {
    skip('The file holds no list of saved decisions, so nothing was imported.')
    return report
  }
  const ids = new Set(existing.map((d) => d.id))
  const saved = new Set(existing.map((d) => `${d.id}\n${d.query}`))
  entries.forEach((entry: unknown, i) => {
    // Cheap first: past the first few, a skipped entry is only counted.
    const which = () =>
      `Entry ${i + 1}${isRecord(entry) && typeof entry.name === 'string' ? ` (“${cleanName(entry.name).slice(0, 40)}”)` : ''}`
    const parsed = parseDecision(entry, now)
    if (!parsed.ok) {
      skip(() => `${which()} was skipped: ${parsed.reason}.`)
      return
    }
    let decision = parsed.data
    if (saved.has(`${decision.id}\n${decision.query}`)) {
      skip(() => `${which()} was skipped: it is already saved.`)
      return
    }
    if (existing.length + report.added.length >= MAX_DECISIONS) {
      skip(() => `${which()} was skipped: you can keep at most ${MAX_DECISIONS} decisions.`)
      return
    }
    if (ids.has(decision.id)) decision = { ...decision, id: newDecisionId() }
    ids.add(decision.id)
    saved.add(`${decision.id}\n${decision.query}`)
    report.added.push(decision)
    for (const line of parsed.notes) note(`${which()}: ${line}.`)
  })
  return report
}

/** Reads one entry: its text, null when absent, or `{ problem: 'refused' }`. */
function readItem(key: string): string | null | { problem: 'refused' } {
  const store = localStore()
  if (!store) return { problem: 'refused' }
  try {
    return store.getItem(key)
  } catch {
    return { problem: 'refused' }
  }
}

/** A deletion, remembered so that another tab's older copy does not bring the entry back. */
export interface Removal {
  id: string
  /** ISO 8601. */
  at: string
}

/** What the decisions entry of localStorage holds (`{ state, version }`, zustand persist's shape). */
export interface StoredDecisions {
  decisions: SavedDecision[]
  removed: Removal[]
  /** Entries that could not be read: written back exactly as found, never dropped. */
  kept: unknown[]
}

/** Deletions are remembered this long: enough for any other open tab to catch up. */
const REMOVAL_MEMORY = 100

/** Code-unit order, for ISO dates and storage keys: no collator (a page's first one loads ICU data). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Where an entry that could not be read at all is moved before anything is written over it. */
export const UNREADABLE_PREFIX = `${DECISIONS_STORAGE_KEY}:unreadable:`

/** A copy of saved data this version could not use, kept for the user to download. */
export interface KeptAside {
  /** Its localStorage key, or '' when it could only be kept in this tab. */
  key: string
  /** Why it is there, in words. */
  reason: string
  /** The text, exactly as it was stored. */
  text: string
}

export interface ReadDecisions {
  stored: StoredDecisions
  /** Set when the entry was written by a newer version: this version must not overwrite it. */
  newer: boolean
  /** Set when the entry is not readable at all (not JSON, or not our shape). */
  unreadable: string | null
  /** One line per entry of the list changed on reading (a repeated id renumbered). */
  notes: string[]
}

const updatedTime = (d: SavedDecision) => Date.parse(d.updatedAt ?? d.savedAt)

/**
 * Reads the stored list: every readable entry, each repeated id under a new id (two entries,
 * both kept), and the unreadable entries set aside in `kept`. Never drops an entry.
 * @example readStoredDecisions({ decisions: [good, 5] }) // { decisions: [good], kept: [5], … }
 */
export function readStoredDecisions(state: unknown): { stored: StoredDecisions; notes: string[] } {
  const stored: StoredDecisions = { decisions: [], removed: [], kept: [] }
  const notes: string[] = []
  if (!isRecord(state)) return { stored, notes }
  const ids = new Set<string>()
  const list: unknown[] = Array.isArray(state.decisions) ? state.decisions : []
  list.forEach((entry, index) => {
    const parsed = parseDecision(entry)
    if (!parsed.ok) {
      stored.kept.push(entry)
      return
    }
    let decision = parsed.data
    if (ids.has(decision.id)) {
      // The same new id on every read, so that two reads (two tabs) agree on it.
      decision = { ...decision, id: `${decision.id}~${index}` }
      notes.push(`Two saved decisions had one id; “${decision.name}” was given a new one.`)
    }
    ids.add(decision.id)
    stored.decisions.push(decision)
  })
  if (Array.isArray(state.removed))
    for (const r of state.removed)
      if (isRecord(r) && typeof r.id === 'string' && typeof r.at === 'string')
        stored.removed.push({ id: r.id, at: r.at })
  if (Array.isArray(state.kept)) stored.kept.push(...(state.kept as unknown[]))
  return { stored, notes }
}

/** Reads whatever localStorage held into valid decisions (all of them, unreadable ones aside). */
export function sanitizeStoredDecisions(persisted: unknown): SavedDecision[] {
  return readStoredDecisions(persisted).stored.decisions
}

/**
 * Parses the text of the stored entry. A version newer than this app's is read as far as it
 * can be, and marked so that nothing writes over it.
 */
export function parseStoredText(raw: string | null): ReadDecisions {
  const empty: StoredDecisions = { decisions: [], removed: [], kept: [] }
  if (raw === null) return { stored: empty, newer: false, unreadable: null, notes: [] }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch {
    return {
      stored: empty,
      newer: false,
      unreadable:
        'Your saved decisions could not be read (the stored text is cut short or damaged).',
      notes: [],
    }
  }
  if (!isRecord(data) || !isRecord(data.state))
    return {
      stored: empty,
      newer: false,
      unreadable: 'Your saved decisions are stored in a shape this app does not know.',
      notes: [],
    }
  const version = typeof data.version === 'number' ? data.version : 0
  const { stored, notes } = readStoredDecisions(data.state)
  return { stored, newer: version > DECISIONS_VERSION, unreadable: null, notes }
}

/**
 * Two copies of the list, as one: every decision either has, the newer of two versions of one
 * decision (by `updatedAt`), minus those either deleted after their last change. The `local`
 * copy's new entries come first, then `base`'s order.
 */
export function mergeStored(base: StoredDecisions, local: StoredDecisions): StoredDecisions {
  const removedAt = new Map<string, number>()
  // A decision never removed compares as NaN: not removed at or after any time.
  const removedSince = (id: string, time: number) => (removedAt.get(id) ?? Number.NaN) >= time
  for (const r of [...base.removed, ...local.removed]) {
    const at = Date.parse(r.at)
    if (!removedSince(r.id, at)) removedAt.set(r.id, at)
  }
  const alive = (d: SavedDecision) => !removedSince(d.id, updatedTime(d))
  const localById = new Map(local.decisions.map((d) => [d.id, d]))
  const baseIds = new Set(base.decisions.map((d) => d.id))
  const newer = (a: SavedDecision, b: SavedDecision | undefined) => {
    if (!b) return a
    const ta = updatedTime(a)
    const tb = updatedTime(b)
    // A tie (two tabs in one millisecond) is settled the same way in both tabs.
    return ta > tb || (ta === tb && a.name > b.name) ? a : b
  }
  const decisions = [
    ...local.decisions.filter((d) => !baseIds.has(d.id)),
    ...base.decisions.map((d) => newer(d, localById.get(d.id))),
  ].filter(alive)
  const removed = [...removedAt]
    .map(([id, at]) => ({ id, at: new Date(at).toISOString() }))
    .sort((a, b) => byText(b.at, a.at))
    .slice(0, REMOVAL_MEMORY)
  const keptSeen = new Set<string>()
  const kept = [...base.kept, ...local.kept].filter((k) => {
    // JSON.stringify gives undefined for undefined (its lib type says string only).
    const text = (JSON.stringify(k) as string | undefined) ?? String(k)
    if (keptSeen.has(text)) return false
    keptSeen.add(text)
    return true
  })
  return { decisions, removed, kept }
}

const storedText = (stored: StoredDecisions) =>
  JSON.stringify({
    state: {
      decisions: stored.decisions,
      ...(stored.removed.length > 0 ? { removed: stored.removed } : {}),
      ...(stored.kept.length > 0 ? { kept: stored.kept } : {}),
    },
    version: DECISIONS_VERSION,
  })

/** Why a change was not saved for good. */
export type WriteProblem = StorageProblem | 'newer' | 'unreadable'

/** The sentence a page shows where the user acted, when a change was not saved for good. */
export function writeProblemMessage(problem: WriteProblem): string {
  switch (problem) {
    case 'full':
      return 'Not saved: this browser’s storage is full — download your decisions as JSON. They stay in this tab until it is closed.'
    case 'refused':
      return 'Kept in this tab only: this browser does not let the app save, so it is lost when the tab closes — download your decisions as JSON.'
    case 'newer':
      return 'Not saved: your saved decisions were written by a newer version of this app, which this one will not overwrite — reload the page, or download your decisions as JSON.'
    case 'unreadable':
      return 'Not saved: your saved decisions could not be read and there is no room to keep a copy of them aside — download them from My decisions first.'
  }
}

export type SaveOutcome =
  | { ok: true; decision: SavedDecision; problem: WriteProblem | null }
  | { ok: false; reason: string }

interface DecisionsState extends StoredDecisions {
  /** Why the last change is not stored for good, or null when it is. */
  problem: WriteProblem | null
  /** The browser refuses storage: everything lives in this tab. */
  refused: boolean
  /** The stored list was written by a newer version: shown, never overwritten. */
  newer: boolean
  /**
   * The stored text could not be read and could not be copied aside either (storage full):
   * nothing is written over it.
   */
  blocked: boolean
  /** Stored data this version could not read, kept aside for the user to download. */
  aside: KeptAside[]
  /** What changed on reading the list, in words. */
  notes: string[]
  /** Saves a result; `ok: false` when the list is at its limit. */
  save: (input: { name: string; query: string; primary: ApproachId }) => SaveOutcome
  rename: (id: string, name: string) => WriteProblem | null
  remove: (id: string) => WriteProblem | null
  /** Adds the valid entries of an export file and says what it did. */
  importFile: (text: string) => ImportReport & { problem: WriteProblem | null }
  /** Deletes one copy kept aside (after the user downloaded it, say). */
  discardAside: (key: string) => void
}

/** Lists the copies kept aside under their own keys. */
function readAside(): KeptAside[] {
  const store = localStore()
  if (!store) return []
  const out: KeptAside[] = []
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i)
      if (key?.startsWith(UNREADABLE_PREFIX))
        out.push({
          key,
          reason:
            'Saved decisions this version could not read (cut short, damaged, or in an unknown shape).',
          text: store.getItem(key) ?? '',
        })
    }
  } catch {
    /* refused half-way: what was found is shown */
  }
  return out.sort((a, b) => byText(a.key, b.key))
}

type ReadFlags = Pick<DecisionsState, 'refused' | 'newer' | 'blocked' | 'aside' | 'notes'>

/**
 * Reads the entry. Text that cannot be read at all is first copied to a key of its own; when
 * even that fails the entry is left as it is and `blocked` keeps every write off it.
 */
function load(name: string): { stored: StoredDecisions; flags: ReadFlags } {
  const raw = readItem(name)
  if (typeof raw === 'object' && raw !== null) {
    const { stored } = parseStoredText(null)
    return { stored, flags: { refused: true, newer: false, blocked: false, aside: [], notes: [] } }
  }
  const read = parseStoredText(raw)
  const flags = { refused: false, newer: read.newer, blocked: false, notes: read.notes }
  const aside = readAside()
  // Already kept aside on an earlier visit: once is enough.
  if (read.unreadable === null || raw === null || aside.some((a) => a.text === raw))
    return { stored: read.stored, flags: { ...flags, aside } }
  const key = `${UNREADABLE_PREFIX}${new Date().toISOString()}`
  if (writeItem(key, raw) === null)
    return { stored: read.stored, flags: { ...flags, aside: readAside() } }
  return {
    stored: read.stored,
    flags: {
      ...flags,
      blocked: true,
      aside: [...aside, { key: '', reason: read.unreadable, text: raw }],
    },
  }
}

/*
 * zustand's persist, with a storage of its own that
 * - reads the entry with `parseStoredText` (every version it can, unreadable entries kept aside,
 *   a newer version marked), so persist has nothing left to migrate;
 * - writes only when the list itself changed, never over a newer version's list or over text it
 *   could not keep aside, and says how the write went (`lastProblem`) instead of throwing.
 * Every change is made to a fresh read of the entry merged with this tab's list (`commit`), so
 * a change another tab made a moment ago is kept.
 */

/** What the last read found, for `merge` to put in the state. */
let lastRead: ReadFlags = { refused: false, newer: false, blocked: false, aside: [], notes: [] }
/** The list as last read or written: a change that leaves it alone writes nothing. */
let synced: StoredDecisions | null = null
/** How the last write went. */
let lastProblem: WriteProblem | null = null
/** Set while following another tab: its list is merged with this tab's, not put in its place. */
let following = false

const sameList = (a: StoredDecisions, b: StoredDecisions | null) =>
  b !== null && a.decisions === b.decisions && a.removed === b.removed && a.kept === b.kept

const storage: PersistStorage<StoredDecisions> = {
  getItem: (name) => {
    const { stored, flags } = load(name)
    lastRead = flags
    synced = stored
    return { state: stored, version: DECISIONS_VERSION }
  },
  setItem: (name, { state: list }) => {
    if (sameList(list, synced)) return
    synced = list
    const { newer, blocked } = useDecisionsStore.getState()
    lastProblem = newer ? 'newer' : blocked ? 'unreadable' : writeItem(name, storedText(list))
  },
  removeItem: () => {
    /* the list is never removed as a whole: the recovery page clears storage itself */
  },
}

const listOf = (s: StoredDecisions): StoredDecisions => ({
  decisions: s.decisions,
  removed: s.removed,
  kept: s.kept,
})

/** Sets the state (persist writes the list through `storage`) and says how the write went. */
function apply(next: Partial<DecisionsState>): WriteProblem | null {
  useDecisionsStore.setState(next)
  const problem = lastProblem
  useDecisionsStore.setState({ problem, refused: problem === 'refused' })
  return problem
}

/**
 * Applies a change to the freshest copy: the stored one merged with this tab's, so a change
 * made in another tab a moment ago survives. Writes it back and says why it could not.
 */
function commit(change: (list: StoredDecisions) => StoredDecisions): WriteProblem | null {
  const raw = readItem(DECISIONS_STORAGE_KEY)
  const fresh = typeof raw === 'string' ? parseStoredText(raw) : null
  const state = useDecisionsStore.getState()
  const mine = listOf(state)
  const base = fresh && fresh.unreadable === null ? mergeStored(fresh.stored, mine) : mine
  return apply({ ...change(base), newer: state.newer || Boolean(fresh?.newer) })
}

export const useDecisionsStore = create<DecisionsState>()(
  persist(
    (set, get) => ({
      decisions: [],
      removed: [],
      kept: [],
      problem: null,
      refused: false,
      newer: false,
      blocked: false,
      aside: [],
      notes: [],
      save: ({ name, query, primary }) => {
        const count = get().decisions.length
        if (count >= MAX_DECISIONS)
          return {
            ok: false,
            reason: `Not saved: My decisions holds ${count} decisions, and ${MAX_DECISIONS} is the most it keeps — delete some there first.`,
          }
        const now = new Date().toISOString()
        const decision: SavedDecision = {
          id: newDecisionId(),
          name: cleanName(name) || 'Untitled decision',
          query: canonicalQuery(query).query,
          savedAt: now,
          primary,
        }
        const problem = commit((s) => ({ ...s, decisions: [decision, ...s.decisions] }))
        return { ok: true, decision, problem }
      },
      rename: (id, name) => {
        const clean = cleanName(name)
        if (!clean) return null
        const updatedAt = new Date().toISOString()
        return commit((s) => ({
          ...s,
          decisions: s.decisions.map((d) => (d.id === id ? { ...d, name: clean, updatedAt } : d)),
        }))
      },
      remove: (id) =>
        commit((s) => ({
          ...s,
          decisions: s.decisions.filter((d) => d.id !== id),
          removed: [{ id, at: new Date().toISOString() }, ...s.removed].slice(0, REMOVAL_MEMORY),
        })),
      importFile: (text) => {
        const report = importDecisions(text, get().decisions)
        const problem =
          report.added.length > 0
            ? commit((s) => ({ ...s, decisions: [...report.added, ...s.decisions] }))
            : null
        return { ...report, problem }
      },
      discardAside: (key) => {
        try {
          if (key) localStore()?.removeItem(key)
        } catch {
          /* refused: it stays, and is listed again */
        }
        set({ aside: get().aside.filter((a) => a.key !== key) })
      },
    }),
    {
      name: DECISIONS_STORAGE_KEY,
      version: DECISIONS_VERSION,
      storage,
      partialize: (state: DecisionsState) => listOf(state),
      // On start, the stored list; following another tab, the two lists as one.
      merge: (persisted, current) => {
        const read = persisted as StoredDecisions
        return {
          ...current,
          ...lastRead,
          ...(following ? mergeStored(read, listOf(current)) : read),
        }
      },
    },
  ),
)

// Another tab saved, renamed or deleted: show the same list here, and keep what only this tab
// knew. When the other tab wrote over changes it had not seen, they are put back.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key !== DECISIONS_STORAGE_KEY && e.key !== null) return
    following = true
    try {
      // Synchronous: the storage is.
      void useDecisionsStore.persist.rehydrate()
    } finally {
      following = false
    }
    const state = useDecisionsStore.getState()
    const list = listOf(state)
    if (synced && storedText(list) === storedText(synced)) synced = list
    else if (!state.refused && !state.newer && !state.blocked) apply({})
  })
