import { useEffect } from 'react'
import { NavLink, Outlet, useLocation } from 'react-router'
import { ErrorBoundary } from './error-boundary'
import { paths } from './paths'

const nav = [
  { href: paths.home.href(), label: 'Questionnaire' },
  { href: paths.map.href(), label: 'Decision map' },
  { href: paths.guide.href(), label: 'Guide' },
  { href: paths.decisions.href(), label: 'My decisions' },
]

export function Layout() {
  const { pathname } = useLocation()
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
        className="no-print sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-stone-200 bg-white/80 dark:border-stone-800 dark:bg-stone-900/80">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <a
            href={paths.home.href()}
            className="flex items-center gap-2 font-semibold tracking-tight"
          >
            <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
              <rect width="32" height="32" rx="7" className="fill-brand-700" />
              <path
                d="M9 22V10h6a4 4 0 0 1 0 8h-6m6 0 4 4m0-12h6m-3 0v12"
                stroke="#fff"
                strokeWidth="2.4"
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            RAG or Tune
          </a>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
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
      <footer className="no-print border-t border-stone-200 py-6 text-center text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400">
        Runs entirely in your browser: nothing you answer leaves this page.
      </footer>
    </div>
  )
}
