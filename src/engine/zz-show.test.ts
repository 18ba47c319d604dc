import { it } from 'vitest'
import { recommend } from './decision/recommend'
import { parseAnswers } from './codec/codec'
import { analyseSensitivity } from './decision/sensitivity'
const QS = (process.env.QS ?? '').split('|')
it('shows', () => {
  for (const q of QS) {
    const r = recommend(parseAnswers(q).answers)
    console.log('\n### ' + q)
    console.log('stack', r.stack, 'bestFit', r.bestFit, 'conf', r.confidence.level, r.confidence.text)
    for (const x of r.ranking) console.log(' ', x.approach, x.score, x.verdict, 'fit', x.fit, x.feasibility, x.blockers.map((b) => b.gate).join(','), '|', x.reasons.map((y) => `${y.rule}(${y.points})`).join(' '))
    for (const s of r.stages) console.log('  stage', s.when, s.approaches, s.trigger)
    console.log('  bestFitBlocked', r.bestFitBlocked.map((b) => b.unlock))
    console.log('  budget', r.budget?.text)
    console.log('  next', r.nextSteps.map((s) => s.id + ': ' + s.title))
    if (process.env.SENS) { const s = analyseSensitivity(parseAnswers(q).answers); console.log('  changes', s.changes.map((c) => c.text)); console.log('  problemChanges', s.problemChanges.length) }
  }
})
