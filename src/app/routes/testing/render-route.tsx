import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'

function Where() {
  const { pathname, search } = useLocation()
  return <output aria-label="location">{pathname + search}</output>
}

/**
 * Renders one route's page at `at` (every other path renders nothing) and returns where the
 * router is now, read as a user would from the page's location line.
 * @example const location = renderRoute('/review', '/review', <ReviewRoute />)
 */
export function renderRoute(at: string, path: string, page: ReactNode): () => string | null {
  render(
    <MemoryRouter initialEntries={[at]}>
      <Routes>
        <Route path={path} element={page} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </MemoryRouter>,
  )
  return () => screen.getByRole('status', { name: 'location' }).textContent
}
