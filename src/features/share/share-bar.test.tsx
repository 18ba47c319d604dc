import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { at, DEFAULT_ASSUMPTIONS, parseAnswers, recommend } from '../../engine'
import type { DecisionJson } from './decision-json'
import { planTitle } from './decision-summary'
import { ShareBar } from './share-bar'

const query = 'problem=voice,knowledge&volume=high'
const answers = parseAnswers(query).answers
const props = {
  query,
  answers,
  assumptions: DEFAULT_ASSUMPTIONS,
  recommendation: recommend(answers),
}
const link = `${window.location.origin}${window.location.pathname}#/result?${query}`

function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  })
}

describe('ShareBar', () => {
  let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>

  beforeEach(() => {
    writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve())
    stubClipboard(writeText)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  /** Renders the bar with this clipboard (none when undefined) and clicks one of its actions. */
  async function clickAction(name: string, clipboard: Parameters<typeof stubClipboard>[0]) {
    const user = userEvent.setup()
    stubClipboard(clipboard)
    render(<ShareBar {...props} />)
    await user.click(screen.getByRole('button', { name }))
  }

  it('offers five labelled actions, hidden on paper', () => {
    render(<ShareBar {...props} />)
    const group = screen.getByRole('group', { name: 'Share this decision' })
    for (const name of [
      'Copy link',
      'Print summary',
      'Copy a short summary',
      'Copy as Markdown',
      'Download JSON',
    ]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument()
    }
    expect(group.closest('.no-print')).not.toBeNull()
  })

  it('copies the result link and confirms it', async () => {
    await clickAction('Copy link', writeText)
    expect(writeText).toHaveBeenCalledWith(link)
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard.')
    expect(screen.queryByRole('textbox')).toBeNull()
  })

  it.each([
    ['refused', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ['missing', undefined],
  ])('shows the link selected in a field when the clipboard is %s', async (_, impl) => {
    await clickAction('Copy link', impl)
    // The field appears once the clipboard's refusal settles, then takes focus in an effect.
    const field = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'Link to this result',
    })
    expect(field).toHaveValue(link)
    await waitFor(() => expect(field).toHaveFocus())
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, link.length])
    expect(screen.getByRole('status')).toHaveTextContent(/did not allow copying.*Ctrl\+C/)
  })

  it('copies a short summary for a chat: three lines and the link', async () => {
    await clickAction('Copy a short summary', writeText)
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1))
    const lines = at(writeText.mock.calls, 0)[0].split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe(
      `Plan: ${planTitle(props.recommendation)} (${props.recommendation.confidence.text.replace(/:.*$/, '').toLowerCase()}).`,
    )
    expect(lines[1]).toMatch(/^Cost: /)
    expect(lines[2]).toMatch(/^Would change it: /)
    expect(lines[3]).toBe(link)
    expect(screen.getByTestId('share-status')).toHaveTextContent(
      'Short summary copied to the clipboard.',
    )
  })

  it('copies the decision as Markdown', async () => {
    await clickAction('Copy as Markdown', writeText)
    const markdown = at(writeText.mock.calls, 0)[0]
    expect(markdown.split('\n')[0]).toBe(`# Decision: ${planTitle(props.recommendation)}`)
    expect(markdown).toContain(`Link to this result: ${link}`)
    expect(screen.getByRole('status')).toHaveTextContent('Markdown summary copied')
  })

  it('falls back to a selected text area for Markdown too', async () => {
    await clickAction('Copy as Markdown', undefined)
    const area = await screen.findByRole<HTMLTextAreaElement>('textbox', {
      name: 'Markdown summary',
    })
    expect(area.value).toMatch(/^# Decision: /)
    await waitFor(() => expect(area).toHaveFocus())
  })

  it('prints', async () => {
    const user = userEvent.setup()
    const print = vi.spyOn(window, 'print').mockImplementation(() => {})
    render(<ShareBar {...props} />)
    await user.click(screen.getByRole('button', { name: 'Print summary' }))
    await waitFor(() => expect(print).toHaveBeenCalledOnce())
  })

  it('downloads the decision as a JSON file through a Blob URL', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:decision'
    })
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    render(<ShareBar {...props} />)
    await user.click(screen.getByRole('button', { name: 'Download JSON' }))

    expect(click).toHaveBeenCalledOnce()
    const anchor = click.mock.contexts[0] as HTMLAnchorElement
    expect(anchor.download).toMatch(/^rag-or-tune-decision-\d{4}-\d{2}-\d{2}\.json$/)
    expect(anchor.getAttribute('href')).toBe('blob:decision')
    const json = JSON.parse(await at(blobs, 0).text()) as DecisionJson
    expect(json.appVersion).toBe(__APP_VERSION__)
    expect(json.link).toBe(link)
    expect(json.result.stack).toEqual(props.recommendation.stack)
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${anchor.download}.`)
  })
})
