import { Link } from 'react-router'
import {
  APPROACH_INFO,
  answerText,
  questionLabel,
  type Answers,
  type Blocker,
  type RankedApproach,
  type Reason,
  type Recommendation,
  type Verdict,
  VERDICT_WORDS,
} from '../../engine'
import { paths, route } from '../../config/paths'
import { focusAnswer } from './answer-field'
import { InlineAnswer, useResultEditing, type ResultEditing } from './plan-change'
import { priorNote } from '../../engine/format/plan-sentence'
import { seenBefore } from '../../components/glossary/glossary'
import { TermText } from '../../components/glossary/term-text'
import { LazyDetails } from '../../components/lazy-details'

/** A verdict as a badge says it: 'Not advised'. */
const verdictLabel = (verdict: Verdict) =>
  VERDICT_WORDS[verdict].charAt(0).toUpperCase() + VERDICT_WORDS[verdict].slice(1)

/** Verdicts differ in shape and word, not only in colour. */
const VERDICT_STYLE: Record<Verdict, { badge: string; bar: string; mark: string }> = {
  recommended: {
    badge:
      'border-brand-700 bg-brand-50 text-brand-900 dark:border-brand-100 dark:bg-brand-900 dark:text-brand-50',
    bar: 'bg-brand-700 dark:bg-brand-100',
    mark: '✓',
  },
  viable: {
    badge:
      'border-stone-400 bg-stone-50 text-stone-800 dark:border-stone-500 dark:bg-stone-800 dark:text-stone-100',
    bar: 'bg-stone-500 dark:bg-stone-400',
    mark: '~',
  },
  'not-advised': {
    badge:
      'border-rose-700 border-dashed bg-rose-50 text-rose-900 dark:border-rose-300 dark:bg-rose-950 dark:text-rose-100',
    bar: 'bg-rose-700/70 dark:bg-rose-300/70',
    mark: '✕',
  },
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const style = VERDICT_STYLE[verdict]
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${style.badge}`}
    >
      <span aria-hidden="true">{style.mark}</span>
      {verdictLabel(verdict)}
    </span>
  )
}

/** Fit points a reason adds or takes: "+20", "−10", or "kept below LoRA" for the upgrade gate. */
export function effectText(reason: Reason): string {
  if (reason.points > 0) return `+${reason.points}`
  if (reason.points < 0) return `−${Math.abs(reason.points)}`
  return 'kept below LoRA'
}

/** Names a reason of one approach, so its answer's control can be found again. */
const reasonId = (approach: string, reason: Reason) => `${approach}-${reason.rule}`

/** Whether a change made beside a reason took that reason out of the primary's open card. */
function moved(editing: ResultEditing | null, ranking: Recommendation['ranking']): boolean {
  const inline = editing?.inline
  if (!inline || editing.edit?.where !== `reason:${inline.id}`) return false
  const primary = ranking[0]
  return !primary.reasons.some((r) => reasonId(primary.approach, r) === inline.id)
}

/**
 * Where a control opened beside a reason goes when the change removed that reason from the
 * primary's open card: to the top of the ranking, focused, with the plan's change beside it.
 */
function MovedAnswer({ ranking }: { ranking: Recommendation['ranking'] }) {
  const editing = useResultEditing()
  const inline = editing?.inline
  if (!inline || !moved(editing, ranking)) return null
  return (
    <div data-testid="moved-answer" className="mb-2 text-sm">
      <InlineAnswer answerKey={inline.key} id={inline.id} autoFocus />
      <button
        type="button"
        onClick={() => editing.setInline(null)}
        className="mt-1 rounded px-1 text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100"
      >
        Done
      </button>
    </div>
  )
}

function ReasonItem({
  reason,
  answers,
  approach,
  inlineMoved,
  seen,
}: {
  reason: Reason
  answers: Answers
  approach: string
  /** Glossary terms an earlier reason of the card already links. */
  seen: ReadonlySet<string> | undefined
  /** The control opened here moved to the top of the ranking (see `MovedAnswer`). */
  inlineMoved: boolean
}) {
  const positive = reason.points > 0
  const editing = useResultEditing()
  const id = reasonId(approach, reason)
  const open = editing?.inline?.id === id && !inlineMoved ? editing.inline.key : null
  return (
    <li className="border-t border-stone-200 py-1.5 text-sm first:border-t-0 dark:border-stone-800">
      <span
        className={`mr-1 inline-block min-w-10 font-semibold tabular-nums ${positive ? 'text-brand-800 dark:text-brand-100' : 'text-rose-800 dark:text-rose-200'}`}
      >
        {effectText(reason)}
      </span>
      <span aria-hidden="true">— </span>
      <TermText text={reason.text} seen={seen} />{' '}
      {reason.keys.map((key) => {
        // Scores (measured, target) have no control of their own here: they go to the panel.
        const inline = editing !== null && key !== 'measured' && key !== 'target'
        return (
          <span
            key={key}
            className="mr-2 inline-flex flex-wrap items-center gap-1 text-xs text-stone-600 dark:text-stone-400"
          >
            <span>
              Because of: {questionLabel(key)}:{' '}
              <span className="font-medium text-stone-800 dark:text-stone-200">
                {answerText(answers, key)}
              </span>
            </span>
            <button
              type="button"
              onClick={() =>
                inline ? editing.setInline(open === key ? null : { key, id }) : focusAnswer(key)
              }
              aria-label={`Change “${questionLabel(key)}”`}
              aria-expanded={inline ? open === key : undefined}
              className="no-print rounded px-1 text-brand-800 underline underline-offset-2 hover:text-brand-900 dark:text-brand-100"
            >
              {open === key ? 'Done' : 'Change'}
            </button>
          </span>
        )
      })}
      {open !== null && <InlineAnswer answerKey={open} id={id} />}
    </li>
  )
}

/** What stops an approach now, and what would lift it: as prominent as its reasons. */
export function BlockerList({
  blockers,
  answers,
}: {
  blockers: readonly Blocker[]
  answers: Answers
}) {
  if (blockers.length === 0) return null
  const blocked = blockers.some((b) => b.state === 'blocked')
  return (
    <div
      data-testid="blockers"
      className="mt-3 rounded-md border border-dashed border-rose-700/60 bg-rose-50/60 p-3 text-sm dark:border-rose-300/60 dark:bg-rose-950/40"
    >
      <p className="font-semibold">{blocked ? 'Not possible now:' : 'Not yet: it waits on'}</p>
      <ul className="mt-1 grid gap-1.5">
        {blockers.map((b) => (
          <li key={b.gate}>
            {b.text}{' '}
            <span className="text-stone-700 dark:text-stone-300">To unlock it: {b.unlock}.</span>
            {b.keys.map((key) => (
              <button
                key={key}
                type="button"
                onClick={() => focusAnswer(key)}
                aria-label={`Change “${questionLabel(key)}” (now: ${answerText(answers, key)})`}
                className="no-print ml-2 rounded px-1 text-xs text-brand-800 underline underline-offset-2 dark:text-brand-100"
              >
                Change {questionLabel(key).toLowerCase()}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Reasons shown before the rest of a long list is folded. */
const SHOWN_REASONS = 5

/** Score, fit, blockers and every reason of one approach: what "show why" opens. */
function ApproachWhy({
  item,
  answers,
  inlineMoved,
}: {
  item: RankedApproach
  answers: Answers
  inlineMoved: boolean
}) {
  const info = APPROACH_INFO[item.approach]
  const style = VERDICT_STYLE[item.verdict]
  // The heaviest reasons open; a long tail (two or more past the first five) behind one click.
  const cut = item.reasons.length > SHOWN_REASONS + 1 ? SHOWN_REASONS : item.reasons.length
  const shown = item.reasons.slice(0, cut)
  const rest = item.reasons.slice(cut)
  // A term is linked to the glossary where the card first mentions it.
  const seen = seenBefore(item.reasons.map((reason) => reason.text))
  const reasonItem = (reason: (typeof item.reasons)[number]) => (
    <ReasonItem
      key={`${reason.rule}-${reason.keys.join()}`}
      reason={reason}
      seen={seen[item.reasons.indexOf(reason)]}
      answers={answers}
      approach={item.approach}
      inlineMoved={inlineMoved}
    />
  )
  return (
    <>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{info.summary}</p>
      <div className="mt-3 flex items-center gap-3">
        <div
          aria-hidden="true"
          className="h-2.5 flex-1 overflow-hidden rounded-full border border-stone-300 bg-stone-100 dark:border-stone-700 dark:bg-stone-800"
        >
          <div className={`h-full ${style.bar}`} style={{ width: `${item.score}%` }} />
        </div>
        <p className="text-sm font-semibold tabular-nums">
          Score {item.score}
          <span className="font-normal text-stone-600 dark:text-stone-400"> / 100</span>
        </p>
      </div>
      <p className="mt-2 text-xs text-stone-600 dark:text-stone-400">
        Fit for your problem: {Math.round(item.fit)} points. {priorNote(item)}
      </p>
      <BlockerList blockers={item.blockers} answers={answers} />
      {item.reasons.length > 0 ? (
        <>
          <h4 className="sr-only">
            Why {info.short} scores {item.score}
          </h4>
          <ul className="mt-2">{shown.map(reasonItem)}</ul>
          {rest.length > 0 && (
            <LazyDetails
              className="mt-1"
              summary={
                <summary className="cursor-pointer text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100">
                  {rest.length} lighter reasons
                </summary>
              }
            >
              <ul>{rest.map(reasonItem)}</ul>
            </LazyDetails>
          )}
        </>
      ) : (
        <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          None of your answers moved this score.
        </p>
      )}
    </>
  )
}

/**
 * The four approaches, best first. The primary shows its reasons; every other one is a single
 * line (name, verdict, score) that opens on "show why".
 */
export function RankingList({
  ranking,
  answers,
}: {
  ranking: Recommendation['ranking']
  answers: Answers
}) {
  const inlineMoved = moved(useResultEditing(), ranking)
  return (
    <>
      <MovedAnswer ranking={ranking} />
      <ol data-testid="ranking" className="grid gap-2">
        {ranking.map((item, index) => {
          const info = APPROACH_INFO[item.approach]
          const title = (
            <>
              <span className="text-stone-500 dark:text-stone-400">{index + 1}. </span>
              {info.name}
            </>
          )
          // The first is the verdict, open; the others fold their reasons away.
          return (
            <li
              key={item.approach}
              data-approach={item.approach}
              aria-labelledby={`rank-${item.approach}`}
              className={
                index > 0
                  ? 'rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900'
                  : 'rounded-lg border-2 border-brand-700 bg-white p-4 dark:border-brand-100 dark:bg-stone-900'
              }
            >
              {index > 0 ? (
                <LazyDetails
                  className="group"
                  summary={
                    <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 rounded-lg px-4 py-2.5 hover:bg-stone-50 dark:hover:bg-stone-800">
                      <h3 id={`rank-${item.approach}`} className="font-semibold">
                        {title}
                      </h3>
                      <VerdictBadge verdict={item.verdict} />
                      <span className="text-sm tabular-nums">{item.score}/100</span>
                      <span className="ml-auto text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-100">
                        <span className="group-open:hidden">Show why</span>
                        <span className="hidden group-open:inline">Hide why</span>
                      </span>
                    </summary>
                  }
                >
                  <div className="px-4 pb-4">
                    <p className="text-sm">
                      <Link
                        to={route(paths.guideApproach.href(item.approach))}
                        className="text-brand-800 underline underline-offset-2 dark:text-brand-100"
                      >
                        Read the guide to {info.name}
                      </Link>
                    </p>
                    <ApproachWhy item={item} answers={answers} inlineMoved={inlineMoved} />
                  </div>
                </LazyDetails>
              ) : (
                <>
                  <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                    <h3 id={`rank-${item.approach}`} className="text-lg font-semibold">
                      <span className="text-stone-500 dark:text-stone-400">1. </span>
                      <Link
                        to={route(paths.guideApproach.href(item.approach))}
                        className="underline-offset-4 hover:underline"
                      >
                        {info.name}
                      </Link>
                    </h3>
                    <Link
                      to={route(paths.guideApproach.href(item.approach))}
                      aria-label={`${verdictLabel(item.verdict)}: read the guide to ${info.name}`}
                      className="rounded-full"
                    >
                      <VerdictBadge verdict={item.verdict} />
                    </Link>
                  </div>
                  <ApproachWhy item={item} answers={answers} inlineMoved={inlineMoved} />
                </>
              )}
            </li>
          )
        })}
      </ol>
    </>
  )
}
