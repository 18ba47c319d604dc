import { Link } from 'react-router'
import { usePageTitle } from '../../components/use-page-title'

export default function NotFound() {
  usePageTitle('Page not found')
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The link may be mistyped or from a newer version of RAG or Tune.
      </p>
      <Link
        to="/"
        className="mt-6 inline-block font-medium text-brand-700 underline dark:text-brand-100"
      >
        Go to the start
      </Link>
    </div>
  )
}
