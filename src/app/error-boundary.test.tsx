import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from './error-boundary'
import { must } from '../engine'

let failWith: Error | null = null

function Page({ name }: { name: string }) {
  if (failWith) throw failWith
  return <h1>{name}</h1>
}

/** One boundary around the routes, as in the app: it stays mounted while the pages change. */
function renderApp(at = '/') {
  const router = createMemoryRouter(
    [
      {
        element: (
          <ErrorBoundary>
            <Outlet />
          </ErrorBoundary>
        ),
        children: [
          { path: '/', element: <Page name="Home page" /> },
          { path: '/other', element: <Page name="Other page" /> },
        ],
      },
    ],
    { initialEntries: [at] },
  )
  render(<RouterProvider router={router} />)
  return router
}

describe('ErrorBoundary', () => {
  beforeEach(() => {
    failWith = null
    // React and the boundary log the error; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  it('shows the page when nothing breaks', () => {
    renderApp()
    expect(screen.getByRole('heading', { name: 'Home page' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('replaces a crashed page with a recovery page that says what broke', async () => {
    failWith = new Error('Cannot read properties of undefined (reading "ranking")')
    renderApp()
    const alert = screen.getByRole('alert')
    expect(alert).toHaveAccessibleName('Something went wrong on this page')
    // The details load after a crash (they are not on the first screen).
    expect(await within(alert).findByText(/reading "ranking"/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to the start' })).toHaveAttribute('href', '#/')
    expect(
      screen.getByRole('button', { name: 'Clear saved answers and decisions' }),
    ).toBeInTheDocument()
  })

  it('says to reload when a page of the app could not be downloaded', () => {
    failWith = new TypeError(
      'Failed to fetch dynamically imported module: https://example.com/assets/result-x.js',
    )
    renderApp()
    expect(screen.getByRole('alert')).toHaveAccessibleName('This page could not be loaded')
    expect(screen.getByRole('alert')).toHaveTextContent(/Reloading usually fixes it/)
  })

  it('tries again from the start', async () => {
    failWith = new Error('boom')
    renderApp()
    failWith = null
    await userEvent.click(await screen.findByRole('link', { name: 'Back to the start' }))
    expect(screen.getByRole('heading', { name: 'Home page' })).toBeInTheDocument()
  })

  it('tries again when the user goes to another page', async () => {
    failWith = new Error('boom')
    const router = renderApp()
    expect(screen.getByRole('alert')).toBeInTheDocument()
    failWith = null
    await router.navigate('/other')
    expect(await screen.findByRole('heading', { name: 'Other page' })).toBeInTheDocument()
  })

  it('clears only what the app saved', async () => {
    localStorage.setItem('rag-or-tune:answers', '{"broken"')
    localStorage.setItem('rag-or-tune:decisions', '[]')
    localStorage.setItem('someone-else', 'kept')
    failWith = new Error('boom')
    renderApp()
    await userEvent.click(
      await screen.findByRole('button', { name: 'Clear saved answers and decisions' }),
    )
    // It asks first, and nothing is gone yet.
    const dialog = screen.getByRole('dialog', { name: 'Delete your saved answers and decisions?' })
    expect(localStorage.getItem('rag-or-tune:decisions')).toBe('[]')
    expect(dialog).toHaveFocus()
    // The copy holds exactly what would be deleted.
    const href = must(screen.getByRole('link', { name: 'Download a copy' }).getAttribute('href'))
    expect(JSON.parse(decodeURIComponent(href.replace('data:application/json,', '')))).toEqual({
      'rag-or-tune:answers': '{"broken"',
      'rag-or-tune:decisions': '[]',
    })
    await userEvent.click(screen.getByRole('button', { name: 'Keep them' }))
    expect(dialog).not.toBeInTheDocument()
    expect(localStorage.getItem('rag-or-tune:decisions')).toBe('[]')

    await userEvent.click(screen.getByRole('button', { name: 'Clear saved answers and decisions' }))
    // jsdom cannot reload a page; it reports that on its virtual console, not as an exception.
    await userEvent.click(screen.getByRole('button', { name: 'Delete them' }))
    expect(localStorage.getItem('rag-or-tune:answers')).toBeNull()
    expect(localStorage.getItem('rag-or-tune:decisions')).toBeNull()
    expect(localStorage.getItem('someone-else')).toBe('kept')
  })
})
