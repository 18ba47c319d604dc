import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import {
  DECISION_MAP,
  MAP_NODE_IDS,
  decisionPath,
  mapChildren,
  mapNode,
  type MapNodeId,
} from './decision-path'
import { recommend } from '../decision/recommend'
import { answersArb } from '../testing/arbitraries'

const path = (query: string) => decisionPath(parseAnswers(query).answers)

/** The listed cases of shared/spec/cases.md, with the path each must take through the map. */
const CASES: { n: number; query: string; end: MapNodeId; nodes: MapNodeId[] }[] = [
  {
    n: 1,
    query: 'problem=knowledge&freshness=frequent&citations=yes&corpus=large',
    end: 'rag',
    nodes: ['problem', 'information', 'fits-in-prompt', 'rag'],
  },
  {
    n: 2,
    query: 'problem=tone&baseline=none',
    end: 'prompt',
    nodes: ['problem', 'behaviour', 'prompt-exhausted', 'prompt'],
  },
  {
    n: 3,
    query: 'problem=format&baseline=none&reliability=high',
    end: 'prompt',
    nodes: ['problem', 'behaviour', 'prompt-exhausted', 'prompt'],
  },
  {
    n: 4,
    query:
      'problem=format&baseline=prompt&reliability=strict&examples=500to5k&team=some&hosting=managed-ft',
    end: 'lora',
    nodes: [
      'problem',
      'behaviour',
      'prompt-exhausted',
      'rag-tried',
      'enough-examples',
      'full-upgrade',
      'facts-too',
      'lora',
    ],
  },
  {
    n: 5,
    query: 'problem=terminology&volume=low&corpus=large',
    end: 'rag-curated',
    nodes: ['problem', 'terminology', 'rag-curated'],
  },
  {
    n: 6,
    query: 'problem=latency&examples=over5k&team=some&hosting=self-host&baseline=prompt',
    end: 'lora',
    nodes: [
      'problem',
      'behaviour',
      'prompt-exhausted',
      'rag-tried',
      'enough-examples',
      'full-upgrade',
      'facts-too',
      'lora',
    ],
  },
  {
    n: 7,
    query: 'problem=unwanted&volume=low&baseline=none',
    end: 'prompt',
    nodes: ['problem', 'behaviour', 'prompt-exhausted', 'prompt'],
  },
  {
    n: 8,
    query:
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
    end: 'lora-rag',
    nodes: [
      'problem',
      'information',
      'fits-in-prompt',
      'rag',
      'behaviour',
      'prompt-exhausted',
      'rag-tried',
      'enough-examples',
      'full-upgrade',
      'facts-too',
      'lora-rag',
    ],
  },
  {
    n: 9,
    query: 'problem=knowledge&corpus=small&freshness=static',
    end: 'system-prompt',
    nodes: ['problem', 'information', 'fits-in-prompt', 'system-prompt'],
  },
  { n: 10, query: '', end: 'problem', nodes: ['problem'] },
  {
    n: 11,
    query: 'problem=task&examples=under500&baseline=prompt',
    end: 'try-rag',
    nodes: ['problem', 'behaviour', 'prompt-exhausted', 'rag-tried', 'try-rag'],
  },
  {
    n: 12,
    query:
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
    end: 'full',
    nodes: [
      'problem',
      'behaviour',
      'prompt-exhausted',
      'rag-tried',
      'enough-examples',
      'full-upgrade',
      'full',
    ],
  },
]

describe('decisionPath: the listed cases', () => {
  it.each(CASES)('case $n ends at $end', ({ query, end, nodes }) => {
    const p = path(query)
    expect(p.end).toBe(end)
    expect(p.nodes).toEqual(nodes)
  })

  it.each(CASES)('case $n: the end agrees with the engine', ({ query }) => {
    const answers = parseAnswers(query).answers
    const p = decisionPath(answers)
    const r = recommend(answers)
    expect(p.agrees).toBe(true)
    expect(p.stack[0]).toBe(r.ranking[0]!.approach)
    expect(p.recommended).toBe(r.ranking[0]!.approach)
  })

  it('case 8 ends at LoRA + RAG, like the engine’s stack', () => {
    expect(path(CASES[7]!.query).stack).toEqual(['lora', 'rag'])
  })
})

