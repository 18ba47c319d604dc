import { useId } from 'react'
import { formatNumber, type Ignored } from '../../engine'

/** How many ignored parts are listed before "and N more": a hostile link cannot flood the page. */
export const IGNORED_SHOWN = 10

interface BadLinkNoticeProps {
  ignored: readonly Ignored[]
  /** Valid answers kept from the link. */
  kept: number
  onFix: () => void
  onClean: () => void
}

/** What part of a result link could not be used and why, and ways to put it right. */
export function BadLinkNotice({ ignored, kept, onFix, onClean }: BadLinkNoticeProps) {
  const id = useId()
  const shown = ignored.slice(0, IGNORED_SHOWN)
  const more = ignored.length - shown.length
  return (
    <section
      role="status"
      aria-labelledby={`${id}-title`}
      className="no-print mb-6 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 id={`${id}-title`} className="font-semibold">
        <span aria-hidden="true">⚠ </span>Part of this link could not be used
      </h2>
      <p className="mt-1 text-sm">
        {kept > 0
          ? `The result below uses the ${kept === 1 ? 'one valid answer' : `${kept} valid answers`} the link had. What was ignored, and why:`
          : 'None of its answers could be used, so the result below assumes nothing is known yet. What was ignored, and why:'}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm break-words">
        {shown.map((item, i) => (
          <li key={i}>{item.message}</li>
        ))}
        {more > 0 && <li>…and {formatNumber(more)} more.</li>}
      </ul>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onFix}
          className="rounded bg-amber-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-900 dark:bg-amber-200 dark:text-amber-950 dark:hover:bg-amber-100"
        >
          Fix it in the questionnaire
        </button>
        <button
          type="button"
          onClick={onClean}
          className="rounded border border-amber-800 px-3 py-1.5 text-sm font-medium hover:bg-amber-100 dark:border-amber-200 dark:hover:bg-amber-900"
        >
          Drop the ignored parts from the link
        </button>
      </div>
    </section>
  )
}
