import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { APPROACHES } from '../contract/approaches'
import type { Answers } from '../contract/answers'
import { parseAnswers, serializeAnswers } from '../codec/codec'
import { CLOSE_CALL_MARGIN, planOf, recommend } from './recommend'
import { DEFAULT_ASSUMPTIONS, range } from '../cost/estimates'
import { formatUsd } from '../format/cost-format'
import { compareCosts } from '../cost/cost-break-even'
import { MAX_POINTS_PER_ANSWER, RULES } from './rules'
import { answersArb } from '../testing/arbitraries'
import { assumptionsArb } from '../testing/cost-arbitraries'
import { SPEC_CASES } from '../testing/spec-cases'
import { at, must } from '../must'

const CASES = SPEC_CASES

const run = (query: string) => {
  const parsed = parseAnswers(query)
  expect(parsed.problems).toEqual([])
  return recommend(parsed.answers)
}

describe('planOf', () => {
  it('is the plan recommend gives, for any answers and assumptions', () => {
    fc.assert(
      fc.property(answersArb, assumptionsArb, (answers, assumptions) => {
        expect(planOf(answers, assumptions)).toEqual(recommend(answers, assumptions).stack)
      }),
      { numRuns: 300 },
    )
  })
})

describe('recommend: the listed cases', () => {
  it.each(CASES)('case $n: $query', ({ query, primary, notPrimary, stack }) => {
    const result = run(query)
    if (primary) expect(result.ranking[0].approach).toBe(primary)
    for (const id of notPrimary ?? []) expect(result.ranking[0].approach).not.toBe(id)
    for (const id of stack ?? []) expect(result.stack).toContain(id)
    expect(result.stack[0]).toBe(result.ranking[0].approach)
  })
})

