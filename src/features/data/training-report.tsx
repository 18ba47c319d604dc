import { useMemo } from 'react'
import { formatNumber as n, formatUsd } from '../../engine'
import {
  ERROR_ORDER,
  ISSUE_LABELS,
  LAYOUT_LABELS,
  MODELS,
  WARNING_ORDER,
  type ModelId,
} from './data.constants'
import type { Layout, Spread, TrainingReport } from './data.types'
import { formatBytes } from './file-read'
import { IssueRow, IssueRows } from './issue-row'
import { forModel, formatTokens } from './token-count'
import { billing, overContext } from './training-figures'
import { BODY_ROW, ColumnHead, TableHead } from '../../components/table'
import { ReportPart } from './file-check'

const SPREAD_ROWS = [
  ['messages', 'Messages an example'],
  ['tokens', 'Tokens an example'],
  ['assistantTokens', 'Assistant tokens an example'],
] as const

/** What was found in a training file: layout, errors and warnings by line, spreads, billing. */
export function TrainingReportView({
  report,
  model,
  trainingPricePerM,
}: {
  report: TrainingReport
  model: ModelId
  trainingPricePerM: number
}) {
  const over = useMemo(() => overContext(report, model), [report, model])
  const bill = billing(report, trainingPricePerM)
  const layouts = (Object.keys(report.layoutCounts) as Layout[]).filter(
    (l) => report.layoutCounts[l] > 0,
  )
  const errorCount =
    ERROR_ORDER.reduce((s, k) => s + (report.errors[k]?.count ?? 0), 0) + (over?.count ?? 0)
  const estimated = MODELS[model].counting.kind === 'estimate'
  const { spreads } = report

  return (
    <div className="grid gap-5">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">File</dt>
        <dd>
          {report.fileName} ({formatBytes(report.bytes)}, {n(report.lines)} lines)
        </dd>
        <dt className="font-medium">Layout</dt>
        <dd data-testid="training-layout">
          {report.layout === null
            ? 'None found: no line is a training example'
            : layouts.length > 1
              ? `Mixed: ${layouts.map((l) => `${n(report.layoutCounts[l])} ${LAYOUT_LABELS[l]}`).join(', ')}`
              : LAYOUT_LABELS[report.layout]}
        </dd>
        <dt className="font-medium">Examples</dt>
        <dd data-testid="training-examples">
          {n(report.examples)} read, {n(report.validExamples)} without errors
        </dd>
      </dl>

      {layouts.length > 1 && (
        <p
          role="alert"
          className="rounded bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
        >
          This file mixes layouts. A fine-tuning job reads one layout a file: the lines in another
          layout than the first example’s are listed below as errors.
        </p>
      )}

      <ReportPart
        id="training-errors"
        title={errorCount === 0 ? 'No errors' : `Errors (${n(errorCount)})`}
      >
        <ul className="mt-2 grid gap-2">
          <IssueRows report={report} tone="error" />
          {over && (
            <IssueRow
              label={`${ISSUE_LABELS['over-context']} (${n(MODELS[model].context)} tokens${estimated ? ', estimated' : ''})`}
              issues={over}
              tone="error"
              fileName={report.fileName}
            />
          )}
        </ul>
      </ReportPart>

      <ReportPart id="training-warnings" title="Warnings">
        <ul className="mt-2 grid gap-2">
          <IssueRows report={report} tone="warning" />
        </ul>
        {WARNING_ORDER.every((k) => !report.warnings[k]) && (
          <p className="text-sm text-stone-600 dark:text-stone-400">None.</p>
        )}
      </ReportPart>

      {spreads && (
        <div
          role="region"
          aria-labelledby="spread-caption"
          tabIndex={0}
          className="overflow-x-auto"
        >
          <table className="w-full min-w-[32rem] text-left text-sm" data-testid="training-spreads">
            <caption id="spread-caption" className="text-left font-semibold">
              The examples without errors ({n(report.validExamples)}): min, 5th percentile, median,
              95th percentile, max
            </caption>
            <TableHead>
              <ColumnHead className="py-1 pr-3">Per example</ColumnHead>
              {['min', 'p5', 'median', 'p95', 'max'].map((h) => (
                <ColumnHead key={h} className="px-2 py-1 text-right">
                  {h}
                </ColumnHead>
              ))}
            </TableHead>
            <tbody>
              {SPREAD_ROWS.map(([key, label]) => {
                const s: Spread = spreads[key]
                return (
                  <tr key={key} data-spread={key} className={BODY_ROW}>
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {label}
                    </th>
                    {[s.min, s.p5, s.median, s.p95, s.max].map((v, i) => (
                      <td key={i} className="px-2 py-1 text-right tabular-nums">
                        {n(v)}
                      </td>
                    ))}
                  </tr>
                )
              })}
            </tbody>
          </table>
          <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            Tokens counted exactly with OpenAI’s o200k_base encoding, framed as OpenAI counts a chat
            (3 tokens a message and 3 to prime the answer; tool definitions as their JSON text).
          </p>
        </div>
      )}

      <dl
        className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
        data-testid="training-billing"
      >
        <dt className="font-medium">Training tokens</dt>
        <dd>
          {formatTokens(forModel(report.validTokens, model))} in the {n(report.validExamples)}{' '}
          examples without errors
        </dd>
        <dt className="font-medium">Default epochs</dt>
        <dd>
          {bill.epochs} (OpenAI’s default: 3, adjusted so that examples × epochs stays within 100
          and 25,000)
        </dd>
        <dt className="font-medium">Billed a run</dt>
        <dd data-testid="billed-tokens">
          {n(bill.tokens)} tokens × {formatUsd(trainingPricePerM)} per 1M (the managed training
          price assumption) = <span className="font-semibold">{formatUsd(bill.usd)}</span>
        </dd>
      </dl>
    </div>
  )
}
