import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DECISIONS_STORAGE_KEY,
  MAX_NAME_LENGTH,
  exportDecisions,
  importDecisions,
  mergeStored,
  parseDecision,
  readStoredDecisions,
  sanitizeStoredDecisions,
  UNREADABLE_PREFIX,
  useDecisionsStore,
  writeProblemMessage,
  type SavedDecision,
} from './decisions-store'
import { at, must } from '../engine'

const NOW = new Date('2026-03-01T12:00:00.000Z')

const decision = (over: Partial<SavedDecision> = {}): SavedDecision => ({
  id: 'd1',
  name: 'Today',
  query: 'problem=tone&baseline=none',
  savedAt: '2026-02-01T09:00:00.000Z',
  primary: 'prompt',
  ...over,
})

describe('parseDecision', () => {
  it.each<{ why: string; value: unknown; reason: RegExp }>([
    { why: 'null', value: null, reason: /not a saved decision/ },
    { why: 'an array', value: [], reason: /not a saved decision/ },
    { why: 'a string', value: 'problem=tone', reason: /not a saved decision/ },
    { why: 'no query', value: { name: 'x' }, reason: /no answers/ },
    { why: 'a query that is not text', value: { query: 42 }, reason: /no answers/ },
    { why: 'a huge query', value: { query: 'x'.repeat(5000) }, reason: /far too long/ },
  ])('refuses $why', ({ value, reason }) => {
    const parsed = parseDecision(value, NOW)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toMatch(reason)
  })

  it('keeps a valid entry as it is', () => {
    expect(parseDecision(decision(), NOW)).toEqual({ ok: true, data: decision(), notes: [] })
  })

  it('drops bad answers with parseAnswers, keeps the good ones and says so', () => {
    const parsed = parseDecision(decision({ query: 'volume=huge&problem=tone&colour=red' }), NOW)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.data.query).toBe('problem=tone')
    expect(parsed.notes[0]).toMatch(/2 unreadable answers were dropped/)
  })

  it('keeps assumption overrides after the answers', () => {
    const parsed = parseDecision(decision({ query: 'a.in=900&volume=high' }), NOW)
    expect(parsed.ok && parsed.data.query).toBe('volume=high&a.in=900')
  })

  it('fills in what can be recovered: id, date, name, primary', () => {
    const parsed = parseDecision({ query: 'problem=knowledge&corpus=large', primary: 'nope' }, NOW)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.data.id).not.toBe('')
    expect(parsed.data.savedAt).toBe(NOW.toISOString())
    expect(parsed.data.name).toBe('Untitled decision')
    expect(parsed.data.primary).toBe('rag')
    expect(parsed.notes.join(' ')).toMatch(/no name/)
  })

  it('shortens a long name to one line', () => {
    const parsed = parseDecision(decision({ name: `a\n${'b'.repeat(200)}` }), NOW)
    expect(parsed.ok && parsed.data.name.length).toBe(MAX_NAME_LENGTH)
    expect(parsed.ok && parsed.data.name).toMatch(/^a b+…$/)
  })
})

describe('exportDecisions / importDecisions', () => {
  it('round-trips: an export imports into an empty list unchanged', () => {
    const saved = [decision(), decision({ id: 'd2', name: 'In six months', query: 'volume=high' })]
    const report = importDecisions(exportDecisions(saved, NOW), [], NOW)
    expect(report).toEqual({ added: saved, skipped: [], skippedCount: 0, notes: [], notesCount: 0 })
  })

  it('accepts a bare array too', () => {
    expect(importDecisions(JSON.stringify([decision()]), [], NOW).added).toEqual([decision()])
  })

  it.each([
    { why: 'not JSON', text: '{oops', skipped: /not valid JSON/ },
    { why: 'JSON without a list', text: '{"decisions": 3}', skipped: /no list/ },
    { why: 'a number', text: '7', skipped: /no list/ },
    { why: 'a huge file', text: ' '.repeat(1_000_001), skipped: /too large/ },
  ])('never throws on $why, and says why nothing was imported', ({ text, skipped }) => {
    const report = importDecisions(text, [], NOW)
    expect(report.added).toEqual([])
    expect(report.skipped).toHaveLength(1)
    expect(report.skipped[0]).toMatch(skipped)
  })

  it('imports the valid entries and reports each one skipped', () => {
    const file = JSON.stringify({
      decisions: [
        decision(),
        'junk',
        { name: 'No answers' },
        decision({ id: 'd3', query: 'volume=x' }),
      ],
    })
    const report = importDecisions(file, [], NOW)
    expect(report.added.map((d) => d.id)).toEqual(['d1', 'd3'])
    expect(report.skipped).toEqual([
      'Entry 2 was skipped: it is not a saved decision.',
      'Entry 3 (“No answers”) was skipped: it has no answers (no “query”).',
    ])
    expect(report.notes).toEqual([
      expect.stringMatching(/^Entry 4 \(“Today”\): 1 unreadable answer was dropped/),
    ])
  })

  it('skips what is already saved and renumbers a clashing id', () => {
    const existing = [decision()]
    const file = JSON.stringify([decision(), decision({ query: 'volume=low' })])
    const report = importDecisions(file, existing, NOW)
    expect(report.skipped).toEqual(['Entry 1 (“Today”) was skipped: it is already saved.'])
    expect(report.added).toHaveLength(1)
    expect(at(report.added, 0).id).not.toBe('d1')
    expect(at(report.added, 0).query).toBe('volume=low')
  })
})

