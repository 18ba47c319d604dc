import { Component, type ReactNode } from 'react'

interface Props {
  /** Shown instead of the part when it fails. */
  fallback: ReactNode
  children: ReactNode
}

/**
 * Keeps one failing part of a page (a chart whose code did not download, say) from taking the
 * whole page down: the part shows `fallback`, the rest of the page stays. The app-wide
 * ErrorBoundary (src/app/error-boundary.tsx) is for what no part catches.
 * @example <PartBoundary fallback={<p>The chart could not be drawn.</p>}><Chart /></PartBoundary>
 */
export class PartBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
