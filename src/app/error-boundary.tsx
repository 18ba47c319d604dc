import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { paths } from './paths'

/** Every key the app keeps in localStorage starts with this. */
export const STORAGE_PREFIX = 'rag-or-tune:'

interface State {
  error: Error | null
  /** The user chose to clear the saved data and is asked first. */
  confirming?: boolean
}

interface Props {
  children: ReactNode
  /** The error is cleared when this changes: going to another page tries again. */
  resetKey: string
  /** Inside the page's frame (its header stays): a region, not the page's `main`. */
  inner?: boolean | undefined
}

/** A lazy page that failed to load: usually a new version was published since this tab opened. */
const isChunkLoadError = (error: Error) =>
  /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    error.message,
  )

/** The app's own keys (answers, saved decisions), and nothing of other sites' data. */
function savedKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((key) => key.startsWith(STORAGE_PREFIX))
  } catch {
    return [] // storage refused: nothing saved
  }
}

/** Everything `clearSavedData` would delete, as a JSON file's address: `{ key: stored text }`. */
const savedDataHref = () =>
  `data:application/json,${encodeURIComponent(
    JSON.stringify(Object.fromEntries(savedKeys().map((k) => [k, localStorage.getItem(k)]))),
  )}`

function clearSavedData() {
  for (const key of savedKeys()) localStorage.removeItem(key)
}

class Boundary extends Component<Props, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('RAG or Tune crashed:', error, info.componentStack)
  }

  override componentDidUpdate(previous: Props) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) {
      this.setState({ error: null, confirming: false })
    }
  }

  override render() {
    const { error, confirming } = this.state
    if (!error) return this.props.children
    const chunk = isChunkLoadError(error)
    const Frame = this.props.inner ? 'div' : 'main'
    const outline =
      'rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-900'
    return (
      <Frame className="mx-auto max-w-xl px-4 py-16" role="alert" aria-labelledby="crash-title">
        <h1 id="crash-title" className="text-2xl font-semibold">
          {chunk ? 'This page could not be loaded' : 'Something went wrong on this page'}
        </h1>
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          {chunk
            ? 'Part of the app did not arrive: the connection dropped, or a new version was published since this tab was opened. Reloading usually fixes it.'
            : 'Your saved answers are untouched. Go back to the start or reload; if it keeps happening, clear the saved data and begin again.'}
        </p>
        <p className="mt-4 text-sm text-stone-700 dark:text-stone-300">What the app reported:</p>
        <pre className="mt-1 overflow-x-auto rounded bg-stone-100 p-3 text-sm whitespace-pre-wrap dark:bg-stone-900">
          {error.message}
        </pre>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
          <a
            className={outline}
            href={paths.home.href()}
            onClick={() => this.setState({ error: null })}
          >
            Back to the start
          </a>
          <button
            type="button"
            className={outline}
            onClick={() => this.setState({ confirming: true })}
          >
            Clear saved answers and decisions
          </button>
        </div>
        {confirming && (
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
              <a className={outline} href={savedDataHref()} download="rag-or-tune-saved-data.json">
                Download a copy
              </a>
              <button
                type="button"
                className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
                onClick={() => {
                  clearSavedData()
                  window.location.hash = paths.home.href()
                  window.location.reload()
                }}
              >
                Delete them
              </button>
              <button
                type="button"
                className={outline}
                onClick={() => this.setState({ confirming: false })}
              >
                Keep them
              </button>
            </div>
          </div>
        )}
      </Frame>
    )
  }
}

/**
 * The app's last line of defence: a page that says what broke and how to recover, instead of a
 * blank screen. Going to another page (the browser's Back button, a link) tries again.
 */
export function ErrorBoundary({ children, inner }: { children: ReactNode; inner?: boolean }) {
  const { pathname, search } = useLocation()
  return (
    <Boundary resetKey={pathname + search} inner={inner}>
      {children}
    </Boundary>
  )
}
