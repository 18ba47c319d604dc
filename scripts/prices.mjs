// Refreshes the dated model-price snapshot the cost section reads (`npm run prices`).
//
// The catalog is @pydantic/genai-prices (MIT), installed as a dev dependency: its bundled data is
// read here, at snapshot time, and trimmed to the text models of the main providers. Nothing is
// fetched when the app runs. To refresh: `npm i -E -D @pydantic/genai-prices@<newer>` then
// `npm run prices`, and commit both files it writes.
//
// "As of" is the catalog release's publish date (asked of the npm registry with the ordinary
// client, once); `--as-of YYYY-MM-DD` sets it by hand, and without the registry today's date is
// used.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findProvider } from '@pydantic/genai-prices'

const CATALOG = '@pydantic/genai-prices'

/**
 * The providers kept, in the picker's order. `keep` narrows a provider whose catalog lists many
 * legacy models to its current families.
 */
const PROVIDERS = [
  { id: 'openai' },
  { id: 'anthropic' },
  { id: 'google', keep: (m) => m.id.startsWith('gemini-') },
  { id: 'mistral' },
  { id: 'deepseek' },
  { id: 'x-ai' },
  // Together's catalog entries carry no display name; their ids name the model.
  {
    id: 'together',
    unnamed: true,
    keep: (m) => /Llama-3\.[13]-|Llama-3-\d+B-Instruct-Turbo|Llama-4/.test(m.id),
  },
  { id: 'fireworks' },
]

// Not text-in, text-out chat models: embeddings, speech, images, moderation, search and agent
// products, and fine-tuned-model entries (the landscape table covers tuned prices).
const NOT_TEXT =
  /embed|image|audio|realtime|transcribe|tts|whisper|voice|live|search|moderation|ocr|computer-use|deep-research|vision|omni|^ft:|\.ft-|:free|:extended|-latest$|chatgpt-|multi-agent|voxtral|-vl-/i
// Price keys that mark a model billed for more than text.
const NON_TEXT_PRICE = /audio|image|video|document|hours/

const args = process.argv.slice(2)
const asOfArg = args.includes('--as-of') ? args[args.indexOf('--as-of') + 1] : undefined

// The package's exports leave out its package.json, so it is read from node_modules directly.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const version = JSON.parse(
  readFileSync(join(ROOT, 'node_modules', CATALOG, 'package.json'), 'utf8'),
).version

function publishDate() {
  if (asOfArg) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfArg)) throw new Error('--as-of takes YYYY-MM-DD')
    return asOfArg
  }
  try {
    const time = JSON.parse(
      execFileSync('npm', ['view', `${CATALOG}@${version}`, 'time', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    )
    if (typeof time[version] === 'string') return time[version].slice(0, 10)
  } catch {
    // No registry: fall through to today's date.
  }
  return new Date().toISOString().slice(0, 10)
}

const asOf = publishDate()

/** The prices in force on `asOf`: time-of-day variants (off-peak) are left out. */
function pricesOn(prices) {
  if (!Array.isArray(prices)) return prices
  let chosen = null
  for (const entry of prices) {
    const c = entry.constraint
    if (!c) chosen ??= entry.prices
    else if (c.type === 'start_date' && c.start_date <= asOf) chosen = entry.prices
  }
  return chosen
}

/** A flat price and, when the catalog has one, its long-context tier. */
function price(value) {
  if (value === undefined) return undefined
  if (typeof value === 'number') return { base: value }
  const tier = value.tiers?.[0]
  return { base: value.base, ...(tier ? { above: tier.start, long: tier.price } : {}) }
}

const round = (n) => Math.round(n * 1e6) / 1e6

function trimModel(m, unnamed) {
  if (!m.name && !unnamed) return null
  if (m.deprecated || NOT_TEXT.test(m.id) || (m.name && NOT_TEXT.test(m.name))) return null
  const prices = pricesOn(m.prices)
  if (!prices || Object.keys(prices).some((k) => NON_TEXT_PRICE.test(k))) return null
  const input = price(prices.input_mtok)
  const output = price(prices.output_mtok)
  if (!input || !output || (input.base === 0 && output.base === 0)) return null
  const cacheRead = price(prices.cache_read_mtok)
  const cacheWrite = price(prices.cache_write_mtok)
  const model = {
    id: m.id,
    name: m.name ?? m.id.split('/').pop(),
    input: round(input.base),
    output: round(output.base),
  }
  if (cacheRead) model.cacheRead = round(cacheRead.base)
  if (cacheWrite) model.cacheWrite = round(cacheWrite.base)
  if (m.context_window) model.contextWindow = m.context_window
  if (input.above !== undefined)
    model.longContext = {
      above: input.above,
      input: round(input.long),
      output: round(output.long ?? output.base),
    }
  return model
}

const providers = PROVIDERS.map(({ id, keep, unnamed }) => {
  const p = findProvider({ providerId: id })
  if (!p) throw new Error(`${CATALOG} ${version} has no provider "${id}"`)
  const models = p.models
    .filter((m) => !keep || keep(m))
    .map((m) => trimModel(m, unnamed))
    .filter(Boolean)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  return { id, name: p.name, pricingUrl: p.pricing_urls?.[0] ?? null, models }
})

const snapshot = {
  catalog: CATALOG,
  version,
  asOf,
  source: 'https://github.com/pydantic/genai-prices',
  license: 'MIT',
  unit: 'USD per 1M tokens',
  providers,
}
const meta = { catalog: CATALOG, version, asOf }

writeFileSync(
  join(ROOT, 'src/engine/cost/prices', 'price-snapshot.json'),
  `${JSON.stringify(snapshot, null, 2)}\n`,
)
writeFileSync(
  join(ROOT, 'src/engine/cost/prices', 'price-snapshot-meta.json'),
  `${JSON.stringify(meta, null, 2)}\n`,
)
const count = providers.reduce((n, p) => n + p.models.length, 0)
console.log(
  `prices: ${count} models from ${providers.length} providers, ${CATALOG} ${version}, as of ${asOf}`,
)
