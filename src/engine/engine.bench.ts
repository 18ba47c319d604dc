import { bench, describe } from 'vitest'
import { parseAnswers, serializeAnswers } from './codec/codec'
import { planOf, recommend } from './decision/recommend'
import { analyseSensitivity } from './decision/sensitivity'

// A realistic, fully answered questionnaire (case 8 of the spec plus every other key).
const FULL =
  'problem=voice,knowledge&freshness=frequent&citations=yes&corpus=large&examples=500to5k&baseline=prompt-rag&reliability=high&volume=high&latency=relaxed&team=some&budget=1kto10k&hosting=managed-ft&churn=unlikely&depth=surface'
const answers = parseAnswers(FULL).answers

describe('engine', () => {
  bench('recommend (full answer set)', () => {
    recommend(answers)
  })
  bench('planOf (the plan alone, as what-if analyses run it)', () => {
    planOf(answers)
  })
  bench('analyseSensitivity (what would change the answer)', () => {
    analyseSensitivity(answers)
  })
  bench('parseAnswers + serializeAnswers (share link)', () => {
    serializeAnswers(parseAnswers(FULL).answers)
  })
})
