import { useEffect, useMemo, useState } from 'react'
import {
  APPROACH_INFO,
  atAGlance,
  formatDay,
  formatUsdShort,
  pivotOf,
  withoutLead,
  type Answers,
  type Assumptions,
  type Recommendation,
  type Sensitivity,
} from '../../engine'
import {
  answersInWords,
  assumptionsInWords,
  changedAssumptionLine,
  estimateCells,
  formatRange,
  planSentence,
  shareLink,
} from './decision-summary'
import { QR_OPTIONS, qrPath } from './qr-code'

const STAGE_WORD = { now: 'Now', next: 'Next', later: 'Later' } as const
const BUDGET_WORD = { within: 'within', 'may-exceed': 'may exceed', over: 'over' } as const

/**
 * The link for paper: the share link with an empty query before its hash. A link that differs
 * from the page's own address only after '#' is a jump within the document to Chromium, so its
 * PDF would carry no web link at all; the empty query makes it another address, which every
 * static host serves as the same page.
 * @example paperHref('https://example.com/#/result?problem=tone') // 'https://example.com/?#/result?problem=tone'
 */
export function paperHref(link: string): string {
  const at = link.indexOf('#')
  if (at === -1 || link.slice(0, at).includes('?')) return link
  return `${link.slice(0, at)}?${link.slice(at)}`
}

type QrEncode = (typeof import('uqr'))['encode']
let qrEncode: QrEncode | null = null

/**
 * Fetches the QR encoder (uqr, about 8 KB, its own chunk and never the first screen's) so that
 * a brief built at print time can draw its code at once: the result page asks for it once it
 * has settled. Offline with a cold cache, say, the paper keeps the link in words and as a link.
 */
export function preloadQrEncoder(): Promise<QrEncode | null> {
  return import('uqr').then(({ encode }) => (qrEncode = encode)).catch(() => null)
}

/** The link as a QR code, drawn locally (synchronously once the encoder is here). */
function LinkQr({ link }: { link: string }) {
  const [loaded, setLoaded] = useState(qrEncode !== null)
  useEffect(() => {
    if (loaded) return
    let live = true
    void preloadQrEncoder().then((encode) => {
      if (live && encode) setLoaded(true)
    })
    return () => {
      live = false
    }
  }, [loaded])
  const qr = useMemo(() => {
    if (!loaded || !qrEncode) return null
    const { data, size } = qrEncode(link, QR_OPTIONS)
    return { size, path: qrPath(data) }
  }, [link, loaded])
  if (!qr) return null
  return (
    <svg
      role="img"
      aria-label="QR code of the link to this result"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      className="brief-qr"
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  )
}

export interface PrintBriefProps {
  query: string
  answers: Answers
  assumptions: Assumptions
  recommendation: Recommendation
  sensitivity: Sensitivity
}

/**
 * The printed brief: on paper it replaces the page, and stands on its own for someone who never
 * saw the app. The plan and its stages, how sure, costs against the budget, the assumptions
 * (defaults, and every changed one with its value), the key reasons and risks, every change that
 * would move the plan (or that none would), next steps, the answers, and the link as a link and
 * a QR code. The link and its code sit in the header, beside the headline: on page 1 whatever
 * the length, so a second page only ever holds the rest of the content. Hidden on screen.
 */
