import { describe, expect, it } from 'vitest'
import { QUESTIONS, SCORE_QUESTION } from '../../questions/questions'
import { GLOSSARY, glossaryEntry, seenBefore, termParts } from './glossary'

const terms = (text: string, seen?: Set<string>) =>
  termParts(text, seen).flatMap((p) => (p.term ? [[p.text, p.term]] : []))

describe('termParts', () => {
  it.each([
    [
      'LoRA needs a base model',
      [
        ['LoRA', 'lora'],
        ['base model', 'base-model'],
      ],
    ],
    [
      'A full fine-tune costs more than a fine-tune',
      [
        ['full fine-tune', 'full-fine-tuning'],
        ['fine-tune', 'fine-tuning'],
      ],
    ],
    ['Retrieval sees an edit at once', [['Retrieval', 'rag']]],
    [
      'Under ~100k tokens: fits in a prompt.',
      [
        ['tokens', 'token'],
        ['fits in a prompt', 'context-window'],
      ],
    ],
    ['On your own evaluation set, in percent.', [['evaluation set', 'evaluation-set']]],
    ['RAG or retrieval: one term, marked once', [['RAG', 'rag']]],
  ])('marks the terms of %j', (text, expected) => {
    expect(terms(text)).toEqual(expected)
  })

  it.each([
    'rag-or-tune is the name', // a word inside a hyphenated name
    'a rag and a lora', // acronyms written otherwise are ordinary words
    'tokenizer and retrievals', // a longer word that starts like a term
    'nothing to see here',
  ])('marks nothing in %j', (text) => {
    expect(terms(text)).toEqual([])
  })

  it('marks each term once, and not at all once the page part has marked it', () => {
    expect(terms('tokens in, tokens out')).toEqual([['tokens', 'token']])
    expect(terms('tokens and LoRA', new Set(['token']))).toEqual([['LoRA', 'lora']])
  })

  it('keeps every character of the text, in order', () => {
    const text = 'LoRA, the light fine-tune, handles surface changes; epochs × tokens.'
    expect(
      termParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text)
  })
})

describe('seenBefore', () => {
  it('lets each term be linked once on a page, where it first appears', () => {
    const texts = ['LoRA is light.', 'No term here.', 'LoRA and tokens.', 'Tokens again.']
    const seen = seenBefore(texts)
    expect(seen.map((s) => [...s].sort())).toEqual([[], ['lora'], ['lora'], ['lora', 'token']])
    expect(texts.flatMap((t, i) => terms(t, new Set(seen[i])))).toEqual([
      ['LoRA', 'lora'],
      ['tokens', 'token'],
    ])
  })
})

describe('GLOSSARY', () => {
  it('has one entry per id, each with a definition of two or three sentences', () => {
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length)
    for (const entry of GLOSSARY) {
      const sentences = entry.definition.split(/(?<=[.!?])\s+(?=[A-Z])/)
      expect(sentences.length, entry.id).toBeGreaterThanOrEqual(2)
      expect(sentences.length, entry.id).toBeLessThanOrEqual(3)
    }
  })

  it('explains the terms the issue names', () => {
    for (const id of ['lora', 'epoch', 'token', 'rag', 'evaluation-set'])
      expect(glossaryEntry(id), id).toBeDefined()
  })

  it('explains a term of the questionnaire wherever a question uses one', () => {
    const helps = [...Object.values(QUESTIONS).map((q) => q.help), SCORE_QUESTION.help]
    const marked = new Set(helps.flatMap((help) => termParts(help).flatMap((p) => p.term ?? [])))
    expect([...marked].sort()).toEqual(
      expect.arrayContaining(['evaluation-set', 'fine-tuning', 'full-fine-tuning', 'lora', 'rag']),
    )
  })
})
