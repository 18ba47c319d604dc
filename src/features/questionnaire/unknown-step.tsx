import { Link } from 'react-router'
import { usePageTitle } from '../../components/use-page-title'

/** A step link that names no question: say so and lead back to the first one. */
export default function UnknownStep({ step, firstStep }: { step: string; firstStep: string }) {
  usePageTitle('No such question')
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold">There is no question “{step.slice(0, 40)}”</h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The link may be mistyped or from another version of RAG or Tune. Your saved answers are
        untouched.
      </p>
      <Link
        to={firstStep}
        className="mt-6 inline-block font-medium text-brand-700 underline underline-offset-4 dark:text-brand-100"
      >
        Go to the first question
      </Link>
    </div>
  )
}
