import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { GLOSSARY } from '../../components/glossary/glossary'
import { GlossaryPage } from './glossary-page'
import { must } from '../../engine'

const renderPage = (term: string | null) =>
  render(
    <MemoryRouter>
      <GlossaryPage term={term} guideHref="/guide" />
    </MemoryRouter>,
  )

const scrolled = vi.fn()
beforeEach(() => {
  scrolled.mockClear()
  // jsdom lays nothing out; the page scrolls its term into view.
  Element.prototype.scrollIntoView = scrolled
})

describe('GlossaryPage', () => {
  it('lists every term with its definition', () => {
    renderPage(null)
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toHaveFocus()
    for (const entry of GLOSSARY) expect(screen.getByText(entry.term)).toBeInTheDocument()
  })

  it('opened for one term, puts the focus on it, marks it and scrolls to it', async () => {
    renderPage('epoch')
    const term = screen.getByText('Epoch')
    expect(term).toHaveFocus()
    expect(term.parentElement).toHaveAttribute('data-current', 'true')
    await vi.waitFor(() => expect(scrolled).toHaveBeenCalledWith({ block: 'center' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says so when the link names a term it does not have', () => {
    renderPage('quantum')
    expect(screen.getByRole('status')).toHaveTextContent('no entry “quantum”')
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()
  })

  it('links the other terms a definition uses, never the term itself', () => {
    renderPage(null)
    const lora = must(screen.getByText('LoRA (low-rank adaptation)').nextElementSibling)
    const links = [...lora.querySelectorAll('a')].map((a) => a.getAttribute('href'))
    expect(links).toContain('#/guide/glossary?term=fine-tuning')
    expect(links).toContain('#/guide/glossary?term=base-model')
    expect(links.some((href) => href?.endsWith('term=lora'))).toBe(false)
  })
})
