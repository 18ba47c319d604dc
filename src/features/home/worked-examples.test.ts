import { describe, expect, it } from 'vitest'
import { parseAnswers } from '../../engine/codec/codec'
import { recommend } from '../../engine/decision/recommend'
import { WORKED_EXAMPLES } from './worked-examples.data'

describe('the worked examples on the home page', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.id, e] as const))(
    '%s: its link opens the plan its card promises',
    (_, example) => {
      const { answers, problems } = parseAnswers(example.query)
      expect(problems).toEqual([])
      const result = recommend(answers)
      expect(result.stack).toEqual(example.plan)
      // A clear lead: the example shows a typical verdict, not a close call.
      expect(result.confidence.level).toBe('clear')
      const later = result.stages.filter((s) => s.when !== 'now').flatMap((s) => s.approaches)
      if (example.later) expect(later).toContain(example.later)
    },
  )
})
