import { Link } from 'react-router'
import { lazy, Suspense } from 'react'
import { usePageTitle } from '../../components/use-page-title'
import { StorageNotice } from '../../features/questionnaire/storage-notice'
import { FIRST_STEP, resultQuery, stepsFor } from '../../questions/steps'
import { useAnswersStore } from '../../store/answers-store'
import { paths, route } from '../../config/paths'
import { useHydrated } from '../../components/use-hydrated'

// Below the fold, and the first screen's script is at its budget: the examples load after it.
// They come last and the page is a screen tall before they arrive (the footer below the fold),
// so their arrival moves nothing the reader can see. The built page leaves them out: they render
// once the app has hydrated it.
const WorkedExamples = lazy(() =>
  import('../../features/home/worked-examples').catch(() => ({ default: () => null })),
)

export function Home() {
  usePageTitle()
  const hydrated = useHydrated()
  const answers = useAnswersStore((s) => s.answers)
  const started = Object.keys(answers).length > 0
  // Continue where the answers stop: the first step still unanswered.
  const steps = stepsFor(answers)
  const resume = steps.find((key) => answers[key] === undefined) ?? FIRST_STEP
  return (
    <div className="home">
      <StorageNotice />
      <h1 className="home-title">Should you prompt, retrieve or fine-tune?</h1>
      <p className="home-lead">
        Answer a few plain questions about your problem, your data and your team. RAG or Tune ranks
        prompt engineering, RAG, LoRA and full fine-tuning for you, shows why, and estimates what
        each would cost to build and to run.
      </p>
      <div className="home-actions">
        <Link to={route(paths.step.href(resume))} className="button-start">
          {started ? 'Continue the questionnaire' : 'Start the questionnaire'}
        </Link>
        <Link to={route(paths.result.href(resultQuery(answers)))} className="button-skip">
          Skip to the result
        </Link>
      </div>
      <p className="home-note">
        Up to 14 short questions, about 3 minutes. Skip any you can’t answer; the result says which
        ones matter.
      </p>
      <p className="home-aside">
        Rule of thumb: most teams are served by prompting and RAG, some need LoRA fine-tuning, few
        need full fine-tuning.
      </p>
      {hydrated && (
        <Suspense>
          <WorkedExamples resultPath={(query) => route(paths.result.href(query))} />
        </Suspense>
      )}
    </div>
  )
}
