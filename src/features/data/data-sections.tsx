import { useEffect, useId, useState, type ChangeEvent } from 'react'
import { formatNumber, formatQuantity } from '../../engine'
import { corpusAnswer, examplesAnswer, withCorpus, withPrompt, withTraining } from './carry'
import { DocumentsReportView } from './documents-report'
import {
  button,
  CheckOutcome,
  DataSection,
  FileField,
  useFileCheck,
  type SectionProps,
} from './file-check'
import { forModel, formatTokens } from './token-count'
import { billing } from './training-figures'
import { TrainingReportView } from './training-report'
import { useDataWorker } from './use-data-worker'

// The data page's three sections: what each reads, and what it carries into the decision.

/** The training file: checked in the worker, its examples carried in as the `examples` answer. */
export function TrainingSection({ worker, model, decision, onCarry }: SectionProps) {
  const checker = useFileCheck(worker, (answer) =>
    answer.type === 'training' ? answer.report : undefined,
  )
  const inputId = useId()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (file) await checker.check({ kind: 'training', file })
  }

  const { report } = checker
  const bill = report ? billing(report, decision.assumptions.trainingPricePerM) : null
  return (
    <DataSection
      id="training-title"
      title="Training examples"
      help={
        <>
          A JSONL file, one example a line: OpenAI chat (<code>messages</code>, with tools and
          weights), prompt–completion pairs or ShareGPT (<code>conversations</code>). Up to 100 MB.
        </>
      }
    >
      <FileField
        id={inputId}
        label="Training file"
        className="mt-3"
        accept=".jsonl,.json,.txt,application/jsonl,application/json,text/plain"
        data-testid="training-file"
        onChange={(e) => void choose(e)}
      />
      <CheckOutcome
        checker={checker}
        jobLabel="Checking the training file"
        testId="training-report"
      >
        {report && (
          <TrainingReportView
            report={report}
            model={model}
            trainingPricePerM={decision.assumptions.trainingPricePerM}
          />
        )}
      </CheckOutcome>
      {report && bill && (
        <button
          type="button"
          className={`mt-4 ${button}`}
          disabled={report.validExamples === 0}
          onClick={() =>
            onCarry(
              withTraining(decision, {
                examples: report.validExamples,
                tokens: report.validTokens,
                epochs: bill.epochs,
              }),
              `Training examples: ${examplesAnswer(report.validExamples)} (${formatNumber(report.validExamples)} without errors); training set size ${formatQuantity(report.validTokens / 1e6)} million tokens; ${bill.epochs} epochs`,
            )
          }
        >
          Use these examples in the decision
        </button>
      )}
    </DataSection>
  )
}

/** The documents (files or a folder): read and counted, carried in as the `corpus` answer. */
export function DocumentsSection({ worker, model, decision, onCarry }: SectionProps) {
  const checker = useFileCheck(worker, (answer) =>
    answer.type === 'documents' ? answer.report : undefined,
  )
  const filesId = useId()
  const folderId = useId()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? [])
    if (files.length > 0) await checker.check({ kind: 'documents', files })
  }

  const { report } = checker
  return (
    <DataSection
      id="docs-title"
      title="Documents"
      help="The knowledge the model should use: text, Markdown, HTML, JSON, CSV or PDF files, or a whole folder."
    >
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <FileField
          id={filesId}
          label="Files"
          multiple
          data-testid="docs-files"
          onChange={(e) => void choose(e)}
        />
        <FileField
          id={folderId}
          label="Or a folder"
          multiple
          data-testid="docs-folder"
          {...{ webkitdirectory: '' }}
          onChange={(e) => void choose(e)}
        />
      </div>
      <CheckOutcome checker={checker} jobLabel="Reading the documents" testId="docs-report">
        {report && (
          <DocumentsReportView report={report} model={model} assumptions={decision.assumptions} />
        )}
      </CheckOutcome>
      {report && (
        <button
          type="button"
          className={`mt-4 ${button}`}
          onClick={() =>
            onCarry(
              withCorpus(decision, report.totalTokens),
              `Documents: corpus ${corpusAnswer(report.totalTokens)}; knowledge to index ${formatQuantity(report.totalTokens / 1e6)} million tokens`,
            )
          }
        >
          Use these documents in the decision
        </button>
      )}
    </DataSection>
  )
}

/** The prompt in use: its tokens counted as the user types, carried in as extra prompt tokens. */
export function PromptSection({ worker, model, decision, onCarry }: SectionProps) {
  const checker = useDataWorker(worker)
  const { run } = checker
  const [text, setText] = useState('')
  const [tokens, setTokens] = useState<number | null>(null)
  const id = useId()

  // Counted a moment after typing stops, in the worker like everything else.
  useEffect(() => {
    if (text.trim() === '') return
    const timer = setTimeout(() => {
      void run({ kind: 'prompt', text }).then((answer) => {
        if (answer?.type === 'prompt') setTokens(answer.tokens)
      })
    }, 300)
    return () => clearTimeout(timer)
  }, [text, run])

  const shown = text.trim() === '' ? null : tokens
  return (
    <DataSection
      id="prompt-title"
      title="The prompt in use"
      help="Paste your system prompt and few-shot examples: what prompt engineering adds to every query, and what a fine-tuned model would no longer need."
    >
      <label htmlFor={id} className="mt-3 block font-medium">
        System prompt and examples
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={6}
        data-testid="prompt-text"
        className="mt-1 w-full rounded border border-stone-300 bg-white p-2 font-mono text-sm dark:border-stone-700 dark:bg-stone-900"
      />
      <p className="mt-1" data-testid="prompt-tokens" aria-live="polite">
        {shown === null ? '' : formatTokens(forModel(shown, model))}
      </p>
      {shown !== null && (
        <button
          type="button"
          className={`mt-2 ${button}`}
          onClick={() =>
            onCarry(
              withPrompt(decision, shown),
              `Prompt: extra prompt tokens ${formatNumber(shown)} a query`,
            )
          }
        >
          Use as the extra prompt tokens
        </button>
      )}
    </DataSection>
  )
}
