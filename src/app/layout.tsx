import { useEffect } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { ErrorBoundary } from './error-boundary'
import { paths } from './paths'

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
          <a
            href={paths.home.href()}
            className="flex items-center gap-2 font-semibold tracking-tight"
          >
            {/* The favicon, already in the cache: cheaper than drawing it again in the script. */}
            <img src="favicon.svg" alt="" width="28" height="28" className="h-7 w-7" />
            RAG or Tune
          </a>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {nav.map((item) => (
                <li key={item.label}>
                  <NavLink
                    to={item.href.slice(1)}
                    end={item.href === '#/'}
                    className={({ isActive }) =>
                      `rounded px-1 py-0.5 underline-offset-4 hover:underline ${isActive ? 'font-semibold text-brand-800 dark:text-brand-100' : 'text-stone-700 dark:text-stone-300'}`
                    }
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none"
      >
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
