import { useState } from 'react'

/** The app's own keys (answers, saved decisions), and nothing of other sites' data. */
function savedKeys(prefix: string): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(prefix))
  } catch {
    return [] // storage refused: nothing saved
  }
}

/** Everything that would be deleted, as a JSON file's address: `{ key: stored text }`. */
const savedDataHref = (prefix: string) =>
  `data:application/json,${encodeURIComponent(
    JSON.stringify(Object.fromEntries(savedKeys(prefix).map((k) => [k, localStorage.getItem(k)]))),
  )}`

interface ClearSavedDataProps {
  /** Keys starting with this are the app's own. */
  prefix: string
  /** Where to go once deleted (the home page). */
  homeHref: string
  onKeep: () => void
}

interface RecoveryDetailsProps {
  /** After a failed download the page shows its own message and buttons: only offer to clear. */
  clearOnly?: boolean
  message: string
  prefix: string
  homeHref: string
  onBack: () => void
}

/**
 * The rest of the recovery page after a crash (not a failed download): what broke, and the ways
 * out, clearing the saved data among them (asked first). Loaded only after a crash.
 */
export default function RecoveryDetails({
  clearOnly,
  message,
  prefix,
  homeHref,
  onBack,
}: RecoveryDetailsProps) {
  const [confirming, setConfirming] = useState(false)
  const clear = (
    <>
      <button type="button" className="button-outline" onClick={() => setConfirming(true)}>
        Clear saved answers and decisions
      </button>
      {confirming && (
        <ClearSavedData prefix={prefix} homeHref={homeHref} onKeep={() => setConfirming(false)} />
      )}
    </>
  )
  if (clearOnly) return <div className="mt-3">{clear}</div>
  return (
    <>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Your saved answers are untouched. Go back to the start or reload; if it keeps happening,
        clear the saved data and begin again.
      </p>
      <p className="crash-text mt-4 text-sm">What the app reported:</p>
      <pre className="mt-1 overflow-x-auto rounded bg-stone-100 p-3 text-sm whitespace-pre-wrap dark:bg-stone-900">
        {message}
      </pre>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="crash-reload mt-0"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
        <a className="button-outline" href={homeHref} onClick={onBack}>
          Back to the start
        </a>
      </div>
      <div className="mt-3">{clear}</div>
    </>
  )
}

/**
 * The recovery page's "Clear saved answers and decisions", asked first: a download of exactly
 * what would be deleted, then delete or keep. Loaded only when asked for, so the first screen
 * does not pay for it; it imports nothing of the app, so it needs no shared chunk.
 */
function ClearSavedData({ prefix, homeHref, onKeep }: ClearSavedDataProps) {
  return (
    <div
      role="dialog"
      aria-labelledby="clear-title"
      tabIndex={-1}
      ref={(dialog) => dialog?.focus()}
      className="mt-6 rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950"
    >
      <h2 id="clear-title" className="font-semibold">
        Delete your saved answers and decisions?
      </h2>
      <p className="mt-1 text-sm">
        They are removed from this browser for good. Download a copy first to keep them.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a
          className="button-outline"
          href={savedDataHref(prefix)}
          download="rag-or-tune-saved-data.json"
        >
          Download a copy
        </a>
        <button
          type="button"
          className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
          onClick={() => {
            for (const key of savedKeys(prefix)) localStorage.removeItem(key)
            window.location.hash = homeHref
            window.location.reload()
          }}
        >
          Delete them
        </button>
        <button type="button" className="button-outline" onClick={onKeep}>
          Keep them
        </button>
      </div>
    </div>
  )
}
