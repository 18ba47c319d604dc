import { useEffect, useRef, useState } from 'react'
import type { Answers, Assumptions, Recommendation } from '../../engine'
import { decisionFileName, decisionJsonText } from './decision-json'
import { decisionMarkdown } from './decision-markdown'
import { shareLink } from './decision-summary'
import { printSummary } from './print-summary'
import { shortSummary } from './short-summary'

export interface ShareBarProps {
  /** The canonical result query (answers, then assumption overrides), without '?'. */
  query: string
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
}

/** The link to this result on this site, whatever its host and base path. */
function currentShareLink(query: string): string {
  return shareLink(window.location.origin, window.location.pathname, query)
}

/** Writes text to the clipboard; false where the API is missing or the browser refuses. */
async function copyText(text: string): Promise<boolean> {
  try {
    // Undefined outside a secure context (plain http), whatever the DOM types say.
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard?.writeText) return false
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

/** Saves text as a file through a same-origin Blob URL (no data: URL, nothing leaves the page). */
function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

/** What the clipboard fallback shows: the text to copy by hand. */
type Fallback = { kind: 'link' | 'markdown' | 'summary'; text: string } | null

const button =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-100 active:bg-stone-200 dark:border-stone-600 dark:bg-stone-800 dark:text-stone-100 dark:hover:bg-stone-700'

/**
 * Copy link, print summary, copy a short summary (three lines and the link, for a chat), copy as
 * Markdown, download JSON. Every action confirms itself in a
 * live region; where the clipboard is refused, the text is shown selected for copying by hand.
 */
export function ShareBar({ query, answers, assumptions, recommendation }: ShareBarProps) {
  const [message, setMessage] = useState('')
  const [fallback, setFallback] = useState<Fallback>(null)
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null)

  useEffect(() => {
    if (!fallback) return
    fieldRef.current?.focus()
    fieldRef.current?.select()
  }, [fallback])

  const exportInput = () => ({
    answers,
    assumptions,
    recommendation,
    link: currentShareLink(query),
    date: new Date(),
  })

  async function copy(kind: 'link' | 'markdown' | 'summary') {
    const text =
      kind === 'link'
        ? currentShareLink(query)
        : kind === 'summary'
          ? shortSummary(exportInput())
          : decisionMarkdown(exportInput())
    const what = { link: 'Link', summary: 'Short summary', markdown: 'Markdown summary' }[kind]
    if (await copyText(text)) {
      setFallback(null)
      setMessage(`${what} copied to the clipboard.`)
    } else {
      setFallback({ kind, text })
      setMessage(
        `Your browser did not allow copying. The ${what.toLowerCase()} is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`,
      )
    }
  }

  function downloadJson() {
    const input = exportInput()
    const fileName = decisionFileName(input.date)
    download(
      decisionJsonText({ ...input, appVersion: __APP_VERSION__ }),
      fileName,
      'application/json',
    )
    setMessage(`Downloaded ${fileName}.`)
  }

  const fieldClass =
    'mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 font-mono text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100'

  return (
    <section aria-labelledby="share-bar-title" className="no-print">
      <h2 id="share-bar-title" className="sr-only">
        Share this decision
      </h2>
      <div
        role="group"
        aria-labelledby="share-bar-title"
        className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap"
      >
        <button type="button" className={button} onClick={() => void copy('link')}>
          Copy link
        </button>
        <button type="button" className={button} onClick={() => void printSummary()}>
          Print summary
        </button>
        <button type="button" className={button} onClick={() => void copy('summary')}>
          Copy a short summary
        </button>
        <button type="button" className={button} onClick={() => void copy('markdown')}>
          Copy as Markdown
        </button>
        <button type="button" className={button} onClick={downloadJson}>
          Download JSON
        </button>
      </div>
      <p
        role="status"
        data-testid="share-status"
        className="mt-2 text-sm text-stone-700 empty:mt-0 dark:text-stone-300"
      >
        {message}
      </p>
      {fallback?.kind === 'link' && (
        <label className="mt-2 block text-sm font-medium">
          Link to this result
          <input
            ref={fieldRef}
            readOnly
            value={fallback.text}
            onFocus={(e) => e.currentTarget.select()}
            className={fieldClass}
          />
        </label>
      )}
      {(fallback?.kind === 'markdown' || fallback?.kind === 'summary') && (
        <label className="mt-2 block text-sm font-medium">
          {fallback.kind === 'summary' ? 'Short summary' : 'Markdown summary'}
          <textarea
            ref={fieldRef}
            readOnly
            rows={8}
            value={fallback.text}
            onFocus={(e) => e.currentTarget.select()}
            className={fieldClass}
          />
        </label>
      )}
    </section>
  )
}
