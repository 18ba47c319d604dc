import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { APPROACH_INFO } from '../../engine/contract/approaches'
import { planName } from '../../engine/format/plan-sentence'
import { WORKED_EXAMPLES } from './worked-examples.data'

interface WorkedExamplesProps {
  /** The router path of a result for a query. */
  resultPath: (query: string) => string
}

/**
 * Typical situations, each a link to its prefilled result, where every answer can be changed.
 * Loaded after the home page's first paint: it is below the fold.
 */
export default function WorkedExamples({ resultPath }: WorkedExamplesProps): ReactElement | null {
  return (
    <section aria-labelledby="examples-title" className="mt-12">
      <h2 id="examples-title" className="text-xl font-semibold">
        Or start from a typical situation
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Each opens its result with the answers filled in; change any of them there.
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {WORKED_EXAMPLES.map((example) => (
          <li key={example.id} data-example={example.id}>
            <Link
              to={resultPath(example.query)}
              className="block h-full rounded-xl border border-stone-300 bg-white p-4 hover:border-brand-600 dark:border-stone-700 dark:bg-stone-900"
            >
              <span className="block font-semibold text-brand-800 underline-offset-4 dark:text-brand-100">
                {example.title}
              </span>
              <span className="mt-1 block text-sm text-stone-700 dark:text-stone-300">
                {example.situation}
              </span>
              <span className="mt-2 block text-sm font-medium">
                Plan: {planName(example.plan)}
                {example.later &&
                  `, later ${APPROACH_INFO[example.later].name.toLowerCase()} if it falls short`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
