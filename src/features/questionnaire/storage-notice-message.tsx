import { useAnswersStore } from '../../store/answers-store'

/** The store names a failed write by its kind; the words live here, off the first screen. */
const WRITE_PROBLEMS: Record<string, string> = {
  full: 'Not saved: this browser’s storage is full. Your answers stay in this tab until it is closed, and the result link holds all of them — copy it to keep them.',
  refused:
    'This browser does not let the app save: your answers last until this tab is closed. The result link holds all of them — copy it to keep them.',
}

/** What went wrong with the saved answers, with a way to dismiss it for good. */
export default function StorageNoticeMessage({ notice }: { notice: string }) {
  const dismiss = useAnswersStore((s) => s.dismissStorageNotice)
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{WRITE_PROBLEMS[notice] ?? notice}</p>
      <button
        type="button"
        onClick={dismiss}
        className="rounded px-2 py-1 font-medium underline underline-offset-4"
      >
        Dismiss
      </button>
    </div>
  )
}
