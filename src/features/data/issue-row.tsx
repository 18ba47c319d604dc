import { useEffect, useMemo, useState } from 'react'
import { formatNumber as n } from '../../engine'
import { ERROR_ORDER, ISSUE_LABELS, WARNING_ORDER } from './data.constants'
import type { IssueKind, IssueList, TrainingReport } from './data.types'

const PAGE = 1_000
const SHOWN_FIRST = 5

/**
 * One kind of issue: how many lines, the first few with what was found, and every line number on
 * request (a thousand at a time, or all of them as a text file), so 100k errors stay readable.
 */
export function IssueRow({
  label,
  issues,
  tone,
  fileName,
}: {
  label: string
  issues: IssueList
  tone: 'error' | 'warning'
  fileName: string
}) {
  const [shown, setShown] = useState(0)
  const download = useMemo(() => {
    if (shown === 0) return null
    const details = new Map(issues.first.map((f) => [f.line, f.detail]))
    const text = Array.from(issues.lines, (line) =>
      details.has(line) ? `${line}\t${details.get(line)}` : String(line),
    ).join('\n')
    return URL.createObjectURL(new Blob([`line\twhat\n${text}\n`], { type: 'text/plain' }))
  }, [issues, shown])
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download)
    },
    [download],
  )

  return (
    <li
      data-issue={label}
      className={`rounded border px-3 py-2 ${tone === 'error' ? 'border-red-300 dark:border-red-900' : 'border-amber-300 dark:border-amber-900'}`}
    >
      <p>
        <span className="font-semibold">{label}</span>:{' '}
        <span data-testid="issue-count">
          {n(issues.count)} line{issues.count === 1 ? '' : 's'}
        </span>
      </p>
      <ul className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {issues.first.slice(0, SHOWN_FIRST).map((f) => (
          <li key={f.line}>
            Line {n(f.line)}: {f.detail}
          </li>
        ))}
      </ul>
      {issues.count > SHOWN_FIRST && (
        <div className="mt-1 text-sm">
          {shown > 0 && (
            <p className="break-words text-stone-700 dark:text-stone-300">
              All lines: {Array.from(issues.lines.subarray(0, shown)).join(', ')}
              {shown < issues.count && '…'}
            </p>
          )}
          <div className="mt-1 flex flex-wrap gap-3">
            {shown < issues.count && (
              <button
                type="button"
                onClick={() => setShown((s) => Math.min(issues.count, s + PAGE))}
                className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
              >
                {shown === 0
                  ? `Show every line number (${n(issues.count)})`
                  : `Show ${n(Math.min(PAGE, issues.count - shown))} more`}
              </button>
            )}
            {download && (
              <a
                href={download}
                download={`${fileName}.${label.toLowerCase().replace(/[^a-z]+/g, '-')}.txt`}
                className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
              >
                Download all {n(issues.count)} as a text file
              </a>
            )}
          </div>
        </div>
      )}
    </li>
  )
}

/** A row for each kind of error (or warning) a training report found, in the order of their kinds. */
export function IssueRows({ report, tone }: { report: TrainingReport; tone: 'error' | 'warning' }) {
  const found: Partial<Record<IssueKind, IssueList>> =
    tone === 'error' ? report.errors : report.warnings
  return (tone === 'error' ? ERROR_ORDER : WARNING_ORDER).map((kind) => {
    const issues = found[kind]
    return issues ? (
      <IssueRow
        key={kind}
        label={ISSUE_LABELS[kind]}
        issues={issues}
        tone={tone}
        fileName={report.fileName}
      />
    ) : null
  })
}
