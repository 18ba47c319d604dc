import { formatNumber as n, formatUsd, formatUsdRange, type Assumptions } from '../../engine'
import { corpusAnswer, corpusInPromptCost, ragQueryCost } from './carry'
import { CACHED_INPUT_SHARE, MODELS, SMALL_CORPUS_TOKENS, type ModelId } from './data.constants'
import type { DocumentsReport } from './data.types'
import { formatBytes } from './file-read'
import { forModel, formatTokens } from './token-count'
import { BODY_ROW, ColumnHead, TableHead } from '../../components/table'
import { ReportPart } from './file-check'

const LARGEST = 5

/** The documents' size in tokens, the largest files, and what the corpus costs a query. */
export function DocumentsReportView({
  report,
  model,
  assumptions,
}: {
  report: DocumentsReport
  model: ModelId
  assumptions: Assumptions
}) {
  const read = report.files.filter(
    (f): f is (typeof report.files)[number] & { tokens: number } => f.tokens !== null,
  )
  const notRead = report.files.filter((f) => f.tokens === null)
  const largest = [...read].sort((a, b) => b.tokens - a.tokens).slice(0, LARGEST)
  const total = forModel(report.totalTokens, model)
  const info = MODELS[model]
  const room = info.context - assumptions.inputTokens - assumptions.outputTokens
  const fits = total.tokens <= room
  const cost = corpusInPromptCost(report.totalTokens, assumptions)
  const rag = ragQueryCost(assumptions)

  return (
    <div className="grid gap-4">
      <p className="text-lg" data-testid="docs-total">
        <span className="font-semibold">{formatTokens(total)}</span> in {n(read.length)} file
        {read.length === 1 ? '' : 's'} ({formatBytes(report.totalBytes)})
        {notRead.length > 0 && `; ${n(notRead.length)} not read`}
      </p>
      <p data-testid="docs-fits">
        {fits
          ? `It fits in the context window of ${info.label} (${n(info.context)} tokens), with the question and answer of a query.`
          : `It does not fit in the context window of ${info.label} (${n(info.context)} tokens): only the relevant parts can go in a prompt, which is what RAG does.`}{' '}
        As the <code>corpus</code> answer: <strong>{corpusAnswer(report.totalTokens)}</strong>{' '}
        (small is under {n(SMALL_CORPUS_TOKENS)} tokens).
      </p>

      {largest.length > 0 && (
        <table className="w-full text-left text-sm" data-testid="docs-largest">
          <caption className="text-left font-semibold">The largest files</caption>
          <TableHead>
            <ColumnHead className="py-1 pr-3">File</ColumnHead>
            <ColumnHead className="py-1 text-right">Tokens</ColumnHead>
          </TableHead>
          <tbody>
            {largest.map((f) => (
              <tr key={f.path} className={BODY_ROW}>
                <td className="break-all py-1 pr-3">{f.path}</td>
                <td className="py-1 text-right tabular-nums">
                  {formatTokens(forModel(f.tokens, model))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {notRead.length > 0 && (
        <ReportPart id="docs-not-read" title="Not read">
          <ul className="mt-1 list-disc pl-6 text-sm" data-testid="docs-not-read">
            {notRead.map((f) => (
              <li key={f.path}>
                <span className="break-all font-medium">{f.path}</span>: {f.notRead}
              </li>
            ))}
          </ul>
        </ReportPart>
      )}

      {read.length > 0 && (
        <ReportPart id="docs-cost" title="A query with the whole corpus in the prompt, or with RAG">
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium">In the prompt</dt>
            <dd data-testid="cost-in-prompt">
              {formatUsd(cost.plain)} a query{!fits && ' (if it fitted)'}
            </dd>
            <dt className="font-medium">In the prompt, cached</dt>
            <dd>
              {formatUsdRange(cost.cached)} a query (cached input billed at{' '}
              {CACHED_INPUT_SHARE.low * 100}–{CACHED_INPUT_SHARE.high * 100}% of the input price,
              depending on the provider)
            </dd>
            <dt className="font-medium">With RAG</dt>
            <dd>
              {formatUsdRange(rag)} a query ({n(assumptions.ragExtraTokens.low)}–
              {n(assumptions.ragExtraTokens.high)} retrieved tokens)
            </dd>
          </dl>
          <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
            Assumptions, from the cost model (change them on the result page): input{' '}
            {formatUsd(assumptions.inputPricePerM)} and output{' '}
            {formatUsd(assumptions.outputPricePerM)} per 1M tokens, {n(assumptions.inputTokens)}{' '}
            input and {n(assumptions.outputTokens)} output tokens a query, embeddings{' '}
            {formatUsd(assumptions.embeddingPricePerM)} per 1M. Illustrative prices: check your
            provider’s.
          </p>
        </ReportPart>
      )}
    </div>
  )
}
