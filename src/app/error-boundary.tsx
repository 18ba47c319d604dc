import { Component, type ErrorInfo, type ReactNode } from 'react'
import { paths } from './paths'

interface State {
  error: Error | null
}

/** The app's last line of defence: a page that says what broke and how to recover. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('RAG or Tune crashed:', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <main className="mx-auto max-w-xl px-4 py-16" role="alert">
        <h1 className="text-2xl font-semibold">Something went wrong on this page</h1>
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          Your saved answers are untouched. Go back to the start, reload, or — if it keeps happening
          — clear the saved answers and begin again.
        </p>
        <pre className="mt-4 overflow-x-auto rounded bg-stone-100 p-3 text-sm whitespace-pre-wrap dark:bg-stone-900">
          {error.message}
        </pre>
        <div className="mt-6 flex flex-wrap gap-3">
          <a
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
            href={paths.home.href()}
            onClick={() => this.setState({ error: null })}
          >
            Back to the start
          </a>
          <button
            type="button"
            className="rounded border border-stone-300 px-4 py-2 font-medium dark:border-stone-700"
            onClick={() => window.location.reload()}
          >
            Reload
          </button>
          <button
            type="button"
            className="rounded border border-stone-300 px-4 py-2 font-medium dark:border-stone-700"
            onClick={() => {
              try {
                localStorage.clear()
              } finally {
                window.location.assign(paths.home.href())
                window.location.reload()
              }
            }}
          >
            Clear saved answers
          </button>
        </div>
      </main>
    )
  }
}