describe('recommend: the article’s reasoning beyond the listed cases', () => {
  it.each([
    // [name, query, primary, stack]
    [
      'a brand voice at high volume, proven gap, facts too: LoRA + RAG',
      'problem=voice,knowledge&volume=high&examples=over5k&team=some&baseline=prompt-rag&corpus=large',
      'lora',
      ['lora', 'rag'],
    ],
    [
      'brand voice at high volume, prompting short, data and a team: LoRA',
      'problem=voice&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft',
      'lora',
      ['lora'],
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
      'retrieval measured short on a facts problem: improve retrieval, do not train',
      'problem=knowledge&corpus=large&baseline=prompt-rag&examples=over5k&team=dedicated&hosting=self-host&volume=high',
      'rag',
      ['rag'],
    ],
    [
      'every full fine-tuning condition met, but facts only: RAG',
      'problem=knowledge&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high&corpus=large',
      'rag',
      ['rag'],
    ],
    [
      'a pure format problem with documents that change and cite: not RAG',
      'problem=format&corpus=large&freshness=occasional&baseline=prompt&citations=yes',
      'prompt',
      ['prompt'],
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
      'an API that sells no tuning: no fine-tune, whatever else holds',
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=some&hosting=api',
      'prompt',
      ['prompt'],
    ],
    [
      'a better base model within six months: wait, re-measure',
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft&churn=likely',
      'prompt',
      ['prompt'],
    ],
    [
      'the measured prompt already meets the target: keep it',
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft&measured=99.5&target=99',
      'prompt',
      ['prompt'],
    ],
    [
      '95% measured against a 99% target: the textbook LoRA case',
      'problem=format&reliability=strict&baseline=prompt&examples=500to5k&team=some&hosting=managed-ft&measured=95&target=99',
      'lora',
      ['lora'],
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
      'every full condition, but managed fine-tuning only: LoRA',
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=managed-ft&churn=unlikely&volume=high',
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
      'tone measured short, examples unknown: prompt now, not a training run',
      'problem=tone&baseline=prompt',
      'prompt',
      ['prompt'],
    ],
    [
      'too slow, nothing measured known: prompt first, LoRA next',
      'problem=latency',
      'prompt',
      ['prompt'],
    ],
    [
      'too slow but nothing measured: prompt first',
      'problem=latency&baseline=none',
      'prompt',
      ['prompt'],
    ],
    [
      'brand voice at high volume with facts, nothing else known: RAG now',
      'problem=voice,knowledge&volume=high',
      'rag',
      ['rag'],
    ],
    [
      'voice and facts, only prompting measured: RAG for the facts before any training',
      'problem=voice,knowledge&volume=high&baseline=prompt&examples=500to5k&team=some&corpus=large',
      'rag',
      ['rag'],
    ],
    [
      'knowledge that fits in the prompt: no retrieval',
      'problem=knowledge&corpus=small',
      'prompt',
      ['prompt'],
    ],
    [
      'only resources answered, no problem: prompting',
      'examples=over5k&team=dedicated&budget=over50k&hosting=self-host&volume=high',
      'prompt',
      ['prompt'],
    ],
  ])('%s', (_name, query, primary, stack) => {
    const result = run(query)
    expect(result.ranking[0].approach).toBe(primary)
    expect(result.stack).toEqual(stack)
  })

  it('never makes a ruled-out approach the primary, even with a strong fit (the issue’s example)', () => {
    const result = run(
      'problem=task&corpus=none&examples=under500&baseline=prompt-rag&reliability=strict&volume=low&latency=tight&team=none',
    )
    const lora = must(result.ranking.find((r) => r.approach === 'lora'))
    expect(result.stack[0]).not.toBe('lora')
    expect(lora.verdict).toBe('not-advised')
    expect(lora.feasibility).toBe('blocked')
    expect(lora.blockers.map((b) => b.gate)).toEqual(['too-few-examples', 'no-team'])
  })

  it('names what stops the best fit and what would unlock it', () => {
    const result = run(
      'problem=voice&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=api',
    )
    expect(result.bestFit).toBe('lora')
    expect(result.stack).toEqual(['prompt'])
    expect(result.bestFitBlocked.map((b) => b.gate)).toEqual(['api-offers-no-tuning'])
    expect(at(result.bestFitBlocked, 0).unlock).toMatch(/provider that sells fine-tuning/)
    const next = must(result.stages.find((s) => s.when === 'next'))
    expect(next.approaches).toEqual(['lora'])
    expect(next.trigger).toMatch(/provider that sells fine-tuning/)
    const steps = result.nextSteps.map((s) => s.id)
    expect(steps).toContain('unlock-api-offers-no-tuning')
    expect(steps).not.toContain('lora-first')
  })

  it('stages the plan: with nothing measured it starts with prompting and shows where it is headed', () => {
    const result = run('problem=voice&volume=high&baseline=none&examples=500to5k&team=some')
    expect(result.stages.map((s) => [s.when, s.approaches])).toEqual([
      ['now', ['prompt']],
      ['next', ['lora']],
    ])
    expect(at(result.stages, 1).trigger).toMatch(/if prompting measures short of your target/)
  })

  it('plans full fine-tuning only later, as an upgrade over LoRA', () => {
    const result = run(
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=some&hosting=self-host',
    )
    expect(result.stages.map((s) => s.when)).toEqual(['now', 'later'])
    expect(at(result.stages, 1).approaches).toEqual(['full'])
    expect(at(result.stages, 1).trigger).toMatch(/a dedicated ML team/)
  })

  it.each([
    ['', 'not-yet'],
    ['problem=tone&baseline=prompt', 'not-yet'],
    ['problem=knowledge&freshness=frequent&citations=yes&corpus=large', 'clear'],
    [
      'problem=task&examples=over5k&baseline=prompt-rag&depth=deep&budget=over50k&team=dedicated&hosting=self-host&churn=unlikely&volume=high',
      'close',
    ],
  ] as const)('says how sure it is: “%s” → %s', (query, level) => {
    const { confidence } = run(query)
    expect(confidence.level).toBe(level)
    expect(confidence.text.length).toBeGreaterThan(20)
  })

  it('compares the plan’s one-time cost with the budget, for a RAG plan too', () => {
    const result = run('problem=knowledge&corpus=large&freshness=frequent&budget=under1k')
    expect(result.stack).toEqual(['rag'])
    expect(result.budget).toMatchObject({ state: 'over', limit: 1000 })
    expect(must(result.budget).text).toMatch(/over your budget of \$1,000/)
    expect(must(run('problem=tone&budget=1kto10k').budget).state).toBe('within')
    expect(run('problem=tone').budget).toBeNull()
  })

  it('takes its cost reasons from the same estimates the cost section shows', () => {
    const result = run(
      'problem=voice&volume=high&baseline=prompt&examples=500to5k&team=some&hosting=self-host',
    )
    const lora = must(result.ranking.find((r) => r.approach === 'lora'))
    const saving = lora.reasons.find((r) => r.rule === 'tuned-model-cheaper-to-run')
    expect(saving).toBeDefined()
    const monthly = Math.round(
      (result.estimates.lora.monthly.low + result.estimates.lora.monthly.high) / 2,
    )
    expect(monthly).toBeGreaterThan(0)
    // No reason claims that volume pays off unless the estimates say so.
    for (const r of result.ranking)
      for (const reason of r.reasons)
        if (/pays? off/.test(reason.text) && reason.rule !== 'tuned-model-cheaper-to-run')
          expect(reason.text).not.toMatch(/tuned model .* pays off/)
  })

  it('keeps the 80/15/5 split: across all answer sets, most plans start with prompting or RAG', () => {
    const counts = { prompt: 0, rag: 0, lora: 0, full: 0 }
    fc.assert(
      fc.property(answersArb, (a) => {
        counts[recommend(a).ranking[0].approach]++
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
          expect(at(ranking, i - 1).score).toBeGreaterThanOrEqual(at(ranking, i).score)
        }
        expect(stack[0]).toBe(ranking[0].approach)
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
    must(recommend(a).ranking.find((r) => r.approach === id)).score
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
        const { churn: _churn, ...rest } = a
        const otherwise: Answers = other === undefined ? rest : { ...rest, churn: other }
        for (const id of fineTuning)
          expect(score(likely, id)).toBeLessThanOrEqual(score(otherwise, id))
      }),
    )
  })

  it('never makes full fine-tuning the primary without 5k+ examples, a dedicated team and $10k+', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const primary = recommend(a).ranking[0].approach
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

  it('lists every approach’s reasons heaviest first: the upgrade gate, then the largest effects', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of recommend(a).ranking) {
          const weights = r.reasons.map((x) =>
            x.rule === 'full-is-an-upgrade' ? Infinity : Math.abs(x.points),
          )
          for (let i = 1; i < weights.length; i++) {
            expect(weights[i - 1]).toBeGreaterThanOrEqual(at(weights, i))
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
      expect(Object.keys(rule.effect).length).toBeGreaterThan(0)
      expect(rule.scope.kinds.length).toBeGreaterThan(0)
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
    const result = run('problem=task&examples=under500')
    const lora = must(result.ranking.find((r) => r.approach === 'lora'))
    expect(lora.verdict).toBe('not-advised')
    expect(lora.blockers.map((b) => b.text).join(' ')).toMatch(/under 500/i)
  })

  it('keeps every rule to the kind of problem it is about', () => {
    // Freshness, citations and corpus speak only to information problems.
    for (const rule of RULES) {
      const keys = Object.keys(rule.when)
      if (keys.some((k) => k === 'freshness' || k === 'citations' || k === 'corpus'))
        expect(rule.scope.kinds).toEqual(['information'])
    }
    const format = run('problem=format&freshness=frequent&citations=yes&corpus=large')
    const rag = must(format.ranking.find((r) => r.approach === 'rag'))
    expect(rag.reasons.map((r) => r.rule)).toEqual(['behaviour-not-retrieval'])
  })

  it('lets no one answer move one approach by more than the limit', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        for (const r of recommend(a).ranking) {
          const byKey = new Map<string, number>()
          for (const reason of r.reasons) {
            const about =
              RULES.find((rule) => rule.id === reason.rule)?.about ??
              reason.keys.find((k) => k !== 'problem') ??
              'problem'
            byKey.set(about, (byKey.get(about) ?? 0) + reason.points)
          }
          for (const total of byKey.values())
            expect(Math.abs(total)).toBeLessThanOrEqual(MAX_POINTS_PER_ANSWER)
        }
      }),
      { numRuns: 1000 },
    )
  })
})

