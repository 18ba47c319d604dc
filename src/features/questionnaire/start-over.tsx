import { useRef } from 'react'

/** "Start over", confirmed in a native modal dialog (focus trap and Escape come for free). */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const close = () => dialog.current?.close()
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="text-sm font-medium text-stone-600 underline underline-offset-4 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        Start over
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="start-over-title"
        className="m-auto w-[calc(100%-2rem)] max-w-sm rounded-xl bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id="start-over-title" className="text-lg font-semibold">
          Clear all your answers?
        </h2>
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          This removes every answer saved in this browser. It cannot be undone.
        </p>
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={close}
            className="rounded-lg border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Keep them
          </button>
          <button
            type="button"
            onClick={() => {
              close()
              onConfirm()
            }}
            className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
          >
            Clear answers
          </button>
        </div>
      </dialog>
    </>
  )
}
