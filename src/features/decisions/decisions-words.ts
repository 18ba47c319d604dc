import { formatDayTime, formatNumber } from '../../engine'
import {
  writeProblemMessage,
  type ImportReport,
  type WriteProblem,
} from '../../store/decisions-store'

/** When a decision was saved, as a reader says it: '2 Dec 2026, 14:05'. */
export const formatDate = (iso: string) => formatDayTime(new Date(iso))

/** Today's date for a file name: '2026-12-02'. */
export const today = () => new Date().toISOString().slice(0, 10)

/** A count and its noun: '1 decision', '2,000 decisions'. */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`

/** What an import did, in one or two sentences. */
export function importSummary(r: ImportReport & { problem: WriteProblem | null }): string {
  const done =
    r.added.length === 0
      ? 'Nothing was imported.'
      : r.problem
        ? `${plural(r.added.length, 'decision')} read from the file. ${writeProblemMessage(r.problem)}`
        : `Imported ${plural(r.added.length, 'decision')}.`
  return r.skippedCount > 0
    ? `${done} ${plural(r.skippedCount, 'entry', 'entries')} skipped.`
    : done
}
