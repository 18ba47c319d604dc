/**
 * Dates as the app writes them (en-GB: "2 December 2026", "2 Dec 2026, 14:05"), written out
 * rather than taken from `Intl.DateTimeFormat` for the reason `cost-format.ts` gives: a page's
 * first Intl formatter loads the locale data, a main-thread task of tens of milliseconds, and the
 * result page built one while it loaded (for the printed brief's date). Local time, like Intl's
 * default. The unit tests check these against `Intl.DateTimeFormat` over generated dates.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const month = (date: Date) => MONTHS[date.getMonth()] ?? ''
const twoDigits = (n: number) => `${n}`.padStart(2, '0')

/** The day in words: '2 December 2026'. */
export const formatDay = (date: Date) => `${date.getDate()} ${month(date)} ${date.getFullYear()}`

/** The day, its month shortened: '2 Dec 2026' (en-GB shortens September to 'Sept'). */
export const formatShortDay = (date: Date) => {
  const name = month(date)
  return `${date.getDate()} ${name === 'September' ? 'Sept' : name.slice(0, 3)} ${date.getFullYear()}`
}

/** The short day and the time on a 24-hour clock: '2 Dec 2026, 14:05'. */
export const formatDayTime = (date: Date) =>
  `${formatShortDay(date)}, ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
