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

  it('plans RAG steps for a RAG plan, with sources when citations are needed', () => {
    const s = steps('problem=knowledge&freshness=frequent&citations=yes&corpus=large')
    expect(s).toEqual(
      expect.arrayContaining(['rag-basic', 'rag-measure', 'rag-citations', 'rag-refresh']),
    )
    expect(s).not.toContain('lora-first')
  })

  it('plans LoRA after measured baselines, and collecting examples only when short of them', () => {
    const s = steps(
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
    )
    expect(s).toContain('lora-first')
    // RAG is built already (it was measured): improve it rather than build a first one.
    expect(s).toContain('rag-improve')
    expect(s).not.toContain('rag-basic')
    expect(s).not.toContain('prompt-baseline')
    expect(s).not.toContain('collect-examples')
  })

  it('runs LoRA before upgrading to full fine-tuning', () => {
    const s = steps(
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
    )
    expect(s).toContain('full-after-lora')
    expect(s).toContain('plan-serving')
  })
})
