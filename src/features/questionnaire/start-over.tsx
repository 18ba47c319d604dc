import { useState } from 'react'
import ConfirmStartOver from './confirm-start-over'

/** "Start over": clears the answers once the user confirms in a modal dialog. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button
        type="button"
        onClick={() => setAsking(true)}
        className="text-sm font-medium text-stone-600 underline underline-offset-4 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100"
      >
        Start over
      </button>
      {asking && (
        <ConfirmStartOver
          onClose={(confirmed) => {
            setAsking(false)
            if (confirmed) onConfirm()
          }}
        />
      )}
    </>
  )
}