describe('decisionPath: checks and unknowns', () => {
  it.each([
    {
      why: 'no team blocks fine-tuning even with examples',
      query: 'problem=format&baseline=prompt&examples=over5k&team=none',
      end: 'keep-prompting',
    },
    {
      why: 'unknown examples never pass the data check',
      query: 'problem=format&baseline=prompt&reliability=strict',
      end: 'keep-prompting',
    },
    {
      why: 'under 500 examples is not enough',
      query: 'problem=voice&baseline=prompt&examples=under500',
      end: 'keep-prompting',
    },
    {
      why: 'retrieval can help a task, so RAG must be tried first',
      query: 'problem=task&baseline=prompt&examples=over5k&team=some',
      end: 'try-rag',
    },
    {
      why: 'format problems skip the RAG check',
      query: 'problem=format&baseline=prompt&examples=500to5k&team=some',
      end: 'lora',
    },
    {
      why: 'an unknown corpus takes retrieval, the safe default',
      query: 'problem=knowledge',
      end: 'rag',
    },
    {
      why: 'full needs all four of its conditions',
      query:
        'problem=task&baseline=prompt-rag&examples=over5k&team=dedicated&depth=deep&budget=1kto10k',
      end: 'lora',
    },
    {
      why: 'facts that fit in the prompt need no retrieval next to LoRA',
      query: 'problem=voice,knowledge&baseline=prompt-rag&examples=500to5k&corpus=small',
      end: 'lora',
    },
  ])('$why', ({ query, end }) => {
    expect(path(query).ends).toContain(end)
  })

  it('lists the unanswered questions that could move the path', () => {
    expect(path('problem=format').unknown).toEqual(['baseline'])
    expect(path('problem=format&baseline=prompt').unknown).toEqual(['examples'])
    expect(path('problem=format&baseline=prompt&examples=500to5k').unknown).toEqual([])
    expect(path('problem=format&baseline=prompt&examples=over5k&team=dedicated').unknown).toEqual([
      'budget',
      'depth',
    ])
    expect(path('problem=format&baseline=prompt&examples=500to5k&team=some').unknown).toEqual([])
    expect(path('').unknown).toEqual(['problem'])
  })

  it('walks every branch the problems touch, and leads with the engine’s choice', () => {
    const p = path('problem=knowledge,tone&baseline=none')
    expect(p.ends).toEqual(['rag', 'prompt'])
    expect(p.end).toBe('prompt')
    expect(p.agrees).toBe(true)
  })

  it('says so when the engine weighs the answers differently from the tree', () => {
    // The tree stops at "keep prompting" without a known number of examples; the engine,
    // which never counts an unknown against anyone, already favours LoRA.
    const p = path('problem=format&baseline=prompt&reliability=strict&team=some')
    expect(p.end).toBe('keep-prompting')
    expect(p.recommended).toBe('lora')
    expect(p.agrees).toBe(false)
  })

  it('gives a reason in words that names the outcome', () => {
    expect(path(CASES[5]!.query).reason).toMatch(/^No facts to supply.*LoRA run costs/)
    expect(path(CASES[7]!.query).reason).toMatch(/^The model must also know your documents/)
    expect(path('').reason).toMatch(/not answered yet/)
  })
})

describe('decisionPath: properties', () => {
  it('is a connected walk from the root to outcomes, for any answers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const p = decisionPath(answers)
        expect(p.nodes[0]).toBe('problem')
        for (const id of p.nodes.slice(1)) {
          expect(p.nodes).toContain(mapNode(id).parent)
        }
        for (const end of p.ends) {
          if (end !== 'problem') expect(mapNode(end).kind).toBe('outcome')
          expect(p.nodes).toContain(end)
        }
        expect(p.ends).toContain(p.end)
        expect(new Set(p.nodes).size).toBe(p.nodes.length)
        expect(p.agrees).toBe(p.stack[0] === p.recommended)
        for (const step of p.steps) expect(mapNode(step.to).parent).toBe(step.node)
      }),
    )
  })
})

describe('the decision map', () => {
  it('is one tree: every node but the root has a parent listed before it', () => {
    DECISION_MAP.forEach((node, i) => {
      if (node.parent === null) return expect(i).toBe(0)
      expect(MAP_NODE_IDS.indexOf(node.parent)).toBeLessThan(i)
    })
  })

  it('gives every check a yes and a no, and every outcome a plan', () => {
    for (const node of DECISION_MAP) {
      const edges = mapChildren(node.id).map((c) => c.edge)
      if (node.kind === 'check') expect(edges.sort()).toEqual(['no', 'yes'])
      if (node.kind === 'outcome') {
        expect(edges).toEqual([])
        expect(node.stack?.length).toBeGreaterThan(0)
      }
      expect(node.keys.length).toBeGreaterThan(0)
    }
  })
})