describe('sanitizeStoredDecisions', () => {
  it.each([undefined, null, 'x', { decisions: 'x' }, []])('reads %j as no decisions', (v) => {
    expect(sanitizeStoredDecisions(v)).toEqual([])
  })

  it('keeps valid entries, sets the unreadable ones aside and renumbers a repeated id', () => {
    const { stored, notes } = readStoredDecisions({
      decisions: [decision(), 5, decision({ name: 'again' })],
    })
    expect(stored.decisions.map((d) => d.name)).toEqual(['Today', 'again'])
    expect(at(stored.decisions, 1).id).not.toBe('d1')
    expect(stored.kept).toEqual([5])
    expect(notes).toEqual([expect.stringMatching(/one id/)])
    expect(sanitizeStoredDecisions({ decisions: [decision(), 5] })).toEqual([decision()])
  })
})

describe('importDecisions with a file of junk', () => {
  it('counts what it skipped past the first few, and builds no line for the rest', () => {
    // The file of 400,000 zeros parses, here, to entries that count how often their name is
    // read: a report line names its entry, so building one reads the name.
    const text = JSON.stringify(Array.from({ length: 400_000 }, () => 0))
    const entries = Array.from({ length: 400_000 }, (_, i) => ({ name: `junk ${i}` }))
    let namesRead = 0
    const parse = JSON.parse
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((t: string) =>
      t === text
        ? entries.map((e) => ({
            get name() {
              namesRead++
              return e.name
            },
          }))
        : (parse(t) as unknown),
    )
    try {
      const report = importDecisions(text, [], NOW)
      expect(report.skippedCount).toBe(400_000)
      expect(report.skipped).toHaveLength(10)
      expect(report.skipped[0]).toBe(
        'Entry 1 (“junk 0”) was skipped: it has no answers (no “query”).',
      )
    } finally {
      spy.mockRestore()
    }
    // parseDecision reads each entry's name once; the report reads ten more (twice each).
    expect(namesRead).toBeLessThan(400_000 + 30)
  })
})

describe('mergeStored', () => {
  const at = (iso: string) => ({ updatedAt: iso })
  it('keeps both tabs’ new entries, the newer rename, and honours a later deletion', () => {
    const base = {
      decisions: [decision({ id: 'a', name: 'A1' }), decision({ id: 'b' }), decision({ id: 'x' })],
      removed: [],
      kept: [],
    }
    const local = {
      decisions: [
        decision({ id: 'n', name: 'New here' }),
        decision({ id: 'a', name: 'A2', ...at('2026-03-02T00:00:00.000Z') }),
        decision({ id: 'b' }),
      ],
      removed: [{ id: 'x', at: '2026-03-02T00:00:00.000Z' }],
      kept: [],
    }
    const merged = mergeStored(base, local)
    expect(merged.decisions.map((d) => `${d.id}:${d.name}`)).toEqual([
      'n:New here',
      'a:A2',
      'b:Today',
    ])
    expect(merged.removed).toEqual([{ id: 'x', at: '2026-03-02T00:00:00.000Z' }])
  })
})

