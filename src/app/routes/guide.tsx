import { Link, useParams, useSearchParams } from 'react-router'
import { APPROACH_INFO, APPROACHES, type ApproachId } from '../../engine/contract/approaches'
import { GuideApproach, GuideIndex, type GuideLinks } from '../../features/guide/guide-page'
import { GlossaryPage } from '../../features/guide/glossary-page'
import { paths, route } from '../../config/paths'
import { usePageTitle } from '../../components/use-page-title'

const links: GuideLinks = {
  approach: (id) => route(paths.guideApproach.href(id)),
  index: route(paths.guide.href()),
  map: route(paths.map.href()),
  glossary: route(paths.glossary.href()),
}

const isApproach = (v: string | undefined): v is ApproachId =>
  v !== undefined && (APPROACHES as readonly string[]).includes(v)

/**
 * `#/guide` (the four approaches), `#/guide/<approach>` (one of them in full) and
 * `#/guide/glossary` (the terms, `?term=` for one).
 */
export default function GuideRoute() {
  const { approach } = useParams()
  const [search] = useSearchParams()
  const glossary = approach === 'glossary'
  usePageTitle(
    approach === undefined
      ? 'The guide'
      : glossary
        ? 'Glossary'
        : isApproach(approach)
          ? `${APPROACH_INFO[approach].name}: the guide`
          : 'No such guide page',
  )
  if (glossary) return <GlossaryPage term={search.get('term')} guideHref={links.index} />
  if (approach === undefined) return <GuideIndex links={links} />
  if (isApproach(approach)) return <GuideApproach key={approach} id={approach} links={links} />
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">There is no guide page for that</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">The guide covers four approaches:</p>
      <ul className="mt-2 list-disc pl-6">
        {APPROACHES.map((id) => (
          <li key={id}>
            <Link
              to={links.approach(id)}
              className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
            >
              {APPROACH_INFO[id].name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
