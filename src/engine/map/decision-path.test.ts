import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import { recommend } from '../decision/recommend'
import { answersArb } from '../testing/arbitraries'
import { SPEC_CASES } from '../testing/spec-cases'
import { GATES } from '../decision/gates'
import {
  DECISION_MAP,
  MAP_NODE_IDS,
  decisionPath,
  mapChildren,
  mapNode,
  type MapNodeId,
} from './decision-path'
import { must } from '../must'

const path = (q: string) => decisionPath(parseAnswers(q).answers)

describe('the decision map', () => {
  it('is one tree: a single root, every other node with a parent, outcomes as leaves', () => {
    expect(DECISION_MAP.filter((n) => n.parent === null).map((n) => n.id)).toEqual(['problem'])
    for (const node of DECISION_MAP) {
      if (node.parent) expect(MAP_NODE_IDS).toContain(node.parent)
      const children = mapChildren(node.id)
      if (node.kind === 'outcome') {
        expect(children).toEqual([])
        expect(node.stack?.length).toBeGreaterThan(0)
      }
      if (node.kind === 'check') expect(children.map((c) => c.edge).sort()).toEqual(['no', 'yes'])
    }
  })

  it('ends where the result does, for every generated answer set', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const p = decisionPath(a)
        expect(p.stack).toEqual(recommend(a).stack)
        expect(p.agrees).toBe(true)
        expect(mapNode(p.end).kind).toBe('outcome')
        expect(p.nodes[0]).toBe('problem')
        expect(p.nodes.at(-1)).toBe(p.end)
      }),
      { numRuns: 3000 },
    )
  })

  it.each(SPEC_CASES)('ends at the result’s plan for spec case $n', ({ query }) => {
    expect(path(query).stack).toEqual(recommend(parseAnswers(query).answers).stack)
  })

  it('reaches every outcome for some answer set', () => {
    const reached = new Set<MapNodeId>()
    for (const a of fc.sample(answersArb, { numRuns: 6000, seed: 3 }))
      reached.add(decisionPath(a).end)
    for (const c of SPEC_CASES) reached.add(path(c.query).end)
    reached.add(
      path(
        'problem=task,knowledge&corpus=large&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
      ).end,
    )
    const outcomes = DECISION_MAP.filter((n) => n.kind === 'outcome').map((n) => n.id)
    expect([...reached].filter((id) => outcomes.includes(id)).sort()).toEqual([...outcomes].sort())
  })

  it.each([
    ['', ['problem', 'no-problem']],
    [
      'problem=knowledge&freshness=frequent&citations=yes&corpus=large',
      ['problem', 'training-fits', 'retrieval', 'rag'],
    ],
    [
      'problem=voice&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=api',
      ['problem', 'training-fits', 'can-train', 'retrieval-meanwhile', 'prompt-for-now'],
    ],
    [
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
      ['problem', 'training-fits', 'can-train', 'full-upgrade', 'lora-facts', 'lora-rag'],
    ],
    [
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
      ['problem', 'training-fits', 'can-train', 'full-upgrade', 'full-facts', 'full'],
    ],
  ] as const)('walks “%s”', (query, nodes) => {
    expect(path(query).nodes).toEqual(nodes)
  })

  it('says why a blocked training run is blocked, and which unknowns could move it', () => {
    const hosted = path('problem=voice&volume=high&baseline=prompt&examples=500to5k&hosting=api')
    const step = must(hosted.steps.find((s) => s.node === 'can-train'))
    expect(step.because).toMatch(/offers no tuning/)
    const unknown = path('problem=latency&baseline=prompt')
    expect(must(unknown.steps.find((s) => s.node === 'can-train')).answered).toBe(false)
    expect(unknown.unknown).toContain('examples')
  })
})

describe('the map and the model', () => {
  it('checks what the gates check: each check names every answer its gates read', () => {
    for (const approach of ['lora', 'full'] as const) {
      const node = mapNode(approach === 'lora' ? 'can-train' : 'full-upgrade')
      for (const gate of GATES.filter((g) => g.approaches.includes(approach)))
        for (const key of gate.keys) if (key !== 'problem') expect(node.keys).toContain(key)
    }
  })

  it('says what would unlock the best fit wherever the result does', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const r = recommend(a)
        const { unlocks } = decisionPath(a)
        if (r.stack.includes(r.bestFit) || r.bestFitBlocked.length === 0) expect(unlocks).toBeNull()
        else expect(unlocks).toEqual({ approach: r.bestFit, blockers: r.bestFitBlocked })
      }),
      { numRuns: 500 },
    )
    const hosted = path(
      'problem=voice&volume=high&baseline=prompt&examples=500to5k&hosting=api&team=some',
    )
    expect(hosted.unlocks?.approach).toBe('lora')
    expect(hosted.unlocks?.blockers.map((b) => b.unlock).join(' ')).toMatch(
      /provider that sells fine-tuning/,
    )
  })
})
