import { compareQuery } from '../../features/compare/compare-link'
import { DecisionsList, type DecisionLinks } from '../../features/decisions/decisions-list'
import { paths, route } from '../../config/paths'
import { usePageTitle } from '../../components/use-page-title'

// The page composes two features: the saved list links into the comparison.
const links: DecisionLinks = {
  result: (query) => route(paths.result.href(query)),
  map: (query) => route(paths.map.href(query)),
  compare: (decisions) =>
    route(
      paths.compare.href(compareQuery(decisions.map((d) => ({ query: d.query, name: d.name })))),
    ),
}

/** `#/decisions`: the results saved in this browser. */
export default function DecisionsRoute() {
  usePageTitle('My decisions')
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-semibold tracking-tight">My decisions</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Results you saved, kept in this browser only. Pick two or three to compare them side by
        side, or export them to a file to keep or share.
      </p>
      <div className="mt-6">
        <DecisionsList links={links} />
      </div>
    </div>
  )
}
