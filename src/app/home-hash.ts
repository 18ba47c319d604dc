/** The home page's URLs (`#/`, `#/?…`, none): where the page's built markup is the page. */
export const HOME_HASH = /^#?\/?(\?|$)/
