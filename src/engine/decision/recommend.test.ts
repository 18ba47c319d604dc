import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES } from '../contract/approaches'
import { ANSWER_KEYS, type Answers } from '../contract/answers'
import { parseAnswers, serializeAnswers } from '../codec/codec'
import { recommend } from './recommend'
import { RULES } from './rules'
import { answersArb } from '../testing/arbitraries'
import { SPEC_CASES } from '../testing/spec-cases'

const CASES = SPEC_CASES

const run = (query: string) => {
  const parsed = parseAnswers(query)
  expect(parsed.problems).toEqual([])
  return recommend(parsed.answers)
}

describe('recommend: the listed cases', () => {
  it.each(CASES)('case $n: $query', ({ query, primary, notPrimary, stack }) => {
    const result = run(query)
    if (primary) expect(result.ranking[0]!.approach).toBe(primary)
    for (const id of notPrimary ?? []) expect(result.ranking[0]!.approach).not.toBe(id)
    for (const id of stack ?? []) expect(result.stack).toContain(id)
    expect(result.stack[0]).toBe(result.ranking[0]!.approach)
  })
})

describe('recommend: the article’s reasoning beyond the listed cases', () => {
  it.each([
    [
      'a brand voice at high volume, proven gap, facts too: LoRA + RAG',
      'problem=voice,knowledge&volume=high&examples=over5k&team=some&baseline=prompt-rag&corpus=large',
      'lora',
      ['lora', 'rag'],
    ],
    [
      'compliance terminology with curated sources: RAG',
      'problem=terminology&corpus=large&citations=yes',
      'rag',
      ['rag'],
    ],
    [
      'strict JSON but nothing measured: prompt first',
      'problem=format&reliability=strict&baseline=none&examples=over5k&team=dedicated',
      'prompt',
      ['prompt'],
    ],
    [
      'facts that change weekly, many examples, a team: still RAG',
      'problem=knowledge&freshness=frequent&corpus=large&examples=over5k&team=dedicated&baseline=prompt',
      'rag',
      ['rag'],
    ],
    [
      'too slow, but no examples: not a fine-tune',
      'problem=latency&examples=none&baseline=prompt',
      'prompt',
      ['prompt'],
    ],
    [
      'no team to maintain a model: no fine-tune',
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=none',
      'prompt',
      ['prompt'],
    ],
    [
      'a task from thousands of examples, prompting short: LoRA',
      'problem=task&examples=over5k&baseline=prompt&team=some&hosting=managed-ft',
      'lora',
      ['lora'],
    ],
    [
      'deep change without a dedicated team: LoRA, not full',
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=some&hosting=self-host',
      'lora',
      ['lora'],
    ],
    [
      'deep change on a small budget: LoRA, not full',
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=1kto10k&team=dedicated&hosting=self-host',
      'lora',
      ['lora'],
    ],
    [
      'tone that prompting could not fix, with data: LoRA',
      'problem=tone&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft&volume=high',
      'lora',
      ['lora'],
    ],
    [
      'tone that prompting measurably could not fix: LoRA',
      'problem=tone&baseline=prompt',
      'lora',
      ['lora'],
    ],
    [
      'unwanted output at high volume after prompting: LoRA',
      'problem=unwanted&volume=high&baseline=prompt',
      'lora',
      ['lora'],
    ],
    ['too slow, nothing else known: a smaller tuned model', 'problem=latency', 'lora', ['lora']],
    [
      'too slow but nothing measured: prompt first',
      'problem=latency&baseline=none',
      'prompt',
      ['prompt'],
    ],
    [
      'brand voice at high volume with facts: LoRA + RAG',
      'problem=voice,knowledge&volume=high',
      'lora',
      ['lora', 'rag'],
    ],
    [
      'knowledge that fits in the prompt: no retrieval',
      'problem=knowledge&corpus=small',
      'prompt',
      ['prompt'],
    ],
  ])('%s', (_name, query, primary, stack) => {
    const result = run(query)
    expect(result.ranking[0]!.approach).toBe(primary)
    expect(result.stack).toEqual(stack)
  })

  it('keeps the 80/15/5 split: across all answer sets, most plans start with prompting or RAG', () => {
    const counts = { prompt: 0, rag: 0, lora: 0, full: 0 }
    fc.assert(
      fc.property(answersArb, (a) => {
        counts[recommend(a).ranking[0]!.approach]++
      }),
      { numRuns: 2000, seed: 42 },
    )
    const total = 2000
    expect((counts.prompt + counts.rag) / total).toBeGreaterThan(0.6)
    expect(counts.full / total).toBeLessThan(0.05)
    expect(counts.lora).toBeGreaterThan(counts.full)
  })
})

