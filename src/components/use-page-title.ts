import { useEffect } from 'react'

/** The home page's title, as `index.html` has it before any script runs. */
export const HOME_TITLE = 'RAG or Tune — how to adapt your LLM'

/**
 * Names the page in the browser's tab, history and bookmarks: every route has its own title.
 * @example usePageTitle('Reference material · question 3 of 14') // "… — RAG or Tune"
 */
export function usePageTitle(title?: string) {
  useEffect(() => {
    document.title = title ? `${title} — RAG or Tune` : HOME_TITLE
  }, [title])
}