describe('budget against estimates', () => {
  it('blocks full fine-tuning on a small budget, saying so once', () => {
    const full = must(run('problem=task&budget=under1k').ranking.find((r) => r.approach === 'full'))
    expect(full.verdict).toBe('not-advised')
    const budget = full.blockers.filter((b) => b.keys.includes('budget')).map((b) => b.gate)
    expect(budget).toEqual(['full-needs-budget'])
  })

  it('blocks an approach whose training runs cost more than the budget, by the estimates', () => {
    const a = parseAnswers('problem=task&budget=10kto50k').answers
    const dear = { ...DEFAULT_ASSUMPTIONS, fullGpus: range(512, 1024) }
    const full = must(recommend(a, dear).ranking.find((r) => r.approach === 'full'))
    const gate = must(full.blockers.find((b) => b.gate === 'over-budget'))
    expect(gate.text).toContain(formatUsd(recommend(a, dear).estimates.full.oneTimeCompute.low))
    expect(gate.unlock).toMatch(/^raise the one-time budget to at least \$/)
  })

  it('keeps LoRA within an under-$1k budget at default prices', () => {
    const lora = must(
      run('problem=task&budget=under1k&hosting=managed-ft').ranking.find(
        (r) => r.approach === 'lora',
      ),
    )
    expect(lora.blockers.some((b) => b.gate === 'over-budget')).toBe(false)
  })
})

