import { useEffect, useRef } from 'react'
import { Link, useNavigate } from 'react-router'
import { GLOSSARY } from '../../components/glossary/glossary'
import { TermText } from '../../components/glossary/term-text'

interface GlossaryPageProps {
  /** The term to show first (from `?term=`), if any. */
  term: string | null
  guideHref: string
}

/** The glossary: each term the app uses, in two or three sentences. */
export function GlossaryPage({ term, guideHref }: GlossaryPageProps) {
  const navigate = useNavigate()
  const current = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Opened for one term: it comes into view and takes the focus, so a screen reader reads it.
  useEffect(() => {
    ;(current.current ?? heading.current)?.focus({ preventScroll: true })
    // After the layout has scrolled the new page to its top.
    const frame = requestAnimationFrame(() => current.current?.scrollIntoView({ block: 'center' }))
    return () => cancelAnimationFrame(frame)
  }, [term])
  const known = GLOSSARY.some((entry) => entry.id === term)

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link to={guideHref} className="text-link">
          The guide
        </Link>
      </p>
      <h1
        ref={heading}
        tabIndex={-1}
        className="mt-2 text-3xl font-semibold tracking-tight outline-none"
      >
        Glossary
      </h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The words the questions and the advice use, each in a few plain sentences.
      </p>
      {term !== null && !known && (
        <p role="status" className="mt-3 text-sm">
          The glossary has no entry “{term}”; here is all of it.
        </p>
      )}
      {/* Opened from a link in the page the reader was on: one step back returns there. */}
      {known && window.history.length > 1 && (
        <p className="no-print mt-3">
          <button type="button" className="button-secondary" onClick={() => void navigate(-1)}>
            Back to where you were
          </button>
        </p>
      )}
      <dl className="mt-8 space-y-6">
        {GLOSSARY.map((entry) => (
          <div
            key={entry.id}
            className="glossary-entry"
            data-current={entry.id === term ? 'true' : undefined}
          >
            <dt
              id={`term-${entry.id}`}
              ref={entry.id === term ? current : undefined}
              tabIndex={entry.id === term ? -1 : undefined}
              className="text-lg font-semibold outline-none"
            >
              {entry.term}
            </dt>
            <dd className="mt-1 text-stone-700 dark:text-stone-300">
              <TermText text={entry.definition} seen={new Set([entry.id])} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