describe('useDecisionsStore', () => {
  beforeEach(() => {
    // A fresh start: nothing stored, read as on a first visit, then an empty list saved.
    localStorage.clear()
    void useDecisionsStore.persist.rehydrate()
    useDecisionsStore.setState({ decisions: [] })
  })

  it('saves newest first, renames, deletes, and persists under its own key', () => {
    const s = useDecisionsStore.getState()
    const saveOk = (input: Parameters<typeof s.save>[0]) => {
      const out = s.save(input)
      if (!out.ok) throw new Error(out.reason)
      expect(out.problem).toBeNull()
      return out.decision
    }
    const a = saveOk({ name: ' Today ', query: '?problem=tone', primary: 'prompt' })
    const b = saveOk({ name: 'Later', query: 'volume=high&problem=voice', primary: 'lora' })
    expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual(['Later', 'Today'])
    expect(b.query).toBe('problem=voice&volume=high')
    s.rename(a.id, 'Now')
    s.rename(a.id, '   ')
    expect(at(useDecisionsStore.getState().decisions, 1).name).toBe('Now')
    s.remove(b.id)
    expect(useDecisionsStore.getState().decisions.map((d) => d.id)).toEqual([a.id])
    const stored = JSON.parse(must(localStorage.getItem(DECISIONS_STORAGE_KEY))) as {
      version: number
      state: { decisions: SavedDecision[] }
    }
    expect(stored.version).toBe(1)
    expect(stored.state.decisions).toEqual([
      { ...a, name: 'Now', updatedAt: expect.any(String) as string },
    ])
  })

  it('imports a file next to what is saved', () => {
    const report = useDecisionsStore.getState().importFile(JSON.stringify([decision()]))
    expect(report.added).toHaveLength(1)
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
  })

  it('lists the valid entries and writes the unreadable ones back untouched', () => {
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: [decision(), { bad: true }] } }),
    )
    void useDecisionsStore.persist.rehydrate()
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
    expect(useDecisionsStore.getState().kept).toEqual([{ bad: true }])
    useDecisionsStore.getState().save({ name: 'New', query: 'volume=low', primary: 'prompt' })
    const stored = JSON.parse(must(localStorage.getItem(DECISIONS_STORAGE_KEY))) as {
      state: { decisions: SavedDecision[]; kept: unknown[] }
    }
    expect(stored.state.decisions).toHaveLength(2)
    expect(stored.state.kept).toEqual([{ bad: true }])
  })

  it('keeps text it cannot read under a key of its own before saving over it', () => {
    localStorage.setItem(DECISIONS_STORAGE_KEY, '{"state":{"decisions":[{"id":"x","na')
    void useDecisionsStore.persist.rehydrate()
    const { decisions, aside } = useDecisionsStore.getState()
    expect(decisions).toEqual([])
    expect(aside).toHaveLength(1)
    expect(at(aside, 0).key.startsWith(UNREADABLE_PREFIX)).toBe(true)
    expect(localStorage.getItem(at(aside, 0).key)).toBe('{"state":{"decisions":[{"id":"x","na')
    // A second visit does not make a second copy.
    void useDecisionsStore.persist.rehydrate()
    expect(useDecisionsStore.getState().aside).toHaveLength(1)
    useDecisionsStore.getState().discardAside(at(aside, 0).key)
    expect(localStorage.getItem(at(aside, 0).key)).toBeNull()
  })

  it('writes nothing over text it cannot read when there is no room to keep a copy aside', () => {
    const broken = '{"state":{"decisions":[{"id":"x","na'
    localStorage.setItem(DECISIONS_STORAGE_KEY, broken)
    // The store writes to localStorage only; its own setItem, bound before the spy replaces it.
    const setItem = localStorage.setItem.bind(localStorage)
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key, value) => {
      if (key.startsWith(UNREADABLE_PREFIX)) throw new DOMException('full', 'QuotaExceededError')
      setItem(key, value)
    })
    try {
      void useDecisionsStore.persist.rehydrate()
      // Offered for download from this tab, as it was stored.
      expect(useDecisionsStore.getState().aside).toEqual([
        expect.objectContaining({ key: '', text: broken }),
      ])
      const out = useDecisionsStore
        .getState()
        .save({ name: 'New', query: 'volume=low', primary: 'prompt' })
      expect(out.ok && out.problem).toBe('unreadable')
      expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual(['New'])
    } finally {
      spy.mockRestore()
    }
    expect(localStorage.getItem(DECISIONS_STORAGE_KEY)).toBe(broken)
  })

  it('never writes over a list saved by a newer version', () => {
    const future = JSON.stringify({ version: 2, state: { decisions: [decision()], tags: ['x'] } })
    localStorage.setItem(DECISIONS_STORAGE_KEY, future)
    void useDecisionsStore.persist.rehydrate()
    expect(useDecisionsStore.getState().newer).toBe(true)
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
    const out = useDecisionsStore
      .getState()
      .save({ name: 'New', query: 'volume=low', primary: 'prompt' })
    expect(out.ok && out.problem).toBe('newer')
    expect(useDecisionsStore.getState().rename('d1', 'Renamed')).toBe('newer')
    expect(localStorage.getItem(DECISIONS_STORAGE_KEY)).toBe(future)
    // In this tab the change is there.
    expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual(['New', 'Renamed'])
  })

  it('keeps and lists 300 stored entries, refuses a new save, deletes only the one asked', () => {
    const many = Array.from({ length: 300 }, (_, i) => decision({ id: `d${i}`, name: `N${i}` }))
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: many } }),
    )
    void useDecisionsStore.persist.rehydrate()
    expect(useDecisionsStore.getState().decisions).toHaveLength(300)
    const out = useDecisionsStore
      .getState()
      .save({ name: 'New', query: 'volume=low', primary: 'prompt' })
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.reason).toMatch(/300 decisions, and 200 is the most/)
    useDecisionsStore.getState().remove('d7')
    const stored = JSON.parse(must(localStorage.getItem(DECISIONS_STORAGE_KEY))) as {
      state: { decisions: SavedDecision[] }
    }
    expect(stored.state.decisions).toHaveLength(299)
    expect(stored.state.decisions.some((d) => d.id === 'd7')).toBe(false)
  })

  it('says a write failed when storage is full, and keeps the change in this tab', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      const out = useDecisionsStore
        .getState()
        .save({ name: 'New', query: 'volume=low', primary: 'prompt' })
      expect(out.ok && out.problem).toBe('full')
      expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual(['New'])
      expect(writeProblemMessage('full')).toMatch(/^Not saved: this browser’s storage is full/)
      const report = useDecisionsStore.getState().importFile(JSON.stringify([decision()]))
      expect(report.problem).toBe('full')
    } finally {
      spy.mockRestore()
    }
    expect(localStorage.getItem(DECISIONS_STORAGE_KEY)).toBe(
      '{"state":{"decisions":[]},"version":1}',
    )
  })

  it('keeps a rename made in another tab when this tab renames another decision', () => {
    useDecisionsStore.setState({ decisions: [decision(), decision({ id: 'd2', name: 'Two' })] })
    // The other tab renamed d2 a moment ago; this tab has not heard of it yet.
    const other = decision({ id: 'd2', name: 'Two, renamed', updatedAt: new Date().toISOString() })
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: [decision(), other] } }),
    )
    useDecisionsStore.getState().rename('d1', 'One, renamed')
    expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual([
      'One, renamed',
      'Two, renamed',
    ])
  })

  it('puts back what another tab wrote over with an older copy', () => {
    useDecisionsStore.setState({ decisions: [decision()] })
    useDecisionsStore.getState().rename('d1', 'Mine')
    // The other tab, which had not seen the rename, writes its stale copy.
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: [decision()] } }),
    )
    window.dispatchEvent(new StorageEvent('storage', { key: DECISIONS_STORAGE_KEY }))
    expect(at(useDecisionsStore.getState().decisions, 0).name).toBe('Mine')
    expect(localStorage.getItem(DECISIONS_STORAGE_KEY)).toContain('"Mine"')
  })

  it('follows another tab through the storage event, and tells subscribers', () => {
    let calls = 0
    const stop = useDecisionsStore.subscribe(() => calls++)
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: [decision()] } }),
    )
    window.dispatchEvent(new StorageEvent('storage', { key: DECISIONS_STORAGE_KEY }))
    stop()
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
    expect(calls).toBe(1)
  })
})