describe('recommend: the properties of one model (issue 10)', () => {
  const tuned = (id: string) => id === 'lora' || id === 'full'
  const kinds = (a: Answers, allowed: readonly string[]) =>
    a.problem !== undefined && a.problem.every((p) => allowed.includes(p))

  it('never opens with a training run when a stated constraint rules it out', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const primary = recommend(a).stack[0]
        const ruledOut =
          a.hosting === 'api' ||
          a.team === 'none' ||
          a.examples === 'none' ||
          a.examples === 'under500' ||
          a.problem === undefined ||
          a.baseline === 'none'
        if (ruledOut) expect(tuned(primary)).toBe(false)
      }),
      { numRuns: 3000 },
    )
  })

  it('never solves facts with full fine-tuning, nor behaviour with RAG; no full when a better model is coming', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const primary = recommend(a).stack[0]
        if (kinds(a, ['knowledge', 'terminology'])) expect(primary).not.toBe('full')
        if (a.churn === 'likely') expect(primary).not.toBe('full')
        if (kinds(a, ['tone', 'voice', 'format', 'unwanted', 'latency']))
          expect(primary).not.toBe('rag')
      }),
      { numRuns: 3000 },
    )
  })

  it('recommends the primary, keeps not-advised approaches out of the plan and below viable ones', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { ranking, stack } = recommend(a)
        expect(ranking[0].verdict).toBe('recommended')
        for (const r of ranking) {
          if (stack.includes(r.approach)) {
            expect(r.verdict).not.toBe('not-advised')
            expect(r.feasibility).toBe('feasible')
          }
        }
        const verdicts = ranking.map((r) => r.verdict)
        const firstNotAdvised = verdicts.indexOf('not-advised')
        if (firstNotAdvised !== -1) expect(verdicts.slice(firstNotAdvised)).not.toContain('viable')
      }),
      { numRuns: 2000 },
    )
  })

  it('shows two approaches with the same score in at most 3% of answer sets, and never 100', () => {
    const runs = 4000
    let ties = 0
    for (const a of fc.sample(answersArb, { numRuns: runs, seed: 10 })) {
      const scores = recommend(a).ranking.map((r) => r.score)
      if (new Set(scores).size < scores.length) ties++
      expect(Math.max(...scores)).toBeLessThan(100)
    }
    expect(ties / runs).toBeLessThanOrEqual(0.03)
  })

  it('never turns a prompt- or RAG-led plan into a fine-tune by forgetting an answer', () => {
    fc.assert(
      fc.property(answersArb, fc.constantFrom('examples', 'baseline', 'problem'), (a, key) => {
        if (tuned(recommend(a).stack[0])) return
        const { [key]: _forgotten, ...forgotten } = a
        expect(tuned(recommend(forgotten).stack[0])).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('writes every stage as a sentence: what starts it, then what to put in place first', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { stages } = recommend(a)
        expect(at(stages, 0).when).toBe('now')
        for (const stage of stages) {
          expect(stage.trigger).toMatch(/^(Now|Next|Later)[^:]*: \S.*\.$/)
          expect(stage.trigger).not.toMatch(/once it has|; ;|\.\.$|, \./)
          const once = stage.trigger.split('once you ')[1]
          if (once !== undefined) expect(once).toMatch(/^[a-z]/)
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('quotes the cost section’s own figures in every cost reason, and agrees with them', () => {
    const sets = fc.sample(
      answersArb.map((a) => ({ ...a, volume: a.volume ?? ('high' as const) })),
      { numRuns: 150, seed: 10 },
    )
    let quoted = 0
    for (const a of sets) {
      const r = recommend(a)
      // What the cost chart draws: every approach's total at the end of the horizon.
      const end = at(compareCosts(a).curves, -1).cost
      const untrained = Math.min(end.prompt, end.rag)
      for (const reason of r.ranking.flatMap((x) => x.reasons)) {
        if (reason.rule === 'tuned-model-cheaper-to-run') {
          expect(end.lora).toBeLessThan(untrained)
          expect(reason.text).toContain(formatUsd(end.lora))
          quoted++
        }
        if (reason.rule === 'low-volume') {
          expect(end.lora).toBeGreaterThanOrEqual(untrained)
          expect(reason.text).toContain(formatUsd(end.lora))
          expect(reason.text).toContain(formatUsd(untrained))
          quoted++
        }
      }
    }
    expect(quoted).toBeGreaterThan(10)
    // No rule of the table claims a saving of its own: only the cost rules, from the figures.
    for (const rule of RULES) expect(rule.reason).not.toMatch(/cheaper|pays? (off|for)|saves?\b/i)
  })

  it('calls a close call close: a lead under the margin is never “clear”', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const { confidence } = recommend(a)
        if (confidence.level === 'clear' && confidence.runnerUp !== null)
          expect(must(confidence.margin)).toBeGreaterThanOrEqual(CLOSE_CALL_MARGIN)
        if (a.problem === undefined) expect(confidence.level).toBe('not-yet')
      }),
    )
  })
})
