import { describe, expect, it } from 'vitest'
import { ANSWER_LABELS, ASKED_ORDER } from '../engine/contract/answer-labels'
import { ANSWER_KEYS, ANSWER_VALUES } from '../engine/contract/answers'
import { QUESTIONS } from './questions'
import { QUESTION_ORDER } from './steps'

describe('the questionnaire', () => {
  it('asks one question per answer key', () => {
    expect([...QUESTION_ORDER].sort()).toEqual([...ANSWER_KEYS, 'measured'].sort())
  })

  it.each(ANSWER_KEYS)('%s offers every value of the contract, in its order', (key) => {
    expect(Object.keys(QUESTIONS[key].options)).toEqual([...ANSWER_VALUES[key]])
  })

  it.each(ANSWER_KEYS)('%s is short: a question, a reason and one-line hints', (key) => {
    const q = QUESTIONS[key]
    expect(q.title).toMatch(/\?$/)
    expect(q.help.length).toBeLessThanOrEqual(120)
    for (const option of Object.values(q.options)) {
      expect(option.hint.length).toBeLessThanOrEqual(70)
    }
  })

  it('asks in the vocabulary’s order, so every page lists the answers as it asks them', () => {
    expect(QUESTION_ORDER.filter((k) => k !== 'measured')).toEqual(ASKED_ORDER)
  })

  it.each(ANSWER_KEYS)('%s has one label and one label per answer, all distinct', (key) => {
    const { label, values } = ANSWER_LABELS[key]
    expect(label.length).toBeGreaterThan(0)
    const labels: string[] = Object.values(values)
    expect(Object.keys(values)).toEqual([...ANSWER_VALUES[key]])
    expect(new Set(labels).size).toBe(labels.length)
  })
})