describe('the store under fuzz', () => {
  it('reads any stored entry without throwing, lists only valid decisions, and writes nothing', () => {
    const entryShape = fc.oneof(
      fc.record({
        id: fc.oneof(fc.constantFrom('d1', 'd2'), fc.string()),
        name: fc.oneof(fc.string(), fc.anything()),
        query: fc.oneof(fc.constantFrom('volume=high', 'problem=,,,', ''), fc.string()),
        savedAt: fc.oneof(fc.constant('2026-02-01T09:00:00.000Z'), fc.anything()),
        primary: fc.oneof(fc.constantFrom('prompt', 'rag', 'lora', 'full'), fc.anything()),
      }),
      fc.anything(),
    )
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .tuple(
          fc.record({ decisions: fc.array(entryShape, { maxLength: 6 }), kept: fc.anything() }),
          fc.integer({ min: -1, max: 3 }),
        )
        .map(([state, version]) => JSON.stringify({ state, version })),
    )
    fc.assert(
      fc.property(raw, (text) => {
        localStorage.clear()
        localStorage.setItem(DECISIONS_STORAGE_KEY, text)
        void useDecisionsStore.persist.rehydrate()
        const { decisions } = useDecisionsStore.getState()
        for (const d of decisions) expect(parseDecision(d)).toMatchObject({ ok: true, data: d })
        expect(new Set(decisions.map((d) => d.id)).size).toBe(decisions.length)
        // Reading changes nothing stored: what it cannot read is at most copied aside.
        expect(localStorage.getItem(DECISIONS_STORAGE_KEY)).toBe(text)
      }),
      { numRuns: 300 },
    )
  })
})