describe('recommend: properties', () => {
  it('is deterministic and ignores the order of keys and list items', () => {
    fc.assert(
      fc.property(answersArb, fc.integer(), (a, seed) => {
        const keys = Object.keys(a).sort(() => 0)
        const shuffled = Object.fromEntries(
          [...keys]
            .sort((x, y) => ((x.charCodeAt(0) * seed) % 7) - ((y.charCodeAt(0) * seed) % 7))
            .map((k) => [
              k,
              k === 'problem' ? [...(a.problem ?? [])].reverse() : a[k as keyof Answers],
            ]),
        ) as Answers
        expect(recommend(shuffled)).toEqual(recommend(a))
      }),
    )
  })

  it('ranks the four approaches once each, scores within 0..100, best first', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { ranking, stack } = recommend(a)
        expect(ranking.map((r) => r.approach).sort()).toEqual([...APPROACHES].sort())
        for (const r of ranking) {
          expect(Number.isInteger(r.score)).toBe(true)
          expect(r.score).toBeGreaterThanOrEqual(0)
          expect(r.score).toBeLessThanOrEqual(100)
        }
        for (let i = 1; i < ranking.length; i++) {
          expect(ranking[i - 1]!.score).toBeGreaterThanOrEqual(ranking[i]!.score)
        }
        expect(stack[0]).toBe(ranking[0]!.approach)
        expect(new Set(stack).size).toBe(stack.length)
        if (stack[0] !== 'prompt') expect(stack).not.toContain('prompt')
        for (const r of ranking) {
          expect(r.verdict === 'recommended').toBe(stack.includes(r.approach))
        }
      }),
    )
  })

  const fewer = { none: 0, under500: 1, '500to5k': 2, over5k: 3 } as const
  const fineTuning = ['lora', 'full'] as const
  const score = (a: Answers, id: string) =>
    recommend(a).ranking.find((r) => r.approach === id)!.score
  const rank = (a: Answers, id: string) => recommend(a).ranking.findIndex((r) => r.approach === id)

  it('never raises a fine-tuning score with fewer training examples', () => {
    const levels = Object.keys(fewer) as (keyof typeof fewer)[]
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...levels), fc.constantFrom(...levels), (a, x, y) => {
        const [less, more] = fewer[x] <= fewer[y] ? [x, y] : [y, x]
        for (const id of fineTuning) {
          expect(score({ ...a, examples: less }, id)).toBeLessThanOrEqual(
            score({ ...a, examples: more }, id),
          )
        }
      }),
    )
  })

  it('never ranks or scores a fine-tuning approach higher with team=none than with team=some', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const none = { ...a, team: 'none' as const }
        const some = { ...a, team: 'some' as const }
        for (const id of fineTuning) {
          expect(score(none, id)).toBeLessThanOrEqual(score(some, id))
          expect(rank(none, id)).toBeGreaterThanOrEqual(rank(some, id))
        }
      }),
    )
  })

  it('never raises a fine-tuning score when a better base model is likely', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom('unlikely' as const, undefined), (a, other) => {
        const likely = { ...a, churn: 'likely' as const }
        const otherwise: Answers = { ...a, churn: other }
        if (other === undefined) delete (otherwise as { churn?: unknown }).churn
        for (const id of fineTuning)
          expect(score(likely, id)).toBeLessThanOrEqual(score(otherwise, id))
      }),
    )
  })

  it('never makes full fine-tuning the primary without 5k+ examples, a dedicated team and $10k+', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const primary = recommend(a).ranking[0]!.approach
        if (
          a.examples !== 'over5k' ||
          a.team !== 'dedicated' ||
          a.budget === 'under1k' ||
          a.budget === '1kto10k'
        ) {
          expect(primary).not.toBe('full')
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('gives reasons that name only answered questions, or the unknowns that decide full fine-tuning', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of recommend(a).ranking) {
          for (const reason of r.reasons) {
            expect(reason.text.length).toBeGreaterThan(10)
            expect(reason.keys.length).toBeGreaterThan(0)
            if (reason.rule === 'full-is-an-upgrade') continue
            for (const key of reason.keys) expect(a[key]).toBeDefined()
          }
        }
      }),
    )
  })

  it('lists every approach’s reasons heaviest first: ceilings, then the largest effects', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of recommend(a).ranking) {
          const weights = r.reasons.map((x) =>
            x.cap !== undefined || x.points === 0 ? Infinity : Math.abs(x.points),
          )
          for (let i = 1; i < weights.length; i++) {
            expect(weights[i - 1]).toBeGreaterThanOrEqual(weights[i]!)
          }
        }
      }),
    )
  })

  it('reads the same result back from its share link', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        expect(recommend(parseAnswers(serializeAnswers(a)).answers)).toEqual(recommend(a))
      }),
    )
  })
})

describe('the rule table', () => {
  it('has unique ids, a reason and an effect for every rule', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of RULES) {
      expect(rule.reason).toMatch(/\w.{20,}/)
      expect(
        Object.keys(rule.effect ?? {}).length + Object.keys(rule.cap ?? {}).length,
      ).toBeGreaterThan(0)
      for (const key of Object.keys(rule.when)) expect(ANSWER_KEYS).toContain(key)
    }
  })

  it('has every rule fire for some answer set', () => {
    const fired = new Set<string>()
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of recommend(a).ranking) for (const reason of r.reasons) fired.add(reason.rule)
      }),
      { numRuns: 3000, seed: 7 },
    )
    for (const rule of RULES) expect(fired).toContain(rule.id)
  })

  it('quotes the article’s thresholds where it has them', () => {
    const result = run('examples=under500')
    const lora = result.ranking.find((r) => r.approach === 'lora')!
    expect(lora.verdict).toBe('not-advised')
    expect(lora.reasons.map((r) => r.text).join(' ')).toMatch(/under 500/i)
  })
})

describe('budget against estimates', () => {
  it('advises against full fine-tuning when a single run costs more than the budget', () => {
    const full = run('problem=task&budget=under1k').ranking.find((r) => r.approach === 'full')!
    expect(full.verdict).toBe('not-advised')
    expect(full.reasons.some((r) => r.rule === 'over-budget')).toBe(true)
  })

  it('keeps LoRA within an under-$1k budget at default prices', () => {
    const lora = run('problem=task&budget=under1k&hosting=managed-ft').ranking.find(
      (r) => r.approach === 'lora',
    )!
    expect(lora.reasons.some((r) => r.rule === 'over-budget')).toBe(false)
  })
})
