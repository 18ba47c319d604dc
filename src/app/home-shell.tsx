import { renderToString } from 'react-dom/server'
import { createPath, Router, type Navigator } from 'react-router'
import { AppTree } from './router'

/**
 * The home page's markup, rendered at build time from the app's own tree (layout and home page,
 * as a first visit sees them) into the built index.html, so the page paints before its script
 * has arrived; the script then renders the same markup over it (see `homeShell` in
 * vite.config.ts).
 */
export function renderHomeShell(): string {
  return renderToString(
    <Router location="/" navigator={hashLinks} static>
      <AppTree />
    </Router>,
  )
}

/** Links as HashRouter writes them (`#/map`), so they work before the script has arrived too. */
const hashLinks: Navigator = {
  createHref: (to) => `#${typeof to === 'string' ? to : createPath(to)}`,
  go: () => {},
  push: () => {},
  replace: () => {},
}
