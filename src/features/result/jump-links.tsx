import type { ReactNode } from 'react'
import { LazyDetails } from '../../components/lazy-details'

/** The sections of the result page a reader jumps to, by the id of their heading or fold. */
export const RESULT_SECTIONS = [
  { id: 'ranking-title', label: 'Why' },
  { id: 'what-would-change', label: 'What would change it' },
  { id: 'costs', label: 'Costs' },
  { id: 'next-steps', label: 'Next steps' },
  { id: 'your-answers', label: 'Your answers' },
] as const

/**
 * Brings a section into view and moves focus to it, opening the fold it sits in (hash routing
 * rules out `#anchor` links, so these are buttons).
 */
export function jumpTo(id: string): void {
  const target = document.getElementById(id)
  if (!target) return
  const fold = target.closest('details')
  if (fold && !fold.open) fold.open = true
  const focusable = target instanceof HTMLDetailsElement ? target.querySelector('summary') : target
  if (focusable && focusable !== target.querySelector('summary') && focusable.tabIndex < 0)
    focusable.setAttribute('tabindex', '-1')
  focusable?.focus({ preventScroll: true })
  if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' })
}

/** "On this page": one button per section. */
export function JumpLinks() {
  return (
    <nav aria-label="On this page" className="no-print mt-3 text-sm">
      <ul className="flex flex-wrap gap-x-1 gap-y-1">
        {RESULT_SECTIONS.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              onClick={() => jumpTo(s.id)}
              className="rounded-full border border-stone-300 px-3 py-1 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * A closed fold whose content is built only once it is first opened: the page does not pay for
 * what the reader has not asked for.
 */
export function Fold({
  id,
  summary,
  children,
  initiallyOpen = false,
}: {
  id: string
  summary: ReactNode
  children: ReactNode
  initiallyOpen?: boolean
}) {
  // A link that loses its cost assumptions must not snap the costs shut under the reader: the
  // fold is open on its first render only (see LazyDetails).
  return (
    <LazyDetails
      id={id}
      initiallyOpen={initiallyOpen}
      className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900"
      summary={
        <summary className="cursor-pointer rounded-lg px-4 py-3 hover:bg-stone-50 dark:hover:bg-stone-800">
          {summary}
        </summary>
      }
    >
      <div className="px-4 pb-4">{children}</div>
    </LazyDetails>
  )
}
