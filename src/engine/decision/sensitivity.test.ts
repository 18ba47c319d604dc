import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../codec/codec'
import { answersArb } from '../testing/arbitraries'
import { recommend } from './recommend'
import { analyseSensitivity, sensitivitySteps } from './sensitivity'
import { ANSWER_KEYS, ANSWER_VALUES, type Answers } from '../contract/answers'
import { at, must } from '../must'

const answers = (q: string) => parseAnswers(q).answers

describe('analyseSensitivity', () => {
  it('groups the values of one question that lead to the same plan', () => {
    const a = answers(
      'problem=format&baseline=prompt&reliability=strict&examples=under500&team=some&hosting=managed-ft',
    )
    const toLora = must(analyseSensitivity(a).changes.find((c) => c.key === 'examples'))
    expect(toLora).toMatchObject({ primary: 'lora', to: ['500to5k', 'over5k'] })
    expect(toLora.text).toBe(
      'If “Labelled examples” were “500 to 5,000” or “More than 5,000”, LoRA fine-tuning would lead.',
    )
    expect(recommend(answers(toLora.query)).stack[0]).toBe('lora')
  })

  it('lists only changes that really move the plan, heaviest first, one per question and plan', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const base = recommend(a).stack
        const { changes, problemChanges } = analyseSensitivity(a)
        for (const change of [...changes, ...problemChanges]) {
          expect(recommend(answers(change.query)).stack).toEqual(change.stack)
          expect(change.stack).not.toEqual(base)
        }
        for (let i = 1; i < changes.length; i++)
          expect(at(changes, i - 1).weight).toBeGreaterThanOrEqual(at(changes, i).weight)
        const groups = changes.map((c) => `${c.key}:${c.stack.join('+')}`)
        expect(new Set(groups).size).toBe(groups.length)
        expect(changes.every((c) => c.key !== 'problem')).toBe(true)
      }),
      { numRuns: 150 },
    )
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

  it('keeps problem toggles apart, one problem at a time', () => {
    const { changes, problemChanges } = analyseSensitivity(answers('problem=tone&baseline=none'))
    expect(changes.some((c) => c.key === 'problem')).toBe(false)
    for (const c of problemChanges) expect(c.toggled).toBeDefined()
    expect(
      problemChanges.some(
        (c) => c.toggled?.item === 'knowledge' && c.toggled.added && c.stack.includes('rag'),
      ),
    ).toBe(true)
  })

  it('moves a firm plan only where its premise goes: no documents, no retrieval', () => {
    const { changes } = analyseSensitivity(
      answers(
        'problem=knowledge&freshness=frequent&citations=yes&corpus=large&baseline=prompt&latency=relaxed&volume=low&examples=none&team=none&hosting=api&budget=under1k&churn=likely&reliability=best-effort&depth=surface',
      ),
    )
    expect(changes.map((c) => [c.key, c.to, c.stack])).toEqual([['corpus', ['none'], ['prompt']]])
  })
})

describe('sensitivitySteps', () => {
  /** How many plans the analysis decides: every other value of each question, every problem. */
  const alternatives = (a: Answers) =>
    ANSWER_KEYS.reduce(
      (n, key) =>
        n + ANSWER_VALUES[key].length - (key !== 'problem' && a[key] !== undefined ? 1 : 0),
      0,
    )

  it('pauses after every plan it decides, and ends on the analysis', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const steps = sensitivitySteps(a)
        let pauses = 0
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) {
            expect(step.value).toEqual(analyseSensitivity(a))
            break
          }
          pauses++
        }
        // One pause a decision: a slice of the page's time never holds more than one.
        expect(pauses).toBe(alternatives(a))
      }),
      { numRuns: 60 },
    )
  })
})
