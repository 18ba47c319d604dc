import { beforeEach, describe, expect, it } from 'vitest'
import {
  DECISIONS_STORAGE_KEY,
  MAX_NAME_LENGTH,
  exportDecisions,
  importDecisions,
  parseDecision,
  sanitizeStoredDecisions,
  useDecisionsStore,
  type SavedDecision,
} from './decisions-store'

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
    expect(report).toEqual({ added: saved, skipped: [], notes: [] })
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
    expect(report.added[0]!.id).not.toBe('d1')
    expect(report.added[0]!.query).toBe('volume=low')
  })
})

describe('sanitizeStoredDecisions', () => {
  it.each([undefined, null, 'x', { decisions: 'x' }, []])('reads %j as no decisions', (v) => {
    expect(sanitizeStoredDecisions(v)).toEqual([])
  })

  it('keeps valid entries and drops the rest and repeated ids', () => {
    expect(
      sanitizeStoredDecisions({ decisions: [decision(), 5, decision({ name: 'again' })] }),
    ).toEqual([decision()])
  })
})

describe('useDecisionsStore', () => {
  beforeEach(() => useDecisionsStore.setState({ decisions: [] }))

  it('saves newest first, renames, deletes, and persists under its own key', () => {
    const s = useDecisionsStore.getState()
    const a = s.save({ name: ' Today ', query: '?problem=tone', primary: 'prompt' })!
    const b = s.save({ name: 'Later', query: 'volume=high&problem=voice', primary: 'lora' })!
    expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual(['Later', 'Today'])
    expect(b.query).toBe('problem=voice&volume=high')
    s.rename(a.id, 'Now')
    s.rename(a.id, '   ')
    expect(useDecisionsStore.getState().decisions[1]!.name).toBe('Now')
    s.remove(b.id)
    expect(useDecisionsStore.getState().decisions.map((d) => d.id)).toEqual([a.id])
    const stored = JSON.parse(localStorage.getItem(DECISIONS_STORAGE_KEY)!) as {
      version: number
      state: { decisions: SavedDecision[] }
    }
    expect(stored.version).toBe(1)
    expect(stored.state.decisions).toEqual([{ ...a, name: 'Now' }])
  })

  it('imports a file next to what is saved', () => {
    const report = useDecisionsStore.getState().importFile(JSON.stringify([decision()]))
    expect(report.added).toHaveLength(1)
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
  })

  it('reads back only valid entries from storage', () => {
    localStorage.setItem(
      DECISIONS_STORAGE_KEY,
      JSON.stringify({ version: 1, state: { decisions: [decision(), { bad: true }] } }),
    )
    useDecisionsStore.rehydrate()
    expect(useDecisionsStore.getState().decisions).toEqual([decision()])
  })

  it('starts empty from unreadable storage, without throwing', () => {
    localStorage.setItem(DECISIONS_STORAGE_KEY, '{not json')
    useDecisionsStore.rehydrate()
    expect(useDecisionsStore.getState().decisions).toEqual([])
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
