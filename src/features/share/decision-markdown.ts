import {
  analyseSensitivity,
  APPROACH_INFO,
  compareCosts,
  VERDICT_WORDS,
  withoutLead,
} from '../../engine'
import { pricesSourceLine } from '../../engine/cost/prices/price-catalog'
import {
  answersInWords,
  assumptionsInWords,
  changedAssumptionLine,
  estimateCells,
  isoDate,
  keyReasons,
  planSentence,
  planTitle,
  reasonEffect,
  type DecisionExportInput,
} from './decision-summary'

/** Reasons shown per approach: enough to explain, short enough for a chat. */
export const MARKDOWN_REASONS = 3
const STAGE_WORD = { now: 'Now', next: 'Next', later: 'Later' } as const

/** Text inside a table cell: no pipe or line break may end the cell early. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

/**
 * The decision as Markdown for a design doc, a ticket or a chat: headings, the plan in one
 * sentence, a short ranking table, the key reasons, the answers, the estimates, the assumptions
 * changed from the defaults, costs over time, what would change the answer, the next steps and the link. Pure.
 * @example decisionMarkdown({ answers, assumptions, recommendation, link, date })
 * // '# Decision: LoRA fine-tuning + RAG\n\nBuild LoRA fine-tuning with …'
 */
export function decisionMarkdown(input: DecisionExportInput): string {
  const { answers, assumptions, recommendation, link, date } = input
  const { ranking, stackReasons, estimates, nextSteps, confidence, stages, budget } = recommendation
  const lines: string[] = []
  const push = (...more: string[]) => lines.push(...more)

  push(
    `# Decision: ${planTitle(recommendation)}`,
    '',
    `**${planSentence(recommendation, answers)}**`,
    '',
    `Made with RAG or Tune on ${isoDate(date)} · [open the full result](${link})`,
    '',
    `**How sure:** ${confidence.text}`,
    '',
    '## The plan in stages',
    '',
    ...stages.map(
      (s) =>
        `- **${STAGE_WORD[s.when]}: ${s.approaches.map((id) => APPROACH_INFO[id].name).join(' + ')}.** ${withoutLead(s.trigger, 'sentence')}`,
    ),
  )
  if (
    recommendation.bestFitBlocked.length > 0 &&
    !recommendation.stack.includes(recommendation.bestFit)
  ) {
    push(
      '',
      `${APPROACH_INFO[recommendation.bestFit].name} fits the problem best but is not possible now. What would unlock it:`,
      '',
      ...recommendation.bestFitBlocked.map((b) => `- ${b.unlock} (${b.text})`),
    )
  }
  if (budget) push('', budget.text)
  push(
    '',
    '## Ranking',
    '',
    '| # | Approach | Score | Verdict |',
    '| --- | --- | ---: | --- |',
    ...ranking.map(
      (r, i) =>
        `| ${i + 1} | ${cell(APPROACH_INFO[r.approach].name)} | ${r.score} | ${VERDICT_WORDS[r.verdict]} |`,
    ),
    '',
    '## Why',
  )
  for (const r of ranking) {
    push('', `**${APPROACH_INFO[r.approach].name}** (${r.score}/100)`, '')
    const inPlan = stackReasons.find((s) => s.approach === r.approach)
    if (inPlan) push(`- In the plan: ${inPlan.text}`)
    const reasons = keyReasons(r, MARKDOWN_REASONS)
    if (reasons.length === 0 && !inPlan) push('- No answer moved it from where it starts.')
    for (const reason of reasons) {
      const effect = reasonEffect(reason)
      push(`- ${effect ? `(${effect}) ` : ''}${reason.text}`)
    }
    const more = r.reasons.length - reasons.length
    if (more > 0) push(`- …and ${more} more in the full result.`)
  }

  const { given, open } = answersInWords(answers)
  push('', '## Answers', '')
  if (given.length === 0) push('- No question answered yet: the plan rests on the defaults.')
  push(...given.map((line) => `- ${line}`))
  if (open.length > 0) push('', `Not answered: ${open.join('; ')}.`)

  push(
    '',
    '## Estimates',
    '',
    '| Approach | One-time | Running | Build time | Maintenance |',
    '| --- | --- | --- | --- | --- |',
    ...ranking.map((r) => {
      const c = estimateCells(estimates[r.approach])
      return `| ${cell(APPROACH_INFO[r.approach].name)} | ${c.oneTime} | ${c.monthly} | ${c.buildTime} | ${c.maintenance} |`
    }),
    '',
    'Low–high ranges in USD from the stated assumptions; adjust them in the app through the link.',
    '',
    pricesSourceLine(assumptions),
    '',
    '## Assumptions',
    '',
  )
  const changed = assumptionsInWords(assumptions)
  if (changed.length === 0) push('Every cost assumption is the default.')
  else
    push(
      `The defaults, except ${changed.length === 1 ? 'one changed' : `${changed.length} changed`}:`,
      '',
      ...changed.map((c) => `- ${changedAssumptionLine(c)}`),
    )
  const { sentences } = compareCosts(answers, assumptions)
  if (sentences.length > 0) push('', ...sentences.map((sentence) => `- ${sentence}`))

  const { changes, problemChanges, openQuestions } = analyseSensitivity(answers, assumptions)
  push('', '## What would change the answer', '')
  if (changes.length === 0) push('- No other answer to a single question would change this plan.')
  push(...changes.map((c) => `- ${c.text}`))
  if (openQuestions.length > 0) {
    push(`- Still open and could change it: ${openQuestions.map((q) => q.label).join('; ')}.`)
  }
  if (problemChanges.length > 0) {
    push('', 'If the problem were different:', '', ...problemChanges.map((c) => `- ${c.text}`))
  }

  push('', '## Next steps', '')
  push(...nextSteps.map((s, i) => `${i + 1}. **${s.title}.** ${s.detail}`))

  push('', '---', '', `Link to this result: ${link}`, '')
  return lines.join('\n')
}
