import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { APPROACH_INFO, APPROACHES, type ApproachId } from '../../engine/contract/approaches'
import { GuideApproach, GuideIndex, type GuideLinks } from './guide-page'
import { at } from '../../engine'

const links: GuideLinks = {
  approach: (id) => `/guide/${id}`,
  index: '/guide',
  map: '/map',
  glossary: '/guide/glossary',
}

const page = (id: ApproachId) =>
  render(
    <MemoryRouter>
      <GuideApproach id={id} links={links} />
    </MemoryRouter>,
  )

describe('GuideIndex', () => {
  it('lists the four approaches, lightest first, each linking to its page', () => {
    render(
      <MemoryRouter>
        <GuideIndex links={links} />
      </MemoryRouter>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'The guide' })).toBeInTheDocument()
    const items = within(at(screen.getAllByRole('list'), 0)).getAllByRole('listitem')
    expect(items).toHaveLength(APPROACHES.length)
    APPROACHES.forEach((id, i) => {
      const to = within(at(items, i))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href'))
      expect(to).toContain(`/guide/${id}`)
    })
  })
})

describe('GuideApproach', () => {
  it.each(APPROACHES.map((id) => [id]))('the %s page is titled and leads on', (id) => {
    page(id)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(APPROACH_INFO[id].name)
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(crumbs).getByRole('link', { name: 'Guide' })).toHaveAttribute('href', '/guide')
    for (const title of ['What it is', 'Good at', 'Bad at', 'Common mistakes'])
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument()
    // The steps up and down the ladder of approaches.
    const i = APPROACHES.indexOf(id)
    const up = APPROACHES[i + 1]
    if (up)
      expect(screen.getByRole('link', { name: `${APPROACH_INFO[up].name} →` })).toHaveAttribute(
        'href',
        `/guide/${up}`,
      )
    const down = APPROACHES[i - 1]
    if (down)
      expect(screen.getByRole('link', { name: `← ${APPROACH_INFO[down].name}` })).toHaveAttribute(
        'href',
        `/guide/${down}`,
      )
  })
})
