import type { ApproachId } from '../engine'

/** Every route of the app in one typed table; links are built here, never by hand. */
export const paths = {
  home: { pattern: '/', href: () => '#/' },
  step: {
    pattern: '/q/:step',
    href: (step: string, query = '') => `#/q/${step}${query ? `?${query}` : ''}`,
  },
  /** Before the result: the unanswered questions that could still change it. */
  review: { pattern: '/review', href: () => '#/review' },
  result: { pattern: '/result', href: (query: string) => `#/result${query ? `?${query}` : ''}` },
  map: { pattern: '/map', href: (query = '') => `#/map${query ? `?${query}` : ''}` },
  guide: { pattern: '/guide', href: () => '#/guide' },
  /** The terms the app uses, each explained; `term` scrolls to one. */
  glossary: {
    pattern: '/guide/glossary',
    href: (term = '') => `#/guide/glossary${term ? `?term=${term}` : ''}`,
  },
  guideApproach: { pattern: '/guide/:approach', href: (id: ApproachId) => `#/guide/${id}` },
  decisions: { pattern: '/decisions', href: () => '#/decisions' },
  compare: { pattern: '/compare', href: (query: string) => `#/compare${query ? `?${query}` : ''}` },
  data: { pattern: '/data', href: (query = '') => `#/data${query ? `?${query}` : ''}` },
} as const

/** The same routes as router paths (without the leading '#'). */
export const route = (href: string) => href.replace(/^#/, '')
