import { Link } from 'react-router'
import { APPROACH_INFO, APPROACHES, type ApproachId } from '../../engine/contract/approaches'
import { GUIDE, PREVIOUS } from './guide-content'
import { seenBefore } from '../../components/glossary/glossary'
import { TermText } from '../../components/glossary/term-text'

export interface GuideLinks {
  /** Router path (no '#') of an approach's guide page. */
  approach: (id: ApproachId) => string
  index: string
  map: string
  glossary: string
}

const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'

/** `#/guide`: the four approaches as a ladder, simplest first. */
export function GuideIndex({ links }: { links: GuideLinks }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-semibold tracking-tight">The guide</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">
        Four ways to make a language model do what you need, from the lightest to the heaviest.
        Climb only as far as you must: of every 100 teams that set out to fine-tune, about 80 could
        have stopped at prompting and RAG, 15 need LoRA, and 5 need full fine-tuning.
      </p>
      <ol className="mt-8 grid gap-4">
        {APPROACHES.map((id, i) => (
          <li
            key={id}
            className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
          >
            <h2 className="text-xl font-semibold">
              <span className="mr-2 text-stone-600 dark:text-stone-400">{i + 1}.</span>
              <Link to={links.approach(id)} className={link}>
                {APPROACH_INFO[id].name}
              </Link>
            </h2>
            <p className="mt-1 text-stone-700 dark:text-stone-300">{GUIDE[id].tagline}</p>
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
              {GUIDE[id].costs
                .slice(0, 1)
                .concat(GUIDE[id].costs.slice(2, 3))
                .map((c) => `${c.label}: ${c.value}`)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ol>
      <p className="mt-8 text-stone-700 dark:text-stone-300">
        Not sure where you stand?{' '}
        <Link to={links.map} className={link}>
          See the whole decision on the map
        </Link>
        . New to the words?{' '}
        <Link to={links.glossary} className={link}>
          The glossary
        </Link>{' '}
        explains LoRA, tokens, epochs, evaluation sets and the rest.
      </p>
    </div>
  )
}

function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: React.ReactNode
}) {
  return (
    <section aria-labelledby={id} className="print-avoid-break mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  )
}

function Bullets({ items, seen }: { items: readonly string[]; seen: Seen }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6 text-stone-800 dark:text-stone-200">
      {items.map((item) => (
        <li key={item}>
          <TermText text={item} seen={seen(item)} />
        </li>
      ))}
    </ul>
  )
}

/** The class names of a description list, its pairs' boxes, terms and values, by look. */
const PAIR_LOOKS = {
  cards: {
    list: 'mt-3 grid gap-3 sm:grid-cols-2',
    item: 'rounded-md border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900',
    term: 'text-sm font-medium text-stone-600 dark:text-stone-400',
    value: 'mt-1',
  },
  plain: {
    list: 'mt-2 space-y-3',
    item: undefined,
    term: 'font-medium',
    value: 'text-stone-700 dark:text-stone-300',
  },
} as const

/** A description list of [term, value] pairs. */
function Pairs({
  look,
  pairs,
}: {
  look: keyof typeof PAIR_LOOKS
  pairs: readonly (readonly [string, string])[]
}) {
  const c = PAIR_LOOKS[look]
  return (
    <dl className={c.list}>
      {pairs.map(([term, value]) => (
        <div key={term} className={c.item}>
          <dt className={c.term}>{term}</dt>
          <dd className={c.value}>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The terms an earlier text on the page already linked (see `seenBefore`). */
type Seen = (text: string) => ReadonlySet<string>

/** `#/guide/<approach>`: one approach in full. */
export function GuideApproach({ id, links }: { id: ApproachId; links: GuideLinks }) {
  const entry = GUIDE[id]
  const info = APPROACH_INFO[id]
  const next = entry.next.approach
  const previous = PREVIOUS[id]
  // Each glossary term is linked where the page first uses it.
  const prose = [
    ...entry.whatItIs,
    ...entry.goodAt,
    ...entry.badAt,
    ...entry.mistakes,
    ...entry.next.signs,
  ]
  const before = seenBefore(prose)
  const seen: Seen = (text) => before[prose.indexOf(text)] ?? new Set()
  return (
    <article className="mx-auto max-w-3xl" data-testid="guide-page" data-approach={id}>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={links.index} className={link}>
          Guide
        </Link>
        <span aria-hidden="true" className="mx-2 text-stone-500">
          /
        </span>
        <span aria-current="page">{info.name}</span>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{info.name}</h1>
      <p className="mt-2 text-lg text-stone-700 dark:text-stone-300">{entry.tagline}</p>

      <Section id="what" title="What it is">
        {entry.whatItIs.map((p) => (
          <p key={p} className="mt-2 text-stone-800 dark:text-stone-200">
            <TermText text={p} seen={seen(p)} />
          </p>
        ))}
      </Section>

      <div className="grid gap-x-8 sm:grid-cols-2">
        <Section id="good" title="Good at">
          <Bullets items={entry.goodAt} seen={seen} />
        </Section>
        <Section id="bad" title="Bad at">
          <Bullets items={entry.badAt} seen={seen} />
        </Section>
      </div>

      <Section id="cost" title="What it costs and takes">
        <Pairs look="cards" pairs={entry.costs.map((c) => [c.label, c.value])} />
      </Section>

      <Section id="measure" title="How to know it is working">
        <Pairs look="plain" pairs={entry.measures.map((m) => [m.metric, m.how])} />
      </Section>

      <Section id="mistakes" title="Common mistakes">
        <Bullets items={entry.mistakes} seen={seen} />
      </Section>

      <Section
        id="next"
        title={next ? `When to move on: ${APPROACH_INFO[next].name}` : 'When it is not enough'}
      >
        <Bullets items={entry.next.signs} seen={seen} />
      </Section>

      <nav
        aria-label="Guide pages"
        className="no-print mt-10 flex flex-wrap justify-between gap-4 border-t border-stone-200 pt-4 dark:border-stone-800"
      >
        {previous ? (
          <Link to={links.approach(previous)} className={link}>
            ← {APPROACH_INFO[previous].name}
          </Link>
        ) : (
          <Link to={links.index} className={link}>
            ← All approaches
          </Link>
        )}
        <Link to={links.map} className={link}>
          The decision map
        </Link>
        <Link to={links.glossary} className={link}>
          Glossary
        </Link>
        {next ? (
          <Link to={links.approach(next)} className={link}>
            {APPROACH_INFO[next].name} →
          </Link>
        ) : (
          <Link to={links.index} className={link}>
            All approaches →
          </Link>
        )}
      </nav>
    </article>
  )
}
