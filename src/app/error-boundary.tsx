import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react'
import { PartBoundary } from '../components/part-boundary'
import { useLocation } from 'react-router'
import { paths } from '../config/paths'

/** Every key the app keeps in localStorage starts with this. */
export const STORAGE_PREFIX = 'rag-or-tune:'

interface State {
  error: Error | null
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

// Only after a crash, so not on the first screen; the Reload button if its code cannot be fetched.
const RecoveryDetails = lazy(() => import('./recovery-details'))

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
      this.setState({ error: null })
    }
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const chunk = isChunkLoadError(error)
    const Frame = this.props.inner ? 'div' : 'main'
    const reload = (
      <button type="button" className="crash-reload" onClick={() => window.location.reload()}>
        Reload
      </button>
    )
    return (
      <Frame className="crash" role="alert" aria-labelledby="crash-title">
        <h1 id="crash-title" className="crash-title">
          {chunk ? 'This page could not be loaded' : 'Something went wrong on this page'}
        </h1>
        {chunk && (
          <>
            <p className="crash-text mt-3">
              Part of the app did not arrive: the connection dropped, or a new version was published
              since this tab was opened. Reloading usually fixes it.
            </p>
            <p className="crash-text mt-4 text-sm">What the app reported: {error.message}</p>
            <div className="crash-actions">
              {reload}
              <a
                className="button-outline"
                href={paths.home.href()}
                onClick={() => this.setState({ error: null })}
              >
                Back to the start
              </a>
            </div>
          </>
        )}
        {/* The details and the clear-data action load only after a crash. After a failed
            download they are offered when their code can still be fetched (Reload above is the
            way out otherwise); after any other crash Reload stands in until they arrive. */}
        <PartBoundary fallback={chunk ? null : reload}>
          <Suspense fallback={chunk ? null : reload}>
            <RecoveryDetails
              clearOnly={chunk}
              message={error.message}
              prefix={STORAGE_PREFIX}
              homeHref={paths.home.href()}
              onBack={() => this.setState({ error: null })}
            />
          </Suspense>
        </PartBoundary>
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
