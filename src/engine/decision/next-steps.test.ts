import { describe, expect, it } from 'vitest'
import { recommend } from './recommend'
import { parseAnswers } from '../codec/codec'

const steps = (q: string) => recommend(parseAnswers(q).answers).nextSteps.map((s) => s.id)

describe('next steps', () => {
  it('starts with an evaluation set and a prompt baseline when nothing is measured', () => {
    expect(steps('problem=tone&baseline=none').slice(0, 2)).toEqual([
      'build-an-eval-set',
      'prompt-baseline',
    ])
  })

  it('asks to name the problem when it is unknown', () => {
    expect(steps('')[0]).toBe('name-the-problem')
  })

  it.each([
    {
      title: 'plans RAG steps for a RAG plan, with sources when citations are needed',
      query: 'problem=knowledge&freshness=frequent&citations=yes&corpus=large',
      planned: ['rag-basic', 'rag-measure', 'rag-citations', 'rag-refresh'],
      notPlanned: ['lora-first'],
    },
    {
      title: 'plans LoRA after measured baselines, and collecting examples only when short of them',
      query:
        'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
      // RAG is built already (it was measured): improve it rather than build a first one.
      planned: ['lora-first', 'rag-improve'],
      notPlanned: ['rag-basic', 'prompt-baseline', 'collect-examples'],
    },
    {
      title: 'runs LoRA before upgrading to full fine-tuning',
      query:
        'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
      planned: ['full-after-lora', 'plan-serving'],
      notPlanned: [],
    },
  ])('$title', ({ query, planned, notPlanned }) => {
    const s = steps(query)
    expect(s).toEqual(expect.arrayContaining(planned))
    for (const id of notPlanned) expect(s).not.toContain(id)
  })
})