export function PrintBrief({
  query,
  answers,
  assumptions,
  recommendation,
  sensitivity,
}: PrintBriefProps) {
  const link = shareLink(window.location.origin, window.location.pathname, query)
  const glance = atAGlance(recommendation, answers)
  const pivot = pivotOf(sensitivity)
  const changed = assumptionsInWords(assumptions)
  const { given, open } = answersInWords(answers)
  const { ranking, stages, budget, stackReasons, nextSteps, estimates, stack } = recommendation
  const primary = ranking[0]
  const blockers = recommendation.bestFitBlocked
  const moves = [...sensitivity.changes, ...sensitivity.problemChanges]
  const usd = (r: { low: number; high: number }) => formatRange(r, formatUsdShort)
  return (
    <article className="print-brief">
      <p className="brief-meta">
        <span>RAG or Tune — decision brief</span>
        <span>{formatDay(new Date())}</span>
      </p>
      <header className="brief-head">
        <div>
          <h1 className="brief-title">{planSentence(recommendation, answers)}</h1>
          <p>
            <b>How sure:</b> {glance.confidence.text}
          </p>
          <p className="brief-link">
            <b>Open this result, and change any answer:</b> <a href={paperHref(link)}>{link}</a>
          </p>
        </div>
        <LinkQr link={link} />
      </header>

      <h2>The plan</h2>
      <ol className="brief-stages">
        {stages.map((s) => (
          <li key={s.when}>
            <b>
              {STAGE_WORD[s.when]}: {s.approaches.map((id) => APPROACH_INFO[id].name).join(' + ')}.
            </b>{' '}
            {withoutLead(s.trigger, 'sentence')}
          </li>
        ))}
      </ol>

      <h2>Costs</h2>
      <p>
        <b>One-time:</b> {usd(glance.oneTime)}, engineering included
        {budget &&
          `, ${BUDGET_WORD[budget.state]} the budget of ${budget.limit === null ? 'over $50k' : `up to ${formatUsdShort(budget.limit)}`}`}
        . <b>Running:</b> {usd(glance.monthly)} a month. <b>First version:</b>{' '}
        {estimateCells({ ...estimates[stack[0]], buildDays: glance.buildDays }).buildTime}.
      </p>
      <table className="brief-table">
        <thead>
          <tr>
            <th scope="col">Approach</th>
            <th scope="col">Score</th>
            <th scope="col">One-time</th>
            <th scope="col">Running</th>
            <th scope="col">Build time</th>
            <th scope="col">Upkeep</th>
          </tr>
        </thead>
        <tbody>
          {ranking.map((r) => {
            const c = estimateCells(estimates[r.approach])
            return (
              <tr key={r.approach}>
                <th scope="row">
                  {APPROACH_INFO[r.approach].name}
                  {stack.includes(r.approach) ? ' (plan)' : ''}
                </th>
                <td>{r.score}</td>
                <td>{c.oneTime}</td>
                <td>{c.monthly}</td>
                <td>{c.buildTime}</td>
                <td>{c.maintenance}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p>
        <b>Assumptions:</b>{' '}
        {changed.length === 0
          ? 'every cost assumption is the default (open the link to see and change them).'
          : `the defaults, except ${changed.length === 1 ? 'one changed' : `${changed.length} changed`}:`}
      </p>
      {changed.length > 0 && (
        <ul className="brief-list">
          {changed.map((c) => (
            <li key={c.id}>{changedAssumptionLine(c)}</li>
          ))}
        </ul>
      )}

      <h2>Why</h2>
      <ul className="brief-list">
        {primary.reasons.slice(0, 4).map((r) => (
          <li key={r.rule}>{r.text}</li>
        ))}
        {stackReasons.map((r) => (
          <li key={r.approach}>
            {APPROACH_INFO[r.approach].short} too: {r.text}
          </li>
        ))}
        {primary.reasons.length === 0 && stackReasons.length === 0 && (
          <li>No answer moved it yet: it is where every plan starts.</li>
        )}
      </ul>
      {primary.reasons.length > 4 && (
        <p className="brief-more">
          …and {primary.reasons.length - 4} more reasons behind the link.
        </p>
      )}

      <h2>Risks</h2>
      <ul className="brief-list">
        <li>{glance.risk}</li>
        {blockers
          .filter((b) => !glance.risk.includes(b.text))
          .map((b) => (
            <li key={b.gate}>
              {b.text} To unlock it: {b.unlock}.
            </li>
          ))}
      </ul>

      <h2>What would change the plan</h2>
      {moves.length === 0 && sensitivity.openQuestions.length === 0 ? (
        <p>{pivot.text}</p>
      ) : (
        <ul className="brief-list brief-columns">
          {moves.map((c) => (
            <li key={`${c.key}-${c.query}`}>{c.text}</li>
          ))}
          {sensitivity.openQuestions.map((q) => (
            <li key={q.key}>
              Not answered yet, could change it: {q.label} (could lead to{' '}
              {q.couldLeadTo.map((id) => APPROACH_INFO[id].name).join(' or ')}).
            </li>
          ))}
        </ul>
      )}

      <h2>Next steps</h2>
      <ol className="brief-list">
        {nextSteps.map((s) => (
          <li key={s.id}>
            <b>{s.title}.</b> {s.detail}
          </li>
        ))}
      </ol>

      <h2>The answers</h2>
      <ul className="brief-list brief-columns">
        {given.length === 0 && <li>No question answered yet: the plan rests on the defaults.</li>}
        {given.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {open.length > 0 && <p>Not answered: {open.join('; ')}.</p>}
    </article>
  )
}
