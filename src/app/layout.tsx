import { useEffect } from 'react'
import { Link, Outlet, useLocation } from 'react-router'
import { ErrorBoundary } from './error-boundary'
import { paths } from '../config/paths'

/** The main navigation; on a result the map opens with that result's answers. */
const navFor = (result: string) => [
  { href: paths.home.href(), label: 'Questionnaire' },
  { href: paths.map.href(result), label: 'Decision map' },
  { href: paths.guide.href(), label: 'Guide' },
  { href: paths.decisions.href(), label: 'My decisions' },
]

export function Layout() {
  const { pathname, search } = useLocation()
  // A shared result's reader who opens the map sees the same answers, not their own (none).
  // The page's own item is marked (NavLink would do it, for more code on the first screen).
  const current = (href: string) => {
    const to = href.slice(1).replace(/\?.*/s, '')
    return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`)
  }
  const nav = navFor(pathname === paths.result.pattern ? search.slice(1) : '')
  // A new page starts at the top; focus moves where each page puts it.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [pathname])

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        onClick={(e) => {
          e.preventDefault()
          document.getElementById('main')?.focus()
        }}
        className="no-print skip-link"
      >
        Skip to content
      </a>
      <header className="no-print site-header">
        <div className="site-header-bar">
          <a href={paths.home.href()} className="site-name">
            {/* The favicon, already in the cache: cheaper than drawing it again in the script. */}
            <img src="favicon.svg" alt="" width="28" height="28" className="h-7 w-7" />
            RAG or Tune
          </a>
          <nav aria-label="Main">
            <ul className="site-nav">
              {nav.map((item) => (
                <li key={item.label}>
                  <Link
                    to={item.href.slice(1)}
                    aria-current={current(item.href) ? 'page' : undefined}
                    className="nav-link"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {/* A page that fails leaves the header and footer in place. */}
        <ErrorBoundary inner>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="no-print site-footer">
        Runs entirely in your browser: nothing you answer leaves this page.
      </footer>
    </div>
  )
}
