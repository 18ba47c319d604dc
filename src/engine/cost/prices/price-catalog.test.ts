import { calcPrice } from '@pydantic/genai-prices'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseAssumptions, serializeAssumptions } from '../../codec/assumptions-codec'
import { typedAssumptionsArb } from '../../testing/cost-arbitraries'
import { DAYS_A_MONTH, DEFAULT_ASSUMPTIONS as A, estimate, range } from '../estimates'
import {
  MODEL_REF,
  PRICE_SNAPSHOT,
  chooseModel,
  findModel,
  isSnapshotStale,
  modelRef,
  pricesAsOf,
  pricesMatchModel,
  pricesSourceLine,
  type PriceSnapshot,
} from './price-catalog'
import { must } from '../../must'
import snapshotJson from './price-snapshot.json' with { type: 'json' }

const snapshot: PriceSnapshot = snapshotJson
const everyModel = snapshot.providers.flatMap((p) => p.models.map((m) => ({ provider: p, m })))

describe('the price snapshot', () => {
  it('says what it is: catalog, version and date, the same as its small meta file', () => {
    expect(snapshot.catalog).toBe('@pydantic/genai-prices')
    expect(snapshot.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(snapshot.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(PRICE_SNAPSHOT).toEqual({
      catalog: snapshot.catalog,
      version: snapshot.version,
      asOf: snapshot.asOf,
    })
    expect(snapshot.unit).toBe('USD per 1M tokens')
  })

  it('has the main providers, each with text models and unique, link-safe references', () => {
    const ids = snapshot.providers.map((p) => p.id)
    for (const id of ['openai', 'anthropic', 'google', 'mistral', 'together', 'fireworks'])
      expect(ids).toContain(id)
    const refs = everyModel.map(({ provider, m }) => modelRef(provider.id, m.id))
    expect(new Set(refs).size).toBe(refs.length)
    for (const ref of refs) expect(ref).toMatch(MODEL_REF)
    for (const p of snapshot.providers) expect(p.models.length, p.id).toBeGreaterThan(0)
  })

  it.each(everyModel.map(({ provider, m }) => [modelRef(provider.id, m.id), m] as const))(
    '%s has plausible prices',
    (_, m) => {
      expect(m.name.trim()).not.toBe('')
      for (const price of [m.input, m.output, m.cacheRead ?? 0, m.cacheWrite ?? 0]) {
        expect(Number.isFinite(price)).toBe(true)
        expect(price).toBeGreaterThanOrEqual(0)
        expect(price).toBeLessThan(1_000)
      }
      if (m.cacheRead !== undefined) expect(m.cacheRead).toBeLessThanOrEqual(m.input)
      if (m.longContext) expect(m.longContext.input).toBeGreaterThanOrEqual(m.input)
      // No embedding, speech or image models: the picker prices text in and out.
      expect(m.id).not.toMatch(/embed|tts|whisper|image|audio/i)
    },
  )
})

describe('a chosen model', () => {
  const asOf = new Date(`${snapshot.asOf}T12:00:00Z`)
  const picks = ['openai:gpt-5-mini', 'anthropic:claude-sonnet-4-5', 'google:gemini-2.5-pro']

  it.each(picks)('%s: the prompt plan costs what the catalog itself charges', (ref) => {
    const found = must(findModel(snapshot, ref))
    expect(found).not.toBeNull()
    const a = chooseModel(A, 'hosted', found.provider.id, found.model)
    const qpd = 1_000
    const monthly = estimate({ volume: 'medium' }, { ...a, queriesPerDay: qpd }).prompt.monthly
    // The catalog's own calculator, for one query at the low and the high end of the prompt.
    const perQuery = (inputTokens: number) =>
      must(
        calcPrice({ input_tokens: inputTokens, output_tokens: A.outputTokens }, found.model.id, {
          providerId: found.provider.id,
          timestamp: asOf,
        }),
      ).total_price
    const low = perQuery(A.inputTokens + A.promptExtraTokens.low) * qpd * DAYS_A_MONTH
    const high = perQuery(A.inputTokens + A.promptExtraTokens.high) * qpd * DAYS_A_MONTH
    expect(monthly.low).toBeCloseTo(low, 6)
    expect(monthly.high).toBeCloseTo(high, 6)
  })

  it.each(picks)('%s with half the input cached costs what the catalog charges for it', (ref) => {
    const found = must(findModel(snapshot, ref))
    expect(found.model.cacheRead).toBeDefined()
    const a = { ...chooseModel(A, 'hosted', found.provider.id, found.model), cachedSharePct: 50 }
    const monthly = estimate({}, { ...a, queriesPerDay: 100 }).prompt.monthly
    const tokens = A.inputTokens + A.promptExtraTokens.low
    const catalog = must(
      calcPrice(
        { input_tokens: tokens, cache_read_tokens: tokens / 2, output_tokens: A.outputTokens },
        found.model.id,
        { providerId: found.provider.id, timestamp: asOf },
      ),
    ).total_price
    expect(monthly.low).toBeCloseTo(catalog * 100 * DAYS_A_MONTH, 6)
  })

  it('as the LoRA base model, prices the hosted tuned model at its price times the markup', () => {
    const { provider, model } = must(
      findModel(snapshot, 'together:meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo'),
    )
    const base = { ...A, queriesPerDay: 1_000, tunedPriceMultiplier: range(1.5) }
    const a = chooseModel(base, 'tuned', provider.id, model)
    const answers = { hosting: 'managed-ft' } as const
    // The same tokens as without a LoRA base model, at the base model's catalog price.
    const tokensAt = (input: number, output: number) =>
      ((A.inputTokens * input + A.outputTokens * output) / 1e6) * 1.5 * 1_000 * DAYS_A_MONTH
    const withModel = estimate(answers, a).lora.monthly.low
    const without = estimate(answers, base).lora.monthly.low
    expect(withModel - without).toBeCloseTo(
      tokensAt(model.input, model.output) - tokensAt(A.inputPricePerM, A.outputPricePerM),
      6,
    )
    // Prompting keeps the hosted model's price.
    expect(estimate(answers, a).prompt).toEqual(estimate(answers, base).prompt)
  })

  it('sets its prices, and clearing it goes back to the defaults', () => {
    const { provider, model } = must(findModel(snapshot, 'openai:gpt-5-mini'))
    const a = chooseModel(A, 'hosted', provider.id, model)
    expect(a).toEqual({
      ...A,
      hostedModel: 'openai:gpt-5-mini',
      inputPricePerM: model.input,
      outputPricePerM: model.output,
      cachedInputPricePerM: model.cacheRead,
    })
    expect(pricesMatchModel(a, 'hosted', model)).toBe(true)
    expect(pricesMatchModel({ ...a, inputPricePerM: 9 }, 'hosted', model)).toBe(false)
    expect(chooseModel(a, 'hosted', null, null)).toEqual(A)
  })

  it('is not found when the snapshot lacks it', () => {
    expect(findModel(snapshot, 'openai:no-such-model')).toBeNull()
    expect(findModel(snapshot, null)).toBeNull()
  })
})

describe('model choices in the link', () => {
  it('round-trip with their prices, for every model in the snapshot', () => {
    const pick = fc.constantFrom(...everyModel)
    fc.assert(
      fc.property(typedAssumptionsArb, pick, pick, (base, hosted, tuned) => {
        const a = chooseModel(
          chooseModel(base, 'hosted', hosted.provider.id, hosted.m),
          'tuned',
          tuned.provider.id,
          tuned.m,
        )
        const query = serializeAssumptions(a)
        expect(query.startsWith(`a.m=${modelRef(hosted.provider.id, hosted.m.id)}&a.lm=`)).toBe(
          true,
        )
        expect(parseAssumptions(`volume=high&${query}`)).toEqual({
          assumptions: a,
          problems: [],
          ignored: [],
        })
      }),
      { numRuns: 200 },
    )
  })

  it('leave old links as they were: overridden prices, no model', () => {
    const old = parseAssumptions('a.pin=3&a.pout=15&a.tmul=2')
    expect(old.problems).toEqual([])
    expect(old.assumptions).toEqual({
      ...A,
      inputPricePerM: 3,
      outputPricePerM: 15,
      tunedPriceMultiplier: range(2),
    })
    // Tuned models still take the hosted price when no LoRA base model is chosen.
    const e = estimate({ hosting: 'managed-ft', volume: 'low' }, old.assumptions)
    const bare = (A.inputTokens * 3 + A.outputTokens * 15) / 1e6
    expect(e.lora.monthly.low).toBeGreaterThanOrEqual(bare * 2 * 500 * 30)
    expect(serializeAssumptions(old.assumptions)).toBe('a.pin=3&a.pout=15&a.tmul=2')
  })

  it.each([
    ['a.m=', 'has no value'],
    ['a.m=gpt 5', 'is not a model reference'],
    ['a.m=openai:gpt-5&a.m=openai:o3', 'appears more than once'],
  ])('reports a bad model choice %s and keeps the rest', (q, words) => {
    const parsed = parseAssumptions(`${q}&a.h=24`)
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toContain(words)
    expect(parsed.assumptions.horizonMonths).toBe(24)
  })
})

describe('the snapshot date', () => {
  it.each([
    ['2026-01-31', '2026-07-30', false],
    ['2026-01-31', '2026-07-31', true],
    ['2026-08-31', '2027-02-27', false],
    ['2026-08-31', '2027-02-28', true],
    ['2026-09-23', '2026-12-01', false],
  ])('a snapshot of %s on %s is stale: %s', (asOf, today, stale) => {
    expect(isSnapshotStale(asOf, new Date(`${today}T00:00:00Z`))).toBe(stale)
  })

  it('is named with the catalog and its version', () => {
    const meta = { catalog: '@pydantic/genai-prices', version: '0.1.8', asOf: '2026-09-23' }
    expect(pricesAsOf(meta)).toBe('prices as of 2026-09-23, @pydantic/genai-prices v0.1.8')
    expect(pricesSourceLine({ ...A, hostedModel: 'openai:gpt-5-mini' }, meta)).toBe(
      'Model prices: openai:gpt-5-mini for prompting and RAG; prices as of 2026-09-23, @pydantic/genai-prices v0.1.8.',
    )
    expect(pricesSourceLine(A, meta)).toContain('illustrative defaults')
  })
})
