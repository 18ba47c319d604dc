export interface UpdatePromptProps {
  onReload: () => void
  onLater: () => void
}

/** The toast that offers a new version; nothing reloads until the user presses Reload. */
export function UpdatePrompt({ onReload, onLater }: UpdatePromptProps) {
  return (
    <div className="fixed inset-x-4 bottom-4 z-50 flex flex-wrap items-center gap-3 rounded-lg bg-stone-900 p-4 text-sm text-stone-50 shadow-lg sm:left-auto sm:max-w-md print:hidden dark:bg-stone-100 dark:text-stone-900">
      <p className="grow">A new version is available.</p>
      <button
        type="button"
        onClick={onReload}
        className="rounded-md bg-teal-600 px-3 py-1.5 font-semibold text-white hover:bg-teal-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-400"
      >
        Reload
      </button>
      <button
        type="button"
        onClick={onLater}
        className="rounded-md px-3 py-1.5 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-400"
      >
        Later
      </button>
    </div>
  )
}
