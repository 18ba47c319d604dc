import { at, formatNumber } from '../../engine'
import { FIRST_LINES_KEPT, MODELS, type ModelId } from './data.constants'
import type { IssueList, TrainingReport } from './data.types'
import { forModel } from './token-count'
import { defaultEpochs } from './training-stats'

/**
 * The examples over a model's context window, from the exact counts (times the estimate factor
 * for a model whose tokenizer is not OpenAI's); null when none is.
 */
export function overContext(report: TrainingReport, model: ModelId): IssueList | null {
  const limit = MODELS[model].context
  const lines: number[] = []
  const first: IssueList['first'] = []
  // A plain loop over the counts (a file can hold 100k examples): only the examples over the
  // limit are converted and described.
  const counts = report.exampleTokens
  for (let i = 0; i < counts.length; i++) {
    const t = forModel(at(counts, i), model)
    if (t.tokens <= limit) continue
    const line = at(report.exampleLines, i)
    lines.push(line)
    if (first.length < FIRST_LINES_KEPT)
      first.push({
        line,
        detail: `${t.exact ? '' : '≈ '}${formatNumber(t.tokens)} tokens, over ${formatNumber(limit)}`,
      })
  }
  return lines.length ? { count: lines.length, lines: Int32Array.from(lines), first } : null
}

/** What one training run is billed for: the valid examples × the default number of epochs. */
export function billing(report: TrainingReport, trainingPricePerM: number) {
  const epochs = defaultEpochs(report.validExamples)
  const tokens = report.validTokens * epochs
  return { epochs, tokens, usd: (tokens / 1e6) * trainingPricePerM }
}
