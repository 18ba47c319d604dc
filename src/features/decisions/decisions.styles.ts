// The looks the decisions page shares between its parts.
export const link =
  'font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100'
export const button =
  'rounded border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800'
export const primaryButton =
  'rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-stone-400 dark:disabled:bg-stone-600'

export const notice =
  'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100'
