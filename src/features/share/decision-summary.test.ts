import { describe, expect, it } from 'vitest'
import {
  at,
  must,
  formatUsdShort,
  planSentence as enginePlanSentence,
  range,
  recommend,
  type Answers,
  type Reason,
} from '../../engine'
import {
  answersInWords,
  estimateCells,
  formatRange,
  isoDate,
  keyReasons,
  planSentence,
  planTitle,
  reasonEffect,
  shareLink,
} from './decision-summary'

describe('shareLink', () => {
  it.each([
    ['http://127.0.0.1:4173', '/', 'problem=tone', 'http://127.0.0.1:4173/#/result?problem=tone'],
    [
      'https://example.com',
      '/tools/rag-or-tune/index.html',
      'problem=knowledge,voice&volume=high',
      'https://example.com/tools/rag-or-tune/index.html#/result?problem=knowledge,voice&volume=high',
    ],
    ['https://example.com', '/', '?volume=low', 'https://example.com/#/result?volume=low'],
    ['https://example.com', '/', '', 'https://example.com/#/result?'],
  ])('%s%s + %s', (origin, pathname, query, link) => {
    expect(shareLink(origin, pathname, query)).toBe(link)
  })
})

describe('planSentence and planTitle', () => {
  it.each([
    [['prompt'], {}, 'Prompt engineering', /^Improve the prompt: clear instructions/],
    [
      ['rag'],
      { problem: ['knowledge'] },
      'RAG',
      /^Build retrieval \(RAG\) over your documents for the facts\.$/,
    ],
    [
      ['lora', 'rag'],
      { problem: ['voice', 'knowledge'] },
      'LoRA fine-tuning + RAG',
      /^Fine-tune a LoRA adapter for the voice and add RAG for the facts\.$/,
    ],
    [
      ['full'],
      { problem: ['task'] },
      'Full fine-tuning',
      /^Fully fine-tune the model for the task, once a LoRA/,
    ],
    [
      ['prompt', 'rag'],
      { problem: ['tone', 'knowledge'] },
      'Prompt engineering + RAG',
      /^Improve the prompt for the tone and add RAG for the facts\.$/,
    ],
  ] as const)('%j', (stack, answers, title, sentence) => {
    expect(planTitle({ stack: [...stack] })).toBe(title)
    const text = planSentence({ stack: [...stack] }, answers)
    expect(text).toMatch(sentence)
    expect(text).toBe(enginePlanSentence([...stack], answers as Answers))
  })
})

describe('answersInWords', () => {
  it('lists given answers in the questionnaire’s order and the open questions by label', () => {
    const { given, open } = answersInWords({ volume: 'high', problem: ['knowledge', 'voice'] })
    expect(given).toEqual([
      'What is wrong today: It doesn’t know our facts, It doesn’t sound like our brand',
      'Queries a day: Over 100,000',
    ])
    expect(open).toHaveLength(12)
    expect(open).toContain('Labelled examples')
  })

  it('says nothing is given for no answers', () => {
    expect(answersInWords({}).given).toEqual([])
  })
})

describe('keyReasons and reasonEffect', () => {
  const reason = (rule: string, points: number): Reason => ({ rule, points, keys: [], text: rule })

  it('takes the first reasons, which the engine lists heaviest first', () => {
    const lora = must(
      recommend({
        problem: ['format'],
        reliability: 'strict',
        baseline: 'prompt',
        examples: 'under500',
      }).ranking.find((r) => r.approach === 'lora'),
    )
    expect(keyReasons(lora, 2)).toEqual(lora.reasons.slice(0, 2))
    expect(at(keyReasons(lora, 2), 0).rule).toBe('format-strict-after-prompting')
    expect(keyReasons(lora, 99)).toHaveLength(lora.reasons.length)
  })

  it.each([
    [reason('x', 20), '+20'],
    [reason('x', -15), '−15'],
    [reason('x', 0), ''],
  ])('%j reads "%s"', (r, text) => {
    expect(reasonEffect(r)).toBe(text)
  })
})

describe('formatRange and estimateCells', () => {
  it('writes one figure when both ends read the same', () => {
    expect(formatRange(range(8_000, 8_040), formatUsdShort)).toBe('$8k')
    expect(formatRange(range(8_225, 23_000), formatUsdShort)).toBe('$8.2k–$23k')
  })

  it('gives every estimate a unit', () => {
    const cells = estimateCells(recommend({}).estimates.lora)
    expect(cells.monthly).toMatch(/\/month$/)
    expect(cells.buildTime).toMatch(/^\d+–\d+ days$/)
    expect(cells.maintenance).toMatch(/^\d+–\d+ h\/month$/)
  })
})

describe('isoDate', () => {
  it('writes the local calendar date', () => {
    expect(isoDate(new Date(2025, 2, 4, 23, 59))).toBe('2025-03-04')
    expect(isoDate(new Date(2025, 11, 31, 0, 1))).toBe('2025-12-31')
  })
})
