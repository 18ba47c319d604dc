import { useEffect, useId, useMemo, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { DEFAULT_ASSUMPTIONS, type AnswerKey } from '../../engine'
import { useAnswersStore } from '../../store/answers-store'
import { decisionQuery, readDecision, type Decision } from './carry'
import { DEFAULT_MODEL, MODEL_IDS, MODELS, type ModelId } from './data.constants'
import { DocumentsSection, PromptSection, TrainingSection } from './data-sections'
import { section } from './file-check'
import { DataWorkerClient } from './use-data-worker'

export interface DataLinks {
  /** This page with a decision's query (hash route without '#'). */
  self: (query: string) => string
  /** The result page of a decision's query, as an href. */
  result: (query: string) => string
  /** A questionnaire step, as an href. */
  step: (key: AnswerKey) => string
}

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
