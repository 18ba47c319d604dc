import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import { recommend } from './recommend'
import { analyseSensitivity } from './sensitivity'

const answers = (q: string) => parseAnswers(q).answers

describe('analyseSensitivity', () => {
  it('finds the single changes that would let LoRA lead a format problem', () => {
    const a = answers(
      'problem=format&baseline=prompt&reliability=strict&examples=under500&team=some&hosting=managed-ft',
    )
    const { changes } = analyseSensitivity(a)
    const toLora = changes.find((c) => c.key === 'examples' && c.to[0] === '500to5k')
    expect(toLora).toMatchObject({ primary: 'lora' })
    expect(toLora!.text).toMatch(
      /“Labelled examples” were “500 to 5,000”, LoRA fine-tuning would lead/,
    )
    expect(recommend(answers(toLora!.query)).stack[0]).toBe('lora')
  })

  it('lists only changes that really change the plan', () => {
    const a = answers('problem=knowledge&freshness=frequent&citations=yes&corpus=large')
    const base = recommend(a).stack
    for (const change of analyseSensitivity(a).changes) {
      expect(recommend(answers(change.query)).stack).toEqual(change.stack)
      expect(change.stack).not.toEqual(base)
    }
  })

  it('reports the unanswered questions that could change the primary', () => {
    const { openQuestions } = analyseSensitivity(
      answers('problem=format&reliability=strict&baseline=prompt'),
    )
    const keys = openQuestions.map((q) => q.key)
    expect(keys).toContain('examples')
    expect(keys).not.toContain('baseline')
    for (const q of openQuestions) expect(q.couldLeadTo.length).toBeGreaterThan(0)
  })

  it('toggles one problem at a time', () => {
    const { changes } = analyseSensitivity(answers('problem=tone&baseline=none'))
    const added = changes.filter((c) => c.key === 'problem')
    for (const c of added) expect(c.toggled).toBeDefined()
    expect(added.some((c) => c.toggled?.item === 'knowledge' && c.stack.includes('rag'))).toBe(true)
  })
})
