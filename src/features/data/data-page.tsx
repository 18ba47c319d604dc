import { startTransition, useEffect, useId, useMemo, useState, type ChangeEvent } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { DEFAULT_ASSUMPTIONS, formatNumber, formatQuantity, type AnswerKey } from '../../engine'
import { useAnswersStore } from '../../store/answers-store'
import {
  corpusAnswer,
  decisionQuery,
  examplesAnswer,
  readDecision,
  withCorpus,
  withPrompt,
  withTraining,
  type Decision,
} from './carry'
import { DEFAULT_MODEL, MODEL_IDS, MODELS, type ModelId } from './data.constants'
import type { DocumentsReport, TrainingReport } from './data.types'
import { DocumentsReportView } from './documents-report'
import { JobProgress } from './job-progress'
import { forModel, formatTokens } from './token-count'
import { billing } from './training-figures'
import { TrainingReportView } from './training-report'
import { DataWorkerClient, useDataWorker } from './use-data-worker'

export interface DataLinks {
  /** This page with a decision's query (hash route without '#'). */
  self: (query: string) => string
  /** The result page of a decision's query, as an href. */
  result: (query: string) => string
  /** A questionnaire step, as an href. */
  step: (key: AnswerKey) => string
}

type Outcome<R> =
  { state: 'idle' } | { state: 'failed'; reason: string } | { state: 'done'; report: R }

const button =
  'rounded-lg bg-brand-700 px-4 py-2 font-medium text-white shadow-sm hover:bg-brand-800 disabled:opacity-50'
const fileInput =
  'block w-full max-w-md text-sm file:mr-3 file:rounded file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5 file:font-medium hover:file:bg-stone-100 dark:file:border-stone-700 dark:file:bg-stone-900'
const section = 'rounded-lg border border-stone-200 p-4 sm:p-6 dark:border-stone-800'

/**
 * `#/data`: the team's own files, checked in this browser (a Web Worker reads and counts them;
 * nothing is uploaded), and what they show carried into the decision when the user says so.
 * The decision is this page's query (a result link's), or the questionnaire's answers.
 */
export function DataPage({ links }: { links: DataLinks }) {
  const { search } = useLocation()
  const navigate = useNavigate()
  const stored = useAnswersStore((s) => s.answers)
  const setAnswer = useAnswersStore((s) => s.setAnswer)
  const decision = useMemo<Decision>(
    () => (search ? readDecision(search) : { answers: stored, assumptions: DEFAULT_ASSUMPTIONS }),
    [search, stored],
  )
  const [model, setModel] = useState<ModelId>(DEFAULT_MODEL)
  const [carried, setCarried] = useState<string[]>([])
  // One worker for the three sections, so the tokenizer loads once; it stops when the page goes.
  const [worker] = useState(() => new DataWorkerClient())
  useEffect(() => () => worker.terminate(), [worker])
  const modelId = useId()

  const carry = (next: Decision, note: string, keys: AnswerKey[]) => {
    for (const key of keys) setAnswer(key, next.answers[key])
    setCarried((list) => [...list.filter((x) => x.split(':')[0] !== note.split(':')[0]), note])
    void navigate(links.self(decisionQuery(next)), { replace: true })
  }

  const query = decisionQuery(decision)
  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">Check your own data</h1>
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          Choose your training examples, your documents and the prompt you use: they are read and
          counted here, in this browser. Nothing is uploaded. What they show goes into the decision
          only when you say so.
        </p>
        <p className="mt-3 flex flex-wrap items-center gap-2">
          <label htmlFor={modelId} className="font-medium">
            Model
          </label>
          <select
            id={modelId}
            value={model}
            onChange={(e) => setModel(e.target.value as ModelId)}
            className="rounded border border-stone-300 bg-white px-2 py-1 dark:border-stone-700 dark:bg-stone-900"
          >
            {MODEL_IDS.map((id) => (
              <option key={id} value={id}>
                {MODELS[id].label}
              </option>
            ))}
          </select>
          <span className="text-sm text-stone-600 dark:text-stone-400">
            {MODELS[model].counting.kind === 'exact'
              ? 'Tokens counted exactly (o200k_base).'
              : `Tokens estimated from OpenAI’s count (±${MODELS[model].counting.errorPct}%): no tokenizer for this family runs here.`}
          </span>
        </p>
      </header>

      <TrainingSection
        worker={worker}
        model={model}
        decision={decision}
        onCarry={(next, note) => carry(next, note, ['examples'])}
      />
      <DocumentsSection
        worker={worker}
        model={model}
        decision={decision}
        onCarry={(next, note) => carry(next, note, ['corpus'])}
      />
      <PromptSection
        worker={worker}
        model={model}
        decision={decision}
        onCarry={(next, note) => carry(next, note, [])}
      />

      <section aria-labelledby="data-decision" className={section}>
        <h2 id="data-decision" className="text-xl font-semibold">
          Your decision with these figures
        </h2>
        {carried.length > 0 ? (
          <ul className="mt-2 list-disc pl-6" data-testid="carried">
            {carried.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            Nothing carried in yet: the result uses your answers and the default assumptions.
          </p>
        )}
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          <a
            href={links.result(query)}
            data-testid="data-result-link"
            className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-100"
          >
            See the result
          </a>
          <a
            href={links.step('baseline')}
            className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-100"
          >
            Say what you have tried and measured
          </a>
        </p>
      </section>
    </div>
  )
}

