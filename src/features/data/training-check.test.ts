import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { describe, expect, it } from 'vitest'
import type { TrainingReport } from './data.types'
import { TrainingCheck } from './training-check'
import { at, must } from '../../engine'

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8')

function check(text: string, count: (t: string) => number = (t) => countTokens(t)) {
  const run = new TrainingCheck(count, 'train.jsonl', text.length)
  // The worker feeds the lines of a file that ends on a line break, the last one empty.
  for (const line of text.split('\n')) run.line(line)
  return run.finish()
}

const lines = (report: TrainingReport, kind: string) =>
  Array.from(
    (report.errors as Record<string, { lines: Int32Array }>)[kind]?.lines ??
      (report.warnings as Record<string, { lines: Int32Array }>)[kind]?.lines ??
      [],
  )

describe('TrainingCheck on fixtures/chat-errors.jsonl (a known error on each line)', () => {
  const report = check(fixture('chat-errors.jsonl'))

  it.each([
    ['not-json', [2]],
    ['not-object', [15]],
    ['missing-messages', [4]],
    ['unknown-role', [5]],
    ['unknown-key', [6]],
    ['missing-content', [7]],
    ['no-assistant', [8]],
    ['mixed-layout', [11]],
    ['bad-weight', [12]],
    ['duplicate', [9]],
    ['short-answer', [10, 11]], // 11: a completion of one token
    ['blank-line', [13]],
    ['no-system', [3]],
  ])('%s on lines %j', (kind, expected) => {
    expect(lines(report, kind)).toEqual(expected)
  })

  it('reads the layout, the examples and the valid ones', () => {
    expect(report.layout).toBe('chat')
    expect(report.layoutCounts).toEqual({ chat: 11, 'prompt-completion': 1, sharegpt: 0 })
    expect(report.lines).toBe(16)
    expect(report.examples).toBe(12)
    // Lines 1, 3, 9, 10 and 14 have warnings at most.
    expect(report.validExamples).toBe(5)
    expect(Array.from(report.exampleLines)).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14])
  })

  it('says what was found, in words', () => {
    expect(must(report.errors['unknown-role']).first).toEqual([
      { line: 5, detail: 'message 2: role "bot"' },
    ])
    expect(at(must(report.errors['unknown-key']).first, 0).detail).toBe('the example: "meta"')
    expect(at(must(report.warnings.duplicate).first, 0).detail).toBe('same as line 1')
    expect(at(must(report.warnings['short-answer']).first, 0).detail).toBe('an answer of 1 token')
  })

  it('counts a chat as the cookbook does: 3 a message, role and content, 3 to prime', () => {
    const line1 = at(fixture('chat-errors.jsonl').split('\n'), 0)
    const { messages } = JSON.parse(line1) as { messages: { role: string; content: string }[] }
    const expected =
      messages.reduce((n, m) => n + 3 + countTokens(m.role) + countTokens(m.content), 0) + 3
    expect(report.exampleTokens[0]).toBe(expected)
  })

  it('gives the spreads of the valid examples only', () => {
    expect(must(report.spreads).messages).toEqual({ min: 2, p5: 2.2, median: 3, p95: 4.6, max: 5 })
    expect(must(report.spreads).tokens.min).toBeGreaterThan(0)
    expect(report.validTokens).toBe(
      [0, 1, 7, 8, 11].reduce((n, i) => n + at(report.exampleTokens, i), 0),
    )
  })
})

describe('TrainingCheck on the other layouts', () => {
  it('reads prompt–completion pairs', () => {
    const report = check(fixture('prompt-completion.jsonl'))
    expect(report.layout).toBe('prompt-completion')
    expect(report.validExamples).toBe(3)
    expect(report.errors).toEqual({})
    // No system message is expected in this layout.
    expect(report.warnings['no-system']).toBeUndefined()
    expect(must(report.spreads).assistantTokens.max).toBe(countTokens('maison'))
  })

  it('reads ShareGPT conversations and names an unknown speaker', () => {
    const report = check(fixture('sharegpt.jsonl'))
    expect(report.layout).toBe('sharegpt')
    expect(report.validExamples).toBe(2)
    expect(lines(report, 'unknown-role')).toEqual([3])
    expect(at(must(report.errors['unknown-role']).first, 0).detail).toBe('turn 2: from "robot"')
    expect(lines(report, 'no-system')).toEqual([2, 3])
  })

  it('keeps every line of 100,000 errors but the details of the first 100 only', () => {
    const text = Array.from({ length: 100_000 }, () => 'oops').join('\n')
    const report = check(text, () => 0)
    expect(must(report.errors['not-json']).count).toBe(100_000)
    expect(must(report.errors['not-json']).lines[99_999]).toBe(100_000)
    expect(must(report.errors['not-json']).first).toHaveLength(100)
    expect(report.spreads).toBeNull()
  })

  it('reports blank lines only between examples, not at the end of the file', () => {
    const report = check('{"prompt":"a","completion":"b"}\n\n\n')
    expect(report.warnings['blank-line']).toBeUndefined()
    const inner = check('{"prompt":"a","completion":"b"}\n\n{"prompt":"c","completion":"d"}')
    expect(lines(inner, 'blank-line')).toEqual([2])
  })
})
