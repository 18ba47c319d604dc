import { useEffect, useRef } from 'react'

/**
 * A native modal dialog: focus stays inside, Escape cancels, and closing it returns focus to
 * the button that opened it.
 */
export default function ConfirmStartOver({ onClose }: { onClose: (confirmed: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => dialog.current?.showModal(), [])
  const close = (value: string) => dialog.current?.close(value)
  return (
    <dialog
      ref={dialog}
      aria-labelledby="start-over-title"
      onClose={(e) => onClose(e.currentTarget.returnValue === 'clear')}
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
          onClick={() => close('keep')}
          className="rounded-lg border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          Keep them
        </button>
        <button
          type="button"
          onClick={() => close('clear')}
          className="rounded-lg bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
        >
          Clear answers
        </button>
      </div>
    </dialog>
  )
}