interface SectionProps {
  worker: DataWorkerClient
  model: ModelId
  decision: Decision
  onCarry: (next: Decision, note: string) => void
}

function TrainingSection({ worker, model, decision, onCarry }: SectionProps) {
  const checker = useDataWorker(worker)
  const [outcome, setOutcome] = useState<Outcome<TrainingReport>>({ state: 'idle' })
  const inputId = useId()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    if (!file) return
    setOutcome({ state: 'idle' })
    const answer = await checker.run({ kind: 'training', file })
    // Rendered in a transition: React renders a large report in slices, not one long task.
    if (answer?.type === 'training')
      startTransition(() => setOutcome({ state: 'done', report: answer.report }))
    else if (answer?.type === 'failed') setOutcome({ state: 'failed', reason: answer.reason })
  }

  const report = outcome.state === 'done' ? outcome.report : null
  const bill = report ? billing(report, decision.assumptions.trainingPricePerM) : null
  return (
    <section aria-labelledby="training-title" className={section}>
      <h2 id="training-title" className="text-xl font-semibold">
        Training examples
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        A JSONL file, one example a line: OpenAI chat (<code>messages</code>, with tools and
        weights), prompt–completion pairs or ShareGPT (<code>conversations</code>). Up to 100 MB.
      </p>
      <label htmlFor={inputId} className="mt-3 block font-medium">
        Training file
      </label>
      <input
        id={inputId}
        type="file"
        accept=".jsonl,.json,.txt,application/jsonl,application/json,text/plain"
        data-testid="training-file"
        onChange={(e) => void choose(e)}
        className={`mt-1 ${fileInput}`}
      />
      {checker.job && (
        <JobProgress
          job={checker.job}
          label="Checking the training file"
          onCancel={checker.cancel}
        />
      )}
      <div data-testid="training-report" aria-live="polite" className="mt-4">
        {outcome.state === 'failed' && (
          <p
            role="alert"
            className="rounded bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {outcome.reason}
          </p>
        )}
        {report && (
          <TrainingReportView
            report={report}
            model={model}
            trainingPricePerM={decision.assumptions.trainingPricePerM}
          />
        )}
      </div>
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
    </section>
  )
}

function DocumentsSection({ worker, model, decision, onCarry }: SectionProps) {
  const checker = useDataWorker(worker)
  const [outcome, setOutcome] = useState<Outcome<DocumentsReport>>({ state: 'idle' })
  const filesId = useId()
  const folderId = useId()

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? [])
    if (files.length === 0) return
    setOutcome({ state: 'idle' })
    const answer = await checker.run({ kind: 'documents', files })
    if (answer?.type === 'documents')
      startTransition(() => setOutcome({ state: 'done', report: answer.report }))
    else if (answer?.type === 'failed') setOutcome({ state: 'failed', reason: answer.reason })
  }

  const report = outcome.state === 'done' ? outcome.report : null
  return (
    <section aria-labelledby="docs-title" className={section}>
      <h2 id="docs-title" className="text-xl font-semibold">
        Documents
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        The knowledge the model should use: text, Markdown, HTML, JSON, CSV or PDF files, or a whole
        folder.
      </p>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={filesId} className="block font-medium">
            Files
          </label>
          <input
            id={filesId}
            type="file"
            multiple
            data-testid="docs-files"
            onChange={(e) => void choose(e)}
            className={`mt-1 ${fileInput}`}
          />
        </div>
        <div>
          <label htmlFor={folderId} className="block font-medium">
            Or a folder
          </label>
          <input
            id={folderId}
            type="file"
            multiple
            data-testid="docs-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => void choose(e)}
            className={`mt-1 ${fileInput}`}
          />
        </div>
      </div>
      {checker.job && (
        <JobProgress job={checker.job} label="Reading the documents" onCancel={checker.cancel} />
      )}
      <div data-testid="docs-report" aria-live="polite" className="mt-4">
        {outcome.state === 'failed' && (
          <p
            role="alert"
            className="rounded bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950 dark:text-red-100"
          >
            {outcome.reason}
          </p>
        )}
        {report && (
          <DocumentsReportView report={report} model={model} assumptions={decision.assumptions} />
        )}
      </div>
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
    </section>
  )
}

function PromptSection({ worker, model, decision, onCarry }: SectionProps) {
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
    <section aria-labelledby="prompt-title" className={section}>
      <h2 id="prompt-title" className="text-xl font-semibold">
        The prompt in use
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Paste your system prompt and few-shot examples: what prompt engineering adds to every query,
        and what a fine-tuned model would no longer need.
      </p>
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
    </section>
  )
}
