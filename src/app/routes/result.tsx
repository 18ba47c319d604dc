import { memo, useEffect, useMemo, useState } from 'react'
import { ANSWER_KEYS, pivotOf } from '../../engine'
import { CostSection } from '../../features/cost/cost-section'
import { SaveDecision } from '../../features/decisions/save-decision'
import { AnswersPanel } from '../../features/result/answers-panel'
import { BadLinkNotice } from '../../features/result/bad-link-notice'
import { NextStepsList } from '../../features/result/next-steps-list'
import { useOpenInQuestionnaire } from '../../features/result/open-in-questionnaire'
import { PlanHeadline, RESULT_HEADING_ID } from '../../features/result/plan-headline'
import {
  planChangeText,
  ResultEditingProvider,
  type ResultEditing,
} from '../../features/result/plan-change'
import { RankingList } from '../../features/result/ranking-list'
import { Fold, JumpLinks } from '../../features/result/jump-links'
import { firstFixableKey } from '../../features/result/read-result'
import { ResultCharts } from '../../features/result/result-charts'
import { useResult } from '../../features/result/use-result'
import { WhatWouldChange } from '../../features/result/what-would-change'
import { preloadQrEncoder, PrintBrief } from '../../features/share/print-brief'
import { usePrintRequested } from '../../components/use-print-requested'
import { ShareBar } from '../../features/share/share-bar'
import { paths } from '../../config/paths'

// Rendered from the deferred result: skipped while only the urgent part of the page changes.
const Costs = memo(CostSection)
const Brief = memo(PrintBrief)

/** Holds the place of the deferred sections on the very first paint. */
const Pending = () => <div aria-hidden="true" className="min-h-48" />

/**
 * `#/result?<answers>`: the ranking, the plan and why, what would change it, and what it costs.
 * The URL is the only input; features of their own (share, save, costs) are mounted here.
 */
export default function ResultRoute() {
  const { current, ranked, settled, setAnswer, setAssumptions, cleanLink, edit, undo } = useResult()
  const { answers, assumptions, ignored, recommendation, query } = current
  const questionnaire = useOpenInQuestionnaire(answers)
  const kept = ANSWER_KEYS.filter((k) => answers[k] !== undefined).length
  // What would change it is worked out with the deferred sections; shown once it matches.
  const pivot = useMemo(
    () => (settled && settled.query === current.query ? pivotOf(settled.sensitivity) : null),
    [settled, current.query],
  )

  const printing = usePrintRequested()
  // The brief's QR encoder, fetched once the page has settled so printing need not wait for it.
  const hasSettled = settled !== null
  useEffect(() => {
    if (hasSettled) void preloadQrEncoder()
  }, [hasSettled])

  const [inline, setInline] = useState<ResultEditing['inline']>(null)
  const editing = useMemo(
    () => ({ answers, setAnswer, edit, undo, inline, setInline }),
    [answers, setAnswer, edit, undo, inline],
  )

  return (
    <ResultEditingProvider value={editing}>
      <div>
        {/* Says what a change made on the page did to the plan, wherever the change was made. */}
        <p aria-live="polite" className="sr-only">
          {edit ? planChangeText(edit) : ''}
        </p>
        {/* Paper only (it replaces the page there), and not cheap to build: built when the page
          is first about to print, from the deferred sections. */}
        {settled && printing && (
          <Brief
            query={settled.query}
            answers={settled.answers}
            assumptions={settled.assumptions}
            recommendation={settled.recommendation}
            sensitivity={settled.sensitivity}
          />
        )}
        {ignored.length > 0 && (
          <BadLinkNotice
            ignored={ignored}
            kept={kept}
            onFix={() => questionnaire.open(firstFixableKey(ignored) ?? 'problem')}
            onClean={() => {
              cleanLink()
              // The notice (and the button) goes away: keep focus on the page, at its heading.
              document.getElementById(RESULT_HEADING_ID)?.focus()
            }}
          />
        )}

        <header className="print-avoid-break">
          <PlanHeadline
            recommendation={recommendation}
            answers={answers}
            pivot={pivot}
            assumptionsQuery={current.assumptionsQuery}
          />
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <ShareBar
              query={query}
              answers={answers}
              assumptions={assumptions}
              recommendation={recommendation}
            />
            <SaveDecision query={query} recommendation={recommendation} />
            <button
              type="button"
              onClick={() => questionnaire.open('problem')}
              className="no-print rounded border border-stone-300 px-3 py-2 text-sm font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
            >
              Edit these answers in the questionnaire
            </button>
            <a
              href={paths.map.href(query)}
              className="no-print px-1 text-sm font-medium text-brand-800 underline underline-offset-4 dark:text-brand-100"
            >
              See it on the map
            </a>
            <a
              href={paths.data.href(query)}
              className="no-print px-1 text-sm font-medium text-brand-800 underline underline-offset-4 dark:text-brand-100"
            >
              Check your own data
            </a>
          </div>
          <JumpLinks />
        </header>

        <div className="mt-8 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="grid min-w-0 content-start gap-6">
            <section aria-labelledby="ranking-title">
              <h2 id="ranking-title" className="text-xl font-semibold">
                How the four approaches rank
              </h2>
              <p className="mt-1 mb-3 text-sm text-stone-600 dark:text-stone-400">
                Best first; every reason names the answer behind it.
              </p>
              {ranked ? (
                <RankingList ranking={recommendation.ranking} answers={answers} />
              ) : (
                <Pending />
              )}
            </section>
            {settled ? (
              <>
                <WhatWouldChange
                  sensitivity={settled.sensitivity}
                  assumptionsQuery={settled.assumptionsQuery}
                />
                <NextStepsList steps={settled.recommendation.nextSteps} />
              </>
            ) : (
              <Pending />
            )}
          </div>
          <aside className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
            <AnswersPanel answers={answers} onChange={setAnswer} />
          </aside>
        </div>

        <div className="mt-8">
          {/* A link that carries its own cost assumptions was shared for its costs: open. */}
          <Fold
            id="costs"
            initiallyOpen={current.assumptionsQuery !== ''}
            summary={
              <>
                <h2 className="inline text-lg font-semibold">What it costs</h2>
                <span className="block text-sm text-stone-600 dark:text-stone-400">
                  The four approaches compared, costs over time and every assumption behind them
                </span>
              </>
            }
          >
            {settled ? (
              <>
                <ResultCharts
                  estimates={settled.recommendation.estimates}
                  stack={settled.recommendation.stack}
                  answers={settled.answers}
                  assumptions={settled.assumptions}
                />
                <div className="mt-10">
                  <Costs
                    answers={settled.answers}
                    assumptions={settled.assumptions}
                    recommendation={settled.recommendation}
                    onAssumptionsChange={setAssumptions}
                  />
                </div>
              </>
            ) : (
              <Pending />
            )}
          </Fold>
        </div>
        {questionnaire.dialog}
      </div>
    </ResultEditingProvider>
  )
}
