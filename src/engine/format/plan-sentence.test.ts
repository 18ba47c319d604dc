import { describe, expect, it } from 'vitest'
import { parseAnswers, recommend, type ApproachId } from '../index'
import { planName, planSentence, priorNote, withoutLead } from './plan-sentence'

const answers = (q: string) => parseAnswers(q).answers

describe('planSentence', () => {
  it.each<[ApproachId[], string, string]>([
    [
      ['lora', 'rag'],
      'problem=voice,knowledge',
      'Fine-tune a LoRA adapter for the voice and add RAG for the facts.',
    ],
    [['rag'], 'problem=knowledge', 'Build retrieval (RAG) over your documents for the facts.'],
    [
      ['rag', 'lora'],
      'problem=knowledge,format',
      'Build retrieval (RAG) over your documents for the facts and add a LoRA adapter for the output format.',
    ],
    [
      ['prompt'],
      'problem=tone',
      'Improve the prompt for the tone: clear instructions and worked examples, no training and no retrieval.',
    ],
    [
      ['prompt'],
      '',
      'Improve the prompt: clear instructions and worked examples, no training and no retrieval.',
    ],
    [
      ['prompt', 'rag'],
      'problem=tone,terminology',
      'Improve the prompt for the tone and add RAG for the domain terms.',
    ],
    [
      ['lora'],
      'problem=format,tone',
      'Fine-tune a LoRA adapter for the tone and the output format.',
    ],
    [['lora'], 'problem=latency', 'Fine-tune a LoRA adapter for speed and cost per query.'],
    [
      ['rag'],
      'problem=task&corpus=none',
      'Retrieve your most similar worked examples into each prompt (RAG over examples) for the task.',
    ],
    [
      ['rag'],
      'problem=task,knowledge&corpus=large',
      'Build retrieval (RAG) over your documents for the facts.',
    ],
    [
      ['full'],
      'problem=task',
      'Fully fine-tune the model for the task, once a LoRA adapter has shown where it falls short.',
    ],
  ])('%j with %s', (stack, query, sentence) => {
    expect(planSentence(stack, answers(query))).toBe(sentence)
  })

  it('is built for the engine’s own plan (case 8 of the spec)', () => {
    const a = answers(
      'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large',
    )
    expect(planSentence(recommend(a).stack, a)).toBe(
      'Fine-tune a LoRA adapter for the voice and add RAG for the facts.',
    )
  })

  it('says nothing for an empty plan rather than crash', () => {
    expect(planSentence([], {})).toBe('')
  })
})

describe('planName', () => {
  it('joins the plan, primary first', () => {
    expect(planName(['lora', 'rag'], 'short')).toBe('LoRA + RAG')
    expect(planName(['rag'])).toBe('Retrieval-augmented generation')
  })
})

describe('priorNote', () => {
  it('names the starting score and the rule of thumb', () => {
    expect(priorNote({ approach: 'full', prior: 10 })).toMatch(
      /^Started at 10 .*few teams.*80\/15\/5/,
    )
  })
})

describe('withoutLead', () => {
  it('drops the label a line opens with, as a clause after a dash or as a sentence of its own', () => {
    const trigger = 'Now: your measurements show prompting falls short.'
    expect(withoutLead(trigger, 'clause')).toBe('your measurements show prompting falls short.')
    expect(withoutLead(trigger, 'sentence')).toBe('Your measurements show prompting falls short.')
  })

  it('reads every confidence line as a sentence after its label', () => {
    const { confidence } = recommend({})
    expect(confidence.text).toMatch(/^A starting point, not a verdict: [a-z]/)
    expect(withoutLead(confidence.text, 'sentence')).toMatch(/^What needs to change/)
  })
})
