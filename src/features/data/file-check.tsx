import { startTransition, useState, type ComponentProps, type ReactNode } from 'react'
import type { Decision } from './carry'
import type { ModelId } from './data.constants'
import { JobProgress } from './job-progress'
import { useDataWorker, type DataWorkerClient, type Final, type Request } from './use-data-worker'

/** What one section of the data page gets: the shared worker, the model, the decision. */
export interface SectionProps {
  worker: DataWorkerClient
  model: ModelId
  decision: Decision
  onCarry: (next: Decision, note: string) => void
}

export const button =
  'rounded-lg bg-brand-700 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-800 disabled:opacity-50'
const fileInput =
  'block w-full max-w-md text-sm file:mr-3 file:rounded file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:font-medium hover:file:bg-stone-100 dark:file:border-stone-700 dark:file:bg-stone-900'
export const section = 'rounded-lg border border-stone-200 p-4 sm:p-6 dark:border-stone-800'

/** One section of the data page: its title and a line on what to give it. */
export function DataSection({
  id,
  title,
  help,
  children,
}: {
  id: string
  title: string
  help: ReactNode
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className={section}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{help}</p>
      {children}
    </section>
  )
}

/** A titled part of a check's report. */
export function ReportPart({
  id,
  title,
  children,
}: {
  id: string
  title: ReactNode
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {children}
    </section>
  )
}

/** A labelled file input. */
export function FileField({
  id,
  label,
  className,
  ...input
}: { id: string; label: string; className?: string } & ComponentProps<'input'>) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input id={id} type="file" className={`mt-1 ${fileInput}`} {...input} />
    </div>
  )
}

type Outcome<R> =
  { state: 'idle' } | { state: 'failed'; reason: string } | { state: 'done'; report: R }

/**
 * A file check run in the page's worker: its progress, and its report or why it failed.
 * `reportOf` picks the report out of the worker's answer (undefined when it is of another kind).
 */
export function useFileCheck<R>(
  worker: DataWorkerClient,
  reportOf: (answer: Final) => R | undefined,
) {
  const { run, cancel, job } = useDataWorker(worker)
  const [outcome, setOutcome] = useState<Outcome<R>>({ state: 'idle' })

  const check = async (request: Request) => {
    setOutcome({ state: 'idle' })
    const answer = await run(request)
    if (!answer) return
    const report = reportOf(answer)
    // Rendered in a transition: React renders a large report in slices, not one long task.
    if (report !== undefined) startTransition(() => setOutcome({ state: 'done', report }))
    else if (answer.type === 'failed') setOutcome({ state: 'failed', reason: answer.reason })
  }

  return {
    check,
    cancel,
    job,
    report: outcome.state === 'done' ? outcome.report : null,
    failure: outcome.state === 'failed' ? outcome.reason : null,
  }
}

/**
 * A check as it runs and once it is done: its progress (with a button that stops it), then why it
 * failed, as an alert, or its report.
 */
export function CheckOutcome({
  checker,
  jobLabel,
  testId,
  children,
}: {
  checker: Pick<ReturnType<typeof useFileCheck>, 'job' | 'cancel' | 'failure'>
  jobLabel: string
  testId: string
  children: ReactNode
}) {
  return (
    <>
      {checker.job && <JobProgress job={checker.job} label={jobLabel} onCancel={checker.cancel} />}
      <div data-testid={testId} aria-live="polite" className="mt-4">
        {checker.failure !== null && (
          <p
            role="alert"
            className="rounded bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {checker.failure}
          </p>
        )}
        {children}
      </div>
    </>
  )
}
