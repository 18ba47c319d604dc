import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useDecisionsStore, type SavedDecision } from '../../store/decisions-store'
import { DecisionsList, type DecisionLinks } from './decisions-list'
import { at, must } from '../../engine'

const saved = (id: string, name: string, query: string): SavedDecision => ({
  id,
  name,
  query,
  savedAt: '2026-02-01T09:00:00.000Z',
  primary: 'prompt',
})

const links: DecisionLinks = {
  result: (q) => `/result?${q}`,
  map: (q) => `/map?${q}`,
  compare: (ds) => `/compare?${ds.map((d) => d.id).join('+')}`,
}

const renderList = () =>
  render(
    <MemoryRouter>
      <DecisionsList links={links} />
    </MemoryRouter>,
  )

describe('DecisionsList', () => {
  beforeEach(() => {
    // A first visit (nothing stored, no deletion remembered), then four saved decisions.
    localStorage.clear()
    void useDecisionsStore.persist.rehydrate()
    useDecisionsStore.setState({
      decisions: [
        saved('d1', 'Today', 'problem=tone&baseline=none'),
        saved('d2', 'Later', 'problem=tone&baseline=prompt'),
        saved('d3', 'Other', 'problem=knowledge'),
        saved('d4', 'Fourth', 'volume=high'),
      ],
    })
  })

  it('compares two or three picked decisions, never more', async () => {
    const user = userEvent.setup()
    renderList()
    expect(screen.getByRole('button', { name: 'Compare' })).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Compare “Today”' }))
    await user.click(screen.getByRole('checkbox', { name: 'Compare “Later”' }))
    expect(screen.getByRole('link', { name: 'Compare 2 decisions' })).toHaveAttribute(
      'href',
      '/compare?d1+d2',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Compare “Other”' }))
    expect(screen.getByRole('checkbox', { name: 'Compare “Fourth”' })).toBeDisabled()
  })

  it('deletes only after confirmation, and says so', async () => {
    const user = userEvent.setup()
    renderList()
    await user.click(screen.getByRole('button', { name: 'Delete “Today”' }))
    const confirm = screen.getByRole('group', { name: /Delete “Today”\? This cannot be undone/ })
    expect(within(confirm).getByRole('button', { name: 'Keep it' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }))
    expect(useDecisionsStore.getState().decisions).toHaveLength(4)

    await user.click(screen.getByRole('button', { name: 'Delete “Today”' }))
    await user.click(screen.getByRole('button', { name: 'Delete' }))
    expect(useDecisionsStore.getState().decisions.map((d) => d.name)).toEqual([
      'Later',
      'Other',
      'Fourth',
    ])
    expect(screen.getByTestId('decisions-status')).toHaveTextContent('Deleted “Today”.')
  })

  it('renames inline', async () => {
    const user = userEvent.setup()
    renderList()
    await user.click(screen.getByRole('button', { name: 'Rename “Later”' }))
    const field = screen.getByLabelText('New name')
    await user.clear(field)
    await user.type(field, 'In six months{Enter}')
    expect(at(useDecisionsStore.getState().decisions, 1).name).toBe('In six months')
    expect(screen.getByRole('heading', { name: 'In six months' })).toBeInTheDocument()
  })

  it('imports a file and reports what was skipped', async () => {
    const user = userEvent.setup()
    renderList()
    const file = new File(
      [JSON.stringify([saved('n1', 'Imported', 'volume=low'), { name: 'Broken' }])],
      'decisions.json',
      { type: 'application/json' },
    )
    await user.upload(screen.getByLabelText('Import from JSON…'), file)
    const status = await screen.findByText('Imported 1 decision. 1 entry skipped.')
    expect(status.parentElement).toHaveTextContent(/Entry 2 \(“Broken”\) was skipped/)
    expect(screen.getByRole('heading', { name: 'Imported' })).toBeInTheDocument()
  })

  it('names the first ten entries of a file of junk and counts the rest', async () => {
    const user = userEvent.setup()
    renderList()
    const file = new File([JSON.stringify(Array.from({ length: 5000 }, () => 'x'))], 'junk.json')
    await user.upload(screen.getByLabelText('Import from JSON…'), file)
    const status = await screen.findByText('Nothing was imported. 5,000 entries skipped.')
    const items = within(must(status.parentElement)).getAllByRole('listitem')
    expect(items).toHaveLength(11)
    expect(items[10]).toHaveTextContent('… and 4,990 more entries skipped.')
  })

  it('says a rename was not saved when storage is full, and offers the download', async () => {
    const user = userEvent.setup()
    renderList()
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    try {
      await user.click(screen.getByRole('button', { name: 'Rename “Today”' }))
      const field = screen.getByLabelText('New name')
      await user.clear(field)
      await user.type(field, 'Renamed{Enter}')
      expect(screen.getByTestId('decisions-status')).toHaveTextContent(
        /Renamed to “Renamed” in this tab\. Not saved: this browser’s storage is full/,
      )
      expect(
        within(screen.getByTestId('decisions-status')).getByRole('button', {
          name: 'Download your decisions as JSON',
        }),
      ).toBeInTheDocument()
    } finally {
      spy.mockRestore()
    }
  })

  it('says what to do when nothing is saved', () => {
    useDecisionsStore.setState({ decisions: [] })
    renderList()
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Export all as JSON' })).toBeDisabled()
  })
})
