import { formatNumber } from '../../engine'
import { formatBytes } from './file-read'
import type { Job } from './use-data-worker'

/** A progress bar for the worker's job, with a button that stops it. */
export function JobProgress({
  job,
  label,
  onCancel,
}: {
  job: Job
  label: string
  onCancel: () => void
}) {
  const known = job.total > 0
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3" data-testid="job-progress">
      <progress
        aria-label={label}
        className="h-2 w-64 max-w-full"
        max={known ? job.total : undefined}
        value={known ? job.done : undefined}
      />
      <span role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {known
          ? `${formatBytes(job.done)} of ${formatBytes(job.total)} read (${formatNumber(Math.floor((100 * job.done) / job.total))}%)`
          : 'Loading the checker…'}
      </span>
      <button
        type="button"
        onClick={onCancel}
        className="rounded border border-stone-300 px-3 py-1 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        Cancel
      </button>
    </div>
  )
}
